"""Configuration: key and base URL sources and precedence, and the clear error without a key."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

from tests.client.conftest import KEY
from tests.document import load_document
from twelvelabs_client import ConfigurationError, TwelveLabs, __version__
from twelvelabs_mock import MockServer
from twelvelabs_runtime._config import DEFAULT_BASE_URL


def test_no_key_is_a_clear_error_naming_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWELVELABS_API_KEY", raising=False)
    with pytest.raises(ConfigurationError) as raised:
        TwelveLabs()
    assert "api_key=" in str(raised.value) and "TWELVELABS_API_KEY" in str(raised.value)
    assert isinstance(raised.value, ValueError)


def test_key_from_environment_and_explicit_argument_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWELVELABS_API_KEY", "env-key")
    assert TwelveLabs()._sender.settings.api_key == "env-key"
    assert TwelveLabs(api_key=KEY)._sender.settings.api_key == KEY


def test_base_url_argument_then_environment_then_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWELVELABS_BASE_URL", raising=False)
    assert TwelveLabs(api_key=KEY).base_url == DEFAULT_BASE_URL == load_document()["servers"][0]["url"]
    monkeypatch.setenv("TWELVELABS_BASE_URL", "http://127.0.0.1:4010/v1.3/")
    assert TwelveLabs(api_key=KEY).base_url == "http://127.0.0.1:4010/v1.3"
    assert TwelveLabs(api_key=KEY, base_url="https://proxy.example/v1.3").base_url == "https://proxy.example/v1.3"


def test_bad_settings_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="not an http"):
        TwelveLabs(api_key=KEY, base_url="ftp://x")
    with pytest.raises(ConfigurationError, match="max_retries"):
        TwelveLabs(api_key=KEY, max_retries=-1)
    with pytest.raises(ConfigurationError, match="timeout"):
        TwelveLabs(api_key=KEY, timeout=0)
    with pytest.raises(ConfigurationError, match="line break"):
        TwelveLabs(api_key="abc\ndef")


def test_plain_http_to_a_remote_host_warns_once_loopback_never() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        TwelveLabs(api_key=KEY, base_url="http://127.0.0.1:9/v1.3")
        TwelveLabs(api_key=KEY, base_url="http://localhost:9/v1.3")
        TwelveLabs(api_key=KEY, base_url="http://api.remote-example.test/v1.3")
        TwelveLabs(api_key=KEY, base_url="http://api.remote-example.test/v1.3")
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1 and "plain http://" in messages[0] and KEY not in messages[0]


def test_version_is_exported() -> None:
    assert __version__.count(".") == 2


def test_the_official_constructor_names_work_too() -> None:
    import httpx

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"task_id": "t", "status": "ready", "created_at": "2026-11-20T10:15:00Z"})

    client = TwelveLabs(
        api_key=KEY, headers={"X-Team": "video"}, httpx_client=httpx.Client(transport=httpx.MockTransport(answer))
    )
    client.analyze_async.tasks.retrieve("t")
    assert seen[0].headers["x-team"] == "video"


def test_a_client_dropped_without_close_leaves_no_resource_warning(mock: MockServer) -> None:
    program = (
        "from twelvelabs_client import TwelveLabs\n"
        f"client = TwelveLabs(api_key={KEY!r}, base_url={mock.base_url!r})\n"
        "assert list(client.assets.list()) == []\n"
    )
    result = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "always::ResourceWarning", "-c", program],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ResourceWarning" not in result.stderr, result.stderr


def test_constructing_a_client_opens_no_connection_pool_until_the_first_call() -> None:
    client = TwelveLabs(api_key="k")
    assert not client._pool.opened
    copy = client.with_options(max_retries=0)
    assert copy._pool is client._pool and not client._pool.opened
    client.close()  # closing an unopened pool is fine
