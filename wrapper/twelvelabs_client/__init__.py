"""An OpenAPI-first client for the TwelveLabs v1.3 video-analysis API.

    from twelvelabs_client import TwelveLabs
    client = TwelveLabs()                      # TWELVELABS_API_KEY from the environment
    result = client.analyze(video=VideoContext_Url(url=...), prompt="Describe the video")

Names load on first use, so `import twelvelabs_client` costs almost nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from twelvelabs_api.facade.client import AsyncTwelveLabs as AsyncTwelveLabs
    from twelvelabs_api.facade.client import TwelveLabs as TwelveLabs

    from ._config import RequestOptions as RequestOptions
    from ._pagination import AsyncPager as AsyncPager
    from ._pagination import AsyncPagerRequest as AsyncPagerRequest
    from ._pagination import SyncPager as SyncPager
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import Stream as Stream
    from ._streaming import UnknownStreamEvent as UnknownStreamEvent
    from .errors import *  # noqa: F403
_LOCATIONS = {
    # The clients are generated from the document (generated/twelvelabs_api/facade/).
    "TwelveLabs": "twelvelabs_api.facade.client",
    "AsyncTwelveLabs": "twelvelabs_api.facade.client",
    "RequestOptions": "._config",
    "Stream": "._streaming",
    "AsyncStream": "._streaming",
    "UnknownStreamEvent": "._streaming",
    "SyncPager": "._pagination",
    "AsyncPager": "._pagination",
    "AsyncPagerRequest": "._pagination",
}
_ERRORS = (
    "APIConnectionError", "APIError", "APIResponseValidationError", "APIStatusError", "APITimeoutError", "ApiError",
    "AuthenticationError", "BadRequestError", "ConfigurationError", "ConflictError", "ContentTooLargeError",
    "ForbiddenError", "GatewayTimeoutError", "GoneError", "InternalServerError", "InvalidRequestError",
    "NotFoundError", "PermissionDeniedError", "RateLimitError", "ServiceUnavailableError", "StreamError",
    "TooManyRequestsError", "TwelveLabsError", "UnauthorizedError", "UnprocessableEntityError", "WaitTimeoutError",
)  # fmt: skip
_LOCATIONS.update(dict.fromkeys(_ERRORS, "._errors"))

__all__ = ["__version__", *sorted(_LOCATIONS)]


def __getattr__(name: str) -> Any:
    module = _LOCATIONS.get(name)
    if module is None:
        raise AttributeError(f"module 'twelvelabs_client' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
