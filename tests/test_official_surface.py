"""The official package's surface (tests/data/official-surface.json, read from twelvelabs 1.3.6): every
official operation the document has is reachable on `TwelveLabs` and `AsyncTwelveLabs` under its official
name, and accepts every official request parameter as a keyword."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.document import operations
from twelvelabs_client import AsyncTwelveLabs, TwelveLabs

SURFACE = json.loads((Path(__file__).parent / "data" / "official-surface.json").read_text())["operations"]


def shape(method: str, path: str) -> tuple[str, str]:
    """An operation's method and path with path-parameter names left out (`{index-id}` = `{index_id}`)."""
    return method.upper(), re.sub(r"\{[^}]+\}", "{}", path)


DOCUMENTED = {shape(method, path) for method, path, _ in operations()}
OFFICIAL = {key: value for key, value in SURFACE.items() if shape(*key.split(" ", 1)) in DOCUMENTED}


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[TwelveLabs, AsyncTwelveLabs]]:
    sync, asynchronous = TwelveLabs(api_key="k"), AsyncTwelveLabs(api_key="k")
    yield sync, asynchronous
    sync.close()
    asyncio.run(asynchronous.close())


def reach(client: Any, sdk_name: str) -> Any:
    target = client
    for part in sdk_name.split("."):
        target = getattr(target, part, None)
        assert target is not None, f"{sdk_name}: no {part!r} on {type(client).__name__}"
    return target


def test_report_how_much_of_the_official_surface_is_documented(capsys: pytest.CaptureFixture[str]) -> None:
    missing = sorted(f"{value['sdk']} ({key})" for key, value in SURFACE.items() if key not in OFFICIAL)
    with capsys.disabled():
        print(f"\nofficial surface: {len(OFFICIAL)} of {len(SURFACE)} operations in the document")
        print("not documented: " + ", ".join(missing))
    assert len(SURFACE) == 99 and OFFICIAL


@pytest.mark.parametrize("key", sorted(OFFICIAL), ids=lambda key: OFFICIAL[key]["sdk"])
def test_official_operation_is_reachable_with_its_parameters(
    key: str, clients: tuple[TwelveLabs, AsyncTwelveLabs]
) -> None:
    official = OFFICIAL[key]
    for client in clients:
        method = reach(client, official["sdk"])
        assert callable(method), official["sdk"]
        accepted = inspect.signature(method).parameters
        missing = [name for name in official["request"] if name not in accepted]
        assert missing == [], f"{type(client).__name__}.{official['sdk']}"
