"""Turning a 2xx body into a generated model, with one clear error when it does not fit."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._errors import APIResponseValidationError

T = TypeVar("T")


def json_body(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError as error:
        snippet = response.content[:80].decode("utf-8", "replace")
        raise APIResponseValidationError(response, f"not JSON ({error}); body starts {snippet!r}") from None


def parse_with(parse: Callable[[Any], T]) -> Callable[[httpx.Response], T]:
    """A response parser from a function of the decoded JSON body."""

    def parse_response(response: httpx.Response) -> T:
        body = json_body(response)
        try:
            return parse(body)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise APIResponseValidationError(response, f"{type(error).__name__}: {error}") from None

    return parse_response
