"""Code written for the official `twelvelabs` package runs with only its import lines changed: the
program in this folder runs with the official package and with `twelvelabs_client`, each against its
own fresh mock, and ours must pass every step (the official package's results are shown beside)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from twelvelabs_mock import Clock, MockServer, Timings, create_app

PROGRAMS = ["program.py", "program_resources.py"]
KEY = "tlk_official_style_key"


def run(source: str, tmp_path: Path) -> dict[str, str]:
    app = create_app(api_key=KEY, clock=Clock(speed=0.0), timings=Timings(0, 0, 0, 0, 0, 0), self_check=True)
    script = tmp_path / f"program_{abs(hash(source))}.py"
    script.write_text(source)
    with MockServer(app) as server:
        command = [sys.executable, str(script), server.base_url, KEY]
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert not app.violations, app.violations
    steps: dict[str, str] = json.loads(result.stdout.strip().splitlines()[-1])
    return steps


def only_imports_changed(source: str) -> str:
    return re.sub(r"^(from|import) twelvelabs\b", r"\1 twelvelabs_client", source, flags=re.M)


@pytest.fixture(scope="module", params=PROGRAMS)
def results(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], ...]:
    pytest.importorskip("twelvelabs", reason="the official package is a test dependency")
    tmp_path = tmp_path_factory.mktemp("official_style")
    source = Path(__file__).with_name(request.param).read_text()
    return run(source, tmp_path), run(only_imports_changed(source), tmp_path)


@pytest.mark.parametrize("program", PROGRAMS)
def test_only_the_import_lines_differ(program: str) -> None:
    source = Path(__file__).with_name(program).read_text()
    changed = [
        (a, b) for a, b in zip(source.splitlines(), only_imports_changed(source).splitlines(), strict=True) if a != b
    ]
    assert changed and all(re.match(r"(from|import) twelvelabs", a) for a, _ in changed)


def test_every_step_passes_with_twelvelabs_client(results: tuple[dict[str, str], dict[str, str]]) -> None:
    official, ours = results
    failed = {name: outcome for name, outcome in ours.items() if outcome != "ok"}
    report = "\n".join(f"{name}: ours {ours[name]!r}, official {official.get(name)!r}" for name in failed)
    assert not failed, report


def test_ours_passes_whatever_the_official_package_passes(results: tuple[dict[str, str], dict[str, str]]) -> None:
    official, ours = results
    assert set(official) == set(ours)
    regressions = [name for name, outcome in official.items() if outcome == "ok" and ours[name] != "ok"]
    assert not regressions, regressions
