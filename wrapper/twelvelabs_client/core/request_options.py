"""`RequestOptions` where the official package keeps it."""

from .._config import RequestOptions

__all__ = ["RequestOptions"]
