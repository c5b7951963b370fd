"""The README's first command and the contract CLI, run as a user runs them."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.document import ROOT, operations


@pytest.mark.timeout(300)
def test_demo_runs_every_example_against_the_embedded_mock() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWELVELABS_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "demo.py")], capture_output=True, text=True, env=env, timeout=280
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    out = result.stdout
    programs = len(re.findall(r"^    \(\"\w+\.py\", ", (ROOT / "tools" / "demo.py").read_text(), re.M)) + 1  # + the CLI
    for expected in ("Created asset: id=", "Task still processing...", "Task completed", "Status=pending",
                     "Status=ready", "Chapter 1:", "Start: ", "Stream started", "chunk 5/5 (100%)", "best match: ",
                     f"All {programs} programs ran"):  # fmt: skip
        assert expected in out, expected
    assert result.stderr == "", "a quiet story: nothing but the programs' own output"
    headings = re.findall(r"^(\d+)\. ", out, re.M)
    assert headings == [str(n) for n in range(1, programs + 1)], headings
    stream = out.split("(examples/analyze_stream.py)")[1].split("\n3. ")[0].strip().splitlines()
    assert stream[1].startswith("Created asset: id=") and len(stream) == 3, "the streamed text is one paragraph"
    assert stream[2].count(". ") >= 3
    assert "simulated waits, no sleeping" in out


@pytest.mark.timeout(300)
def test_contract_cli_against_the_mock_over_http() -> None:
    env = {**os.environ, "CONTRACT_MAX_EXAMPLES": "5"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "contract.py")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=280,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert re.search(r"^contract: seed \d+ \(replay with: python tools/contract.py --seed \d+\)$", result.stdout, re.M)
    count = sum(1 for _ in operations())
    assert f"{count}/{count}" in result.stdout and "Stateful" in result.stdout
