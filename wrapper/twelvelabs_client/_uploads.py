"""Files to upload: a path, `pathlib.Path`, bytes or a binary file object, streamed, never read whole."""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
from pathlib import Path
from typing import IO, Any, BinaryIO, Union, cast

from ._errors import InvalidRequestError

FileInput = Union[str, "os.PathLike[str]", bytes, bytearray, IO[bytes], io.IOBase]


def open_upload(value: FileInput, field: str, stack: contextlib.ExitStack[Any], filename: str | None = None) -> Any:
    """A generated `File` for one attempt. Paths are opened here and closed with the attempt; file objects
    are rewound by httpx before each attempt, so a retry sends the whole file again."""
    from twelvelabs_api.types import File

    if isinstance(value, str | os.PathLike):
        path = Path(value)
        if not path.is_file():
            raise InvalidRequestError(field, f"no file at {str(path)!r}")
        handle = stack.enter_context(path.open("rb"))
        name = filename or path.name
        return File(payload=handle, file_name=name, mime_type=_mime(name))
    if isinstance(value, bytes | bytearray):
        name = filename or "upload"
        return File(payload=io.BytesIO(bytes(value)), file_name=name, mime_type=_mime(name))
    if hasattr(value, "read"):
        mode = getattr(value, "mode", "rb")
        if isinstance(value, io.TextIOBase) or (isinstance(mode, str) and "b" not in mode):
            raise InvalidRequestError(field, "the file is open in text mode; open it with open(path, 'rb')")
        name = filename or Path(str(getattr(value, "name", "upload"))).name
        return File(payload=cast(BinaryIO, value), file_name=name, mime_type=_mime(name))
    raise InvalidRequestError(field, f"expected a path, bytes or a binary file object, got {type(value).__name__}")


def _mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
