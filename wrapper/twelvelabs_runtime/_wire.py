"""The caller's values as they travel: path segments, query strings, JSON or multipart parts.

`None` means "not given" and is left out, so the API applies its own defaults."""

from __future__ import annotations

import contextlib
import datetime
import enum
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import attrs

from ._uploads import open_upload

if TYPE_CHECKING:
    from ._core import Operation


def encode(
    operation: Operation[Any],
    path: Mapping[str, Any],
    query: Mapping[str, Any],
    headers: Mapping[str, Any],
    body: Mapping[str, Any],
    stack: contextlib.ExitStack[Any],
) -> dict[str, Any]:
    url = operation.path
    for name, value in path.items():
        url = url.replace("{" + name + "}", quote(_text(value), safe=""))
    request: dict[str, Any] = {
        "method": operation.method,
        "url": url,
        "params": [pair for name, value in query.items() for pair in _query(name, value)],
        "headers": {name: _text(value) for name, value in headers.items()},
    }
    given = {name: value for name, value in body.items() if value is not None}
    if operation.body == "json":
        request["json"] = to_json(given)
    elif operation.body == "multipart":
        request["files"] = [part for name, value in given.items() for part in _parts(operation, name, value, stack)]
    return request


def _parts(operation: Operation[Any], name: str, value: Any, stack: contextlib.ExitStack[Any]) -> list[Any]:
    """A list is one part per item (a file tuple is one file); objects travel as JSON text."""
    items = value if isinstance(value, list) or (isinstance(value, tuple) and name not in operation.files) else [value]
    if name in operation.files:
        return [(name, open_upload(item, name, stack).to_tuple()) for item in items]
    return [(name, (None, _text(item).encode(), "text/plain")) for item in items]


def to_json(value: Any) -> Any:
    """Generated models, enums, dates and containers as plain JSON values."""
    if attrs.has(type(value)):
        try:
            return value.to_dict()
        except AttributeError:  # a field holds a plain dict where a model was expected (as the official package allows)
            return _fields_as_json(value)
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _fields_as_json(model: Any) -> dict[str, Any]:
    data = {}
    for field in attrs.fields(type(model)):
        item = getattr(model, field.name)
        if field.name == "additional_properties":
            data.update(to_json(item))
        elif type(item).__name__ != "Unset":
            data[field.name.rstrip("_")] = to_json(item)  # the generator appends "_" to names like `type`
    return data


def _query(name: str, value: Any) -> list[tuple[str, str]]:
    """Lists repeat the key (`status=a&status=b`); objects name their keys (`duration[gte]=1`), as the
    official package sends them."""
    value = to_json(value)
    if isinstance(value, Mapping):
        return [(f"{name}[{key}]", _text(item)) for key, item in value.items() if item is not None]
    return [(name, _text(item)) for item in _items(value)]


def _items(value: Any) -> Sequence[Any]:
    if value is None:
        return ()
    return value if isinstance(value, list | tuple) else (value,)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    value = to_json(value)
    return value if isinstance(value, str) else json.dumps(value) if isinstance(value, dict | list) else str(value)
