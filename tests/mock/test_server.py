"""`python -m twelvelabs_mock` as a user starts it, and the control handle."""

from __future__ import annotations

import subprocess
import sys

import httpx

from tests.mock.conftest import Api


def test_module_entry_point_prints_url_and_key_and_serves() -> None:
    command = [sys.executable, "-m", "twelvelabs_mock", "--port", "0", "--api-key", "k-123"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        base_url = first.strip().rsplit(" ", 1)[-1]
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v1.3")
        assert "TWELVELABS_API_KEY=k-123" in process.stdout.readline() + process.stdout.readline()
        for _ in range(50):
            try:
                response = httpx.get(base_url + "/indexes", headers={"x-api-key": "k-123"}, timeout=2)
                break
            except httpx.ConnectError:
                continue
        assert response.status_code == 200
        assert httpx.get(base_url.removesuffix("/v1.3") + "/_mock/health").json() == {"status": "ok"}
    finally:
        process.terminate()
        process.wait(10)


def test_busy_port_is_a_clear_error(api: Api) -> None:
    command = [sys.executable, "-m", "twelvelabs_mock", "--port", str(api.server.port)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 2
    assert "cannot listen" in result.stderr and "--port 0" in result.stderr


def test_control_configuration_round_trips(api: Api) -> None:
    config = api.control.configure(timings={"analyze_processing": 7}, stream_delay=0.01, outcome="failed")
    assert config["timings"]["analyze_processing"] == 7 and config["outcome"] == "failed"
    bad = api.server.control._http.post("/config", json={"timings": {"nope": 1}})
    assert bad.status_code == 400 and "unknown timing" in bad.json()["message"]
    assert api.control.set_clock(speed=0.0, per_poll=2.0)["per_poll"] == 2.0
