"""Files to upload: a path, `pathlib.Path`, bytes, a binary file object, or `(filename, one of those[,
content_type])` as in the official package; streamed, never read whole."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from typing import IO, Any, BinaryIO, Union, cast

from ._errors import InvalidRequestError

FileContent = Union[str, "os.PathLike[str]", bytes, bytearray, IO[bytes], io.IOBase]
FileInput = FileContent | tuple[str, FileContent] | tuple[str, FileContent, str]


def open_upload(value: FileInput, field: str, stack: contextlib.ExitStack[Any]) -> Any:
    """A generated `File` for one attempt. Paths are opened here and closed with the attempt; file objects
    are rewound by httpx before each attempt, so a retry sends the whole file again."""
    from twelvelabs_api.types import File

    filename = content_type = None
    if isinstance(value, tuple):
        if len(value) not in (2, 3) or not isinstance(value[0], str):
            raise InvalidRequestError(field, "a file tuple is (filename, content) or (filename, content, content_type)")
        filename, content_type = value[0], value[2] if len(value) == 3 else None
        value = value[1]
    if isinstance(value, str | os.PathLike):
        path = Path(value)
        if not path.is_file():
            raise InvalidRequestError(field, f"no file at {str(path)!r}")
        payload: BinaryIO = stack.enter_context(path.open("rb"))
        name = filename or path.name
    elif isinstance(value, bytes | bytearray):
        payload, name = io.BytesIO(bytes(value)), filename or "upload"
    elif hasattr(value, "read"):
        mode = getattr(value, "mode", "rb")
        if isinstance(value, io.TextIOBase) or (isinstance(mode, str) and "b" not in mode):
            raise InvalidRequestError(field, "the file is open in text mode; open it with open(path, 'rb')")
        payload, name = cast(BinaryIO, value), filename or Path(str(getattr(value, "name", "upload"))).name
    else:
        raise InvalidRequestError(field, f"expected a path, bytes or a binary file object, got {type(value).__name__}")
    return File(payload=payload, file_name=name, mime_type=content_type or _mime(name))


def _mime(name: str) -> str:
    import mimetypes  # reads the system's MIME tables: only when a file is uploaded

    return mimetypes.guess_type(name)[0] or "application/octet-stream"
