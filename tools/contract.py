"""`make contract`: schemathesis's CLI against the mock served over HTTP on a free loopback port.

All phases (examples, coverage, fuzzing, stateful) and all checks, plus the NDJSON check from
tests/contract/st_hooks.py; a fixed seed and bounded example counts; a JUnit report in reports/.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from twelvelabs_mock import Clock, MockServer, create_app

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    app = create_app(self_check=True, clock=Clock(speed=0.0))
    with MockServer(app) as server:
        command = [
            str(Path(sys.executable).parent / "schemathesis"),
            "run",
            str(ROOT / "openapi" / "twelvelabs-v1.3.yaml"),
            "--url", server.base_url,
            "--checks", "all",
            "--phases", "examples,coverage,fuzzing,stateful",
            "--max-examples", os.environ.get("CONTRACT_MAX_EXAMPLES", "25"),
            "--seed", "1",
            "--report", "junit",
            "--report-dir", str(ROOT / "reports"),
        ]  # fmt: skip
        result = subprocess.run(command, cwd=ROOT, check=False)
        violations = list(app.violations)
    for violation in violations:
        print(f"mock answered outside the document: {violation}", file=sys.stderr)
    return result.returncode or (1 if violations else 0)


if __name__ == "__main__":
    raise SystemExit(main())
