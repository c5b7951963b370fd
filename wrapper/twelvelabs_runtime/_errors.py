"""The error tree: every error the client raises is a `TwelveLabsError` (docs/errors.md draws it). The
official package's names are the same classes (`ApiError`, `UnauthorizedError`, `ForbiddenError`,
`TooManyRequestsError`), and every error has the official `status_code`, `headers` and `body` (None where
there was no answer), so `except` clauses written for the official package catch ours.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from typing import Any

import httpx

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")


class TwelveLabsError(Exception):
    """Base of every error this client raises."""


class ConfigurationError(TwelveLabsError, ValueError):
    """The client was configured wrongly (for example no API key)."""


class WaitTimeoutError(TwelveLabsError, TimeoutError):
    """`wait_for_done` gave up; `last` is the last state seen, `status` its status."""

    def __init__(self, message: str, last: Any) -> None:
        super().__init__(message)
        self.last = last
        self.status = getattr(last, "status", None)


class UploadError(TwelveLabsError):
    def __init__(self, message: str, chunk_index: int | None = None, original_error: Exception | None = None) -> None:
        super().__init__(message)
        self.message, self.chunk_index, self.original_error = message, chunk_index, original_error


class BulkCreateError(TwelveLabsError):
    """Some creates of a `create_bulk` failed; none was sent twice. `results` holds every answer by position
    (None where it failed), `created` the answers alone, `failures` the error of each failed position."""

    def __init__(self, results: list[Any], failures: dict[int, Exception]) -> None:
        shown = "; ".join(f"[{position}] {error}" for position, error in failures.items())
        super().__init__(f"{len(failures)} of {len(results)} creates failed: {shown}")
        self.results, self.failures = results, failures
        self.created = [result for result in results if result is not None]


class APIError(TwelveLabsError):
    # The official ApiError's attributes; an answer fills them in.
    status_code: int | None = None
    headers: Mapping[str, str] | None = None
    body: Any = None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The API answered with an error status. `code` and `api_message` come from its body."""

    status_code: int

    response: httpx.Response

    def __init__(self, response: httpx.Response, *, body: Any) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.code: str | None = body.get("code") if isinstance(body, dict) else None
        self.api_message: str | None = body.get("message") if isinstance(body, dict) else None
        self.docs_url: str | None = body.get("docs_url") if isinstance(body, dict) else None
        self.request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
        self.retry_after: str | None = response.headers.get("retry-after")
        super().__init__(self._describe(), request=response.request)

    def _describe(self) -> str:
        request = self.response.request
        reason = self.response.reason_phrase or "error"
        parts = [f"{self.status_code} {reason}"]
        if self.code:
            parts.append(f"[{self.code}]")
        if self.api_message:
            parts.append(self.api_message)
        elif isinstance(self.body, str) and self.body.strip():
            snippet = " ".join(self.body.split())
            parts.append(f"(non-JSON body: {snippet[:120]}{'...' if len(snippet) > 120 else ''})")
        elif not self.body:
            parts.append("(empty body)")
        text = " ".join(parts) + f" - {request.method} {request.url.copy_with(query=None)}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class ContentTooLargeError(APIStatusError):
    status_code = 413


class GoneError(APIStatusError):
    status_code = 410


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    """Any 5xx."""


class ServiceUnavailableError(InternalServerError):
    status_code = 503


class GatewayTimeoutError(InternalServerError):
    status_code = 504


class InvalidRequestError(BadRequestError, ValueError):
    """Input that cannot be sent (a missing file, a text-mode handle), caught before sending anything. It is
    the 400 the API would answer, so `except BadRequestError` catches it; `field` names the parameter."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.rule = message
        self.response = None  # type: ignore[assignment]
        self.headers = {}
        self.body = {"code": "parameter_invalid", "message": f"{field}: {message}"}
        self.code, self.api_message, self.docs_url = "parameter_invalid", f"{field}: {message}", None
        self.request_id = self.retry_after = None
        APIError.__init__(self, f"{field}: {message}")


# The names the official package uses, for code that catches them.
ApiError = APIError
UnauthorizedError = AuthenticationError
ForbiddenError = PermissionDeniedError
TooManyRequestsError = RateLimitError


class APIConnectionError(APIError):
    """No usable response: the connection failed, was reset or dropped."""

    def __init__(self, message: str = "Connection to the API failed.", *, request: httpx.Request | None = None):
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request | None = None, *, phase: str = "request") -> None:
        where = f" - {request.method} {request.url.copy_with(query=None)}" if request is not None else ""
        super().__init__(f"The {phase} timed out{where}. Raise the timeout or retry later.", request=request)


class APIResponseValidationError(APIError):
    """A successful response whose body does not match what the API documents."""

    def __init__(self, response: httpx.Response, detail: str) -> None:
        request = response.request
        super().__init__(
            f"{response.status_code} response to {request.method} {request.url.copy_with(query=None)} "
            f"could not be parsed: {detail}",
            request=request,
        )
        self.response = response
        self.status_code = response.status_code


class StreamError(APIError):
    """An analysis stream broke off, or sent a line that is not a JSON event."""


def _classes(base: type[Any]) -> list[type[Any]]:
    """`base` and every class under it."""
    return [base, *(cls for sub in base.__subclasses__() for cls in _classes(sub))]


# The class of each status that has its own (InvalidRequestError inherits 400 and is not one).
_BY_STATUS: dict[int, type[APIStatusError]] = {
    cls.status_code: cls for cls in _classes(APIStatusError) if "status_code" in vars(cls)
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for an error response; the body must already be read."""
    body: Any = response.content.decode("utf-8", "replace") if response.content else None
    if response.content:
        with contextlib.suppress(ValueError):
            body = json.loads(response.content)
    fallback = InternalServerError if response.status_code >= 500 else APIStatusError
    return _BY_STATUS.get(response.status_code, fallback)(response, body=body)


# Tracebacks and reprs name the module users import these from, not this private one; every class is
# re-exported there (twelvelabs_client.errors), so pickle and `module.name` look-ups find it too.
for _public in _classes(TwelveLabsError):
    _public.__module__ = "twelvelabs_client.errors"
del _public
