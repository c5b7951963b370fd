"""Configuration: where the key and base URL come from, and the defaults of every call."""

from __future__ import annotations

import ipaddress
import os
import warnings
from collections.abc import Mapping
from typing import Any, TypedDict

import httpx

from ._errors import ConfigurationError

# The document's `servers[0].url` (a test keeps the two equal).
DEFAULT_BASE_URL = "https://api.twelvelabs.io/v1.3"
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
API_KEY_ENV = "TWELVELABS_API_KEY"
BASE_URL_ENV = "TWELVELABS_BASE_URL"

_warned_plain_http: set[str] = set()


class RequestOptions(TypedDict, total=False):
    """Per-call settings, accepted by every method as `request_options`."""

    timeout_in_seconds: float
    timeout: float | httpx.Timeout
    max_retries: int
    additional_headers: Mapping[str, str]
    additional_query_parameters: Mapping[str, Any]
    additional_body_parameters: Mapping[str, Any]


def resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key or not key.strip():
        raise ConfigurationError(
            f"No API key: pass api_key=... to the client or set the {API_KEY_ENV} environment variable."
        )
    if any(ch in key for ch in "\r\n"):
        raise ConfigurationError("The API key contains a line break; copy it again without surrounding whitespace.")
    return key.strip()


def resolve_base_url(base_url: str | None) -> str:
    """An explicit argument wins over the environment, which wins over the document's server."""
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"The base URL {url!r} is not an http(s) URL; for example {DEFAULT_BASE_URL}.")
    if parsed.scheme == "http" and not _is_loopback(parsed.host) and parsed.host not in _warned_plain_http:
        _warned_plain_http.add(parsed.host)
        warnings.warn(
            f"The API key will be sent over plain http:// to {parsed.host}; use https:// outside loopback.",
            UserWarning,
            stacklevel=3,  # past this function and the client's constructor or `with_options`, to the caller
        )
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout <= 0:
        raise ConfigurationError(f"timeout must be > 0 seconds, got {timeout}.")
    return httpx.Timeout(float(timeout), connect=min(5.0, float(timeout)))


def resolve_max_retries(max_retries: int) -> int:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, got {max_retries!r}.")
    return max_retries
