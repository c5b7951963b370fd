"""The wheel, installed into a fresh virtual environment outside the source tree, works on its own:
the generated package, the wrapper, the mock (with its copy of the document) and py.typed all ship.
Installed without extras, it leaves the user's own pytest working and says what the mock needs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel and sdist, built once for this module's tests."""
    out = tmp_path_factory.mktemp("dist")
    build = [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)]
    subprocess.run(build, check=True, capture_output=True, timeout=300)
    return out


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("TWELVELABS_", "PYTHONPATH", "PYTEST_"))}


@pytest.mark.timeout(600)
def test_wheel_installs_and_runs_outside_the_source_tree(tmp_path: Path, dist: Path) -> None:
    wheel = next(dist.glob("*.whl"))
    assert next(dist.glob("*.tar.gz")).name.startswith("twelvelabs_openapi-")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("twelvelabs_api", "twelvelabs_client", "twelvelabs_mock"):
        assert f"{package}/py.typed" in names, f"{package} ships without py.typed"
    assert "twelvelabs_mock/spec/twelvelabs-v1.3.yaml" in names

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*install, "-c", str(ROOT / "constraints.txt"), f"{wheel}[mock]"], check=True, timeout=300)

    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    shutil.copytree(ROOT / "examples", workdir / "examples")
    env = clean_env()
    code = "import twelvelabs_client, twelvelabs_api, twelvelabs_mock; print(twelvelabs_client.__file__)"
    where = subprocess.run([str(python), "-c", code], cwd=workdir, env=env, capture_output=True, text=True, check=True)
    assert str(environment) in where.stdout and str(ROOT) not in where.stdout

    cli = [str(environment / "bin" / "twelvelabs-openapi"), "--mock", "analyze", "What happens?"]
    analyzed = subprocess.run(
        [*cli, "--url", "https://cdn.example.com/v.mp4"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert analyzed.returncode == 0, analyzed.stderr
    assert len(analyzed.stdout.split()) > 10

    script = (
        "import os, runpy, sys\n"
        "from twelvelabs_mock import MockServer, Timings, create_app\n"
        "with MockServer(create_app(timings=Timings(0, 0, 0, 0, 0, 0))) as mock:\n"
        "    os.environ.update(TWELVELABS_API_KEY=mock.api_key, TWELVELABS_BASE_URL=mock.base_url)\n"
        "    sys.argv = ['analyze_async_task.py', 'https://cdn.example.com/v.mp4']\n"
        "    sys.path.insert(0, 'examples')\n"
        "    runpy.run_path('examples/analyze_async_task.py', run_name='__main__')\n"
    )
    example = subprocess.run(
        [str(python), "-c", script], cwd=workdir, env=env, capture_output=True, text=True, timeout=120
    )
    assert example.returncode == 0, example.stderr
    assert "Task completed" in example.stdout


USER_TESTS = """
from twelvelabs_client import TwelveLabs


def test_my_own_code():
    assert TwelveLabs(api_key="tlk_test", base_url="http://127.0.0.1:9/v1.3") is not None
"""

FIXTURE_TEST = """
def test_wants_the_mock(twelvelabs_mock):
    pass
"""


@pytest.mark.timeout(600)
def test_plain_install_keeps_pytest_working_and_names_the_mock_extra(tmp_path: Path, dist: Path) -> None:
    wheel = next(dist.glob("*.whl"))
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python, bin_dir = environment / "bin" / "python", environment / "bin"
    install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*install, "-c", str(ROOT / "constraints.txt"), str(wheel), "pytest"], check=True, timeout=300)
    for absent in ("jsonschema", "starlette", "uvicorn"):
        found = subprocess.run([str(python), "-c", f"import {absent}"], capture_output=True, timeout=60)
        assert found.returncode != 0, f"{absent} is installed without the [mock] extra"

    project = tmp_path / "user_project"
    project.mkdir()
    (project / "test_mine.py").write_text(USER_TESTS)
    env = clean_env()
    pytest_run = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    own = subprocess.run(pytest_run, cwd=project, env=env, capture_output=True, text=True, timeout=120)
    assert own.returncode == 0, own.stdout + own.stderr
    assert "1 passed" in own.stdout

    (project / "test_fixture.py").write_text(FIXTURE_TEST)
    wants = subprocess.run(
        [*pytest_run, "test_fixture.py"], cwd=project, env=env, capture_output=True, text=True, timeout=120
    )
    assert wants.returncode == 1 and "pip install 'twelvelabs-openapi[mock]'" in wants.stdout, wants.stdout

    mock_commands = (
        [str(bin_dir / "twelvelabs-openapi"), "mock", "--port", "0"],
        [str(python), "-m", "twelvelabs_mock"],
    )
    for command in mock_commands:
        ran = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=60)
        assert ran.returncode != 0 and ran.stdout == "", (command, ran.stdout, ran.stderr)
        lines = ran.stderr.strip().splitlines()
        assert len(lines) == 1 and "pip install 'twelvelabs-openapi[mock]'" in lines[0], (command, ran.stderr)
