"""How values travel: `None` is left out; query lists repeat their key and objects name their keys
(`duration[gte]=1`), as the official package encodes them; path values are escaped."""

from __future__ import annotations

import contextlib

from twelvelabs_runtime._core import Operation
from twelvelabs_runtime._wire import encode

LIST = Operation[None](name="x.list", method="GET", path="/indexes/{index-id}/indexed-assets")


def test_query_lists_repeat_and_objects_name_their_keys() -> None:
    query = {
        "status": ["ready", "failed"],
        "duration": {"gte": 1.5, "lte": None},
        "user_metadata": {"team": "video", "reviewed": True},
        "page": 2,
        "filename": None,
    }
    with contextlib.ExitStack() as stack:
        request = encode(LIST, {"index-id": "a/b c"}, query, {}, {}, stack)
    assert request["url"] == "/indexes/a%2Fb%20c/indexed-assets"
    assert request["params"] == [
        ("status", "ready"),
        ("status", "failed"),
        ("duration[gte]", "1.5"),
        ("user_metadata[team]", "video"),
        ("user_metadata[reviewed]", "true"),
        ("page", "2"),
    ]
