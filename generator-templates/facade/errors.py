"""Every error class, under the official package's names (`twelvelabs.errors`) and this client's."""

from twelvelabs_runtime._errors import (
    APIConnectionError,
    APIError,
    ApiError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ContentTooLargeError,
    ForbiddenError,
    GatewayTimeoutError,
    GoneError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    StreamError,
    TooManyRequestsError,
    TwelveLabsError,
    UnauthorizedError,
    UnprocessableEntityError,
    WaitTimeoutError,
)

__all__ = [
    "APIConnectionError", "APIError", "APIResponseValidationError", "APIStatusError", "APITimeoutError", "ApiError",
    "AuthenticationError", "BadRequestError", "ConfigurationError", "ConflictError", "ContentTooLargeError",
    "ForbiddenError", "GatewayTimeoutError", "GoneError", "InternalServerError", "InvalidRequestError",
    "NotFoundError", "PermissionDeniedError", "RateLimitError", "ServiceUnavailableError", "StreamError",
    "TooManyRequestsError", "TwelveLabsError", "UnauthorizedError", "UnprocessableEntityError", "WaitTimeoutError",
]  # fmt: skip
