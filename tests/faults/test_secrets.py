"""The key stays secret everywhere the client and the mock could show it; TLS is verified by default."""

from __future__ import annotations

import logging
import ssl
import traceback

import httpx
import pytest

from tests.faults.conftest import KEY
from twelvelabs_client import APIConnectionError, AuthenticationError, TwelveLabs, errors
from twelvelabs_mock import MockServer


def test_key_absent_from_repr_logs_errors_tracebacks_and_the_mock_log(
    mock: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = TwelveLabs(api_key=KEY, base_url=mock.base_url)
    wrong = client.with_options(api_key="tlk_wrong_key_0123456789")
    assert KEY not in repr(client) and "tlk_wrong" not in repr(wrong)
    client.analyze(video={"type": "url", "url": "https://cdn.example.com/v.mp4"}, prompt="x")
    with pytest.raises(AuthenticationError) as raised:
        wrong.analyze(video={"type": "url", "url": "https://cdn.example.com/v.mp4"}, prompt="x")
    shown = [str(raised.value), repr(raised.value), "".join(traceback.format_exception(raised.value))]
    dead = TwelveLabs(api_key=KEY, base_url="http://127.0.0.1:9/v1.3", max_retries=0)
    with pytest.raises(APIConnectionError) as refused:
        dead.analyze(video={"type": "url", "url": "https://cdn.example.com/v.mp4"}, prompt="x")
    shown += [str(refused.value), "".join(traceback.format_exception(refused.value))]
    shown += [caplog.text, str(mock.control.requests())]
    for text in shown:
        assert KEY not in text and "tlk_wrong_key_0123456789" not in text
    assert "-> 401" in caplog.text, "debug logging was on"
    client.close()


def test_tls_is_verified_by_default() -> None:
    client = TwelveLabs(api_key=KEY)
    pool = client._pool.get()._transport._pool  # type: ignore[attr-defined]
    context: ssl.SSLContext = pool._ssl_context
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    client.close()


def test_plain_http_to_a_remote_host_warns_without_the_key() -> None:
    with pytest.warns(UserWarning, match="plain http://") as caught:
        TwelveLabs(api_key=KEY, base_url="http://faults-test.invalid/v1.3")
    assert KEY not in str(caught[0].message)


def test_no_redirects_are_followed_so_the_key_cannot_leak_to_another_host() -> None:
    def redirect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(307, headers={"location": "https://elsewhere.example/steal"})

    client = TwelveLabs(
        api_key=KEY, base_url="https://api.test/v1.3", http_client=httpx.Client(transport=httpx.MockTransport(redirect))
    )
    with pytest.raises(errors.APIStatusError) as raised:
        client.analyze(video={"type": "url", "url": "https://cdn.example.com/v.mp4"}, prompt="x")
    assert type(raised.value) is errors.APIStatusError and raised.value.status_code == 307
    assert "307" in str(raised.value) and KEY not in str(raised.value)
