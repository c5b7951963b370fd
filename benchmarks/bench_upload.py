"""Peak memory while a 1 GiB file is uploaded to a loopback server that discards it, each client in
a fresh process: peak RSS after the upload minus the peak before it (imports and client included)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _common import KEY, Figure

HERE = Path(__file__).resolve().parent
GIB = 1 << 30
CLIENTS = {
    "ours": (
        "from twelvelabs_client import TwelveLabs\n"
        "client = TwelveLabs(api_key=KEY, base_url=BASE, max_retries=0)\n"
        "before = peak()\n"
        "asset = client.assets.create(method='direct', file=PATH)\n"
    ),
    "official": (
        "from twelvelabs import TwelveLabs\n"
        "client = TwelveLabs(api_key=KEY, base_url=BASE)\n"
        "before = peak()\n"
        "with open(PATH, 'rb') as handle:\n"
        "    asset = client.assets.create(method='direct', file=handle)\n"
    ),
}
# VmHWM is this process's own peak RSS (getrusage's ru_maxrss would carry the parent's peak across exec).
PRELUDE = (
    "import sys\n"
    "KEY, BASE, PATH = sys.argv[1], sys.argv[2], sys.argv[3]\n"
    "def peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            return int(line.split()[1]) * 1024\n"
    "    raise RuntimeError('no VmHWM')\n"
)
REPORT = "assert asset.id\nprint(before, peak())\n"


def measure(repeats: int = 3) -> dict[str, Figure]:
    server = subprocess.Popen([sys.executable, str(HERE / "_discard_server.py")], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base = f"http://127.0.0.1:{server.stdout.readline().strip()}/v1.3"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.mp4"
            with path.open("wb") as handle:
                handle.truncate(GIB)  # sparse: reading it costs no disk
            grown: dict[str, list[float]] = {name: [] for name in CLIENTS}
            baseline: dict[str, list[float]] = {name: [] for name in CLIENTS}
            for _ in range(repeats):
                for name, body in CLIENTS.items():
                    script = PRELUDE + body + REPORT
                    result = subprocess.run(
                        [sys.executable, "-c", script, KEY, base, str(path)],
                        capture_output=True,
                        text=True,
                        timeout=600,
                    )
                    if result.returncode != 0:
                        raise RuntimeError(f"{name} upload failed: {result.stderr[-500:]}")
                    before, after = (float(v) for v in result.stdout.split())
                    baseline[name].append(before)
                    grown[name].append(after - before)
    finally:
        server.terminate()
        server.wait(10)
    figures = {f"{name}: growth during the upload": Figure.of(values) for name, values in grown.items()}
    figures.update({f"{name}: peak RSS before the upload": Figure.of(values) for name, values in baseline.items()})
    return figures
