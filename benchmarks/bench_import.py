"""Import time in fresh processes: ours vs the official package (and the bare interpreter)."""

from __future__ import annotations

import subprocess
import sys
import time

from _common import Figure

STATEMENTS = {
    "interpreter only": "pass",
    "import twelvelabs_client": "import twelvelabs_client",
    "import + TwelveLabs(api_key=...) (ours)": "from twelvelabs_client import TwelveLabs; TwelveLabs(api_key='k')",
    "import twelvelabs (official)": "import twelvelabs",
    "import + TwelveLabs(api_key=...) (official)": "from twelvelabs import TwelveLabs; TwelveLabs(api_key='k')",
}


def measure(runs: int = 15) -> dict[str, Figure]:
    times: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for statement in STATEMENTS.values():  # warm the .pyc caches once
        subprocess.run([sys.executable, "-c", statement], check=True)
    for _ in range(runs):
        for name, statement in STATEMENTS.items():  # interleaved, so drift hits every peer alike
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", statement], check=True)
            times[name].append(time.perf_counter() - started)
    return {name: Figure.of(values) for name, values in times.items()}
