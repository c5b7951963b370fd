"""The official package's `twelvelabs.core` names: `ApiError` and `RequestOptions`."""

from .api_error import ApiError
from .request_options import RequestOptions

__all__ = ["ApiError", "RequestOptions"]
