"""`RequestOptions` where the official package keeps it."""

from twelvelabs_runtime._config import RequestOptions

__all__ = ["RequestOptions"]
