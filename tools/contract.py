"""`make contract`: schemathesis's CLI against the mock served over HTTP on a free loopback port.

All phases (examples, coverage, fuzzing, stateful) and every check (all are on unless schemathesis.toml
turns one off for a reason it gives; `--checks all` would override those), plus the NDJSON check from
tests/contract/st_hooks.py; bounded example counts; a JUnit report in reports/.

Each run draws a fresh seed and prints it first, so that a failure can be replayed exactly:

    python tools/contract.py --seed 26199 --max-examples 15
"""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
from pathlib import Path

from twelvelabs_mock import Clock, MockServer, create_app

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/contract.py", description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=None, help="replay this seed (default: a fresh one)")
    parser.add_argument("--max-examples", type=int, default=int(os.environ.get("CONTRACT_MAX_EXAMPLES", "25")))
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else secrets.randbelow(2**16)
    print(f"contract: seed {seed} (replay with: python tools/contract.py --seed {seed})", flush=True)
    app = create_app(self_check=True, clock=Clock(speed=0.0))
    with MockServer(app) as server:
        command = [
            str(Path(sys.executable).parent / "schemathesis"),
            "run",
            str(ROOT / "openapi" / "twelvelabs-v1.3.yaml"),
            "--url", server.base_url,
            "--phases", "examples,coverage,fuzzing,stateful",
            "--max-examples", str(args.max_examples),
            "--seed", str(seed),
            "--report", "junit",
            "--report-dir", str(ROOT / "reports"),
        ]  # fmt: skip
        result = subprocess.run(command, cwd=ROOT, check=False)
        violations = list(app.violations)
    for violation in violations:
        print(f"mock answered outside the document: {violation}", file=sys.stderr)
    if result.returncode or violations:
        print(f"contract: failed with seed {seed} (replay with: python tools/contract.py --seed {seed})")
    return result.returncode or (1 if violations else 0)


if __name__ == "__main__":
    raise SystemExit(main())
