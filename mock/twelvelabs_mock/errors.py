"""The API's error body, raised from anywhere in a handler and turned into a response in one place."""

from __future__ import annotations

from typing import Any

DOCS_URL = "https://docs.twelvelabs.io/v1.3/api-reference/error-codes"


class ApiError(Exception):
    """An error the API answers with: `{"code", "message", "docs_url"}` and a status."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "docs_url": DOCS_URL}


def invalid(message: str) -> ApiError:
    return ApiError(400, "parameter_invalid", message)


def not_provided(message: str) -> ApiError:
    return ApiError(400, "parameter_not_provided", message)


def unknown(message: str) -> ApiError:
    return ApiError(400, "parameter_unknown", message)


def not_found(kind: str, resource_id: str) -> ApiError:
    return ApiError(404, "resource_not_exist", f"The {kind} {shorten(resource_id, 80)} does not exist.")


def conflict(message: str, code: str = "resource_conflict") -> ApiError:
    return ApiError(409, code, message)


def shorten(text: str, limit: int = 120) -> str:
    """Keep error messages readable when a client sends a huge value."""
    return text if len(text) <= limit else f"{text[: limit - 3]}..."
