"""The wheel, installed into a fresh virtual environment outside the source tree, works on its own:
the generated package, the wrapper, the mock (with its copy of the document) and py.typed all ship."""

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


@pytest.mark.timeout(600)
def test_wheel_installs_and_runs_outside_the_source_tree(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)]
    subprocess.run(build, check=True, capture_output=True, timeout=300)
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
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWELVELABS_", "PYTHONPATH"))}
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
