"""`ApiError` where the official package keeps it: the base of every API error, with `status_code`,
`headers` and `body`."""

from twelvelabs_runtime._errors import ApiError

__all__ = ["ApiError"]
