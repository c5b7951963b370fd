"""The official package's type names (twelvelabs 1.3.6): every official type the document has a schema for is
importable from `twelvelabs_client.types` under its official name (`x-fern-type-name` in the document, or the
component's own name), and an official model's fields are attributes of ours.

Group-module names (`twelvelabs.tasks.TasksListResponse`) are checked in `twelvelabs_client.types` and, when the
facade places them there, in our group module too. Where two official modules use one name for different types
(`TasksListResponse` in `tasks`, `analyze_async.tasks` and `embed.tasks`), the first module in `OFFICIAL_MODULES`
is the one ours stands for."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import attrs
import pydantic
import pytest

import twelvelabs_client.types as ours

OFFICIAL_MODULES = [
    "twelvelabs.types",
    "twelvelabs.tasks",
    "twelvelabs.indexes",
    "twelvelabs.assets",
    "twelvelabs.search",
    "twelvelabs.entity_collections",
    "twelvelabs.knowledge_stores",
    "twelvelabs.knowledge_store_items",
    "twelvelabs.knowledge_store_item_collections",
    "twelvelabs.data_connectors",
    "twelvelabs.imports",
    "twelvelabs.analyze_async",
    "twelvelabs.embed",
    "twelvelabs.multipart_upload",
    "twelvelabs.responses",
]

# Official fields that ours does not have because the document describes the API differently.
DIFFERENT = {
    # The official model reads the nested `{"error": {...}}` body; the document's is flat.
    "ErrorResponse": {"error"},
    # The document's chapters and highlights use `start_sec`/`end_sec`.
    "SummarizeChapterResultChaptersItem": {"start", "end"},
    "SummarizeHighlightResultHighlightsItem": {"start", "end"},
    # The document's connection account has `email` and `name` only.
    "ConnectionAccount": {"display_name", "external_id"},
    # The document allows `type: object` items but does not describe their nested `fields` yet.
    "SegmentFieldItems": {"fields"},
    "AnalyzeTaskSegmentFieldItems": {"fields"},
}


def official_types() -> dict[str, tuple[str, Any]]:
    """Every official type name, with its (first) module and object."""
    found: dict[str, tuple[str, Any]] = {}
    for module_name in OFFICIAL_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            value = getattr(module, name)
            if not inspect.ismodule(value) and name not in found:
                found[name] = (module_name, value)
    return found


OFFICIAL = official_types()
COVERED = sorted(name for name in OFFICIAL if name in ours.__all__)


def our_attributes(model: Any) -> set[str]:
    names = {field.name for field in attrs.fields(model)} if attrs.has(model) else set()
    return names | {name for name in dir(model) if not name.startswith("__")}


def missing_fields(name: str) -> list[str]:
    """The official fields of `name` that ours cannot read under the official name."""
    _, official = OFFICIAL[name]
    if not (inspect.isclass(official) and issubclass(official, pydantic.BaseModel)):
        return []
    model = getattr(ours, name)
    if not attrs.has(model):  # a union of models (`VideoContext`): its variants are checked by their own names
        return []
    attributes = our_attributes(model)
    return [field for field in official.model_fields if field not in attributes | DIFFERENT.get(name, set())]


def test_report_how_many_official_type_names_are_covered(capsys: pytest.CaptureFixture[str]) -> None:
    in_types = [name for name in COVERED if OFFICIAL[name][0] == "twelvelabs.types"]
    official_in_types = [name for name in OFFICIAL if OFFICIAL[name][0] == "twelvelabs.types"]
    with capsys.disabled():
        print(
            f"\nofficial type names covered: {len(COVERED)} of {len(OFFICIAL)}"
            f" ({len(in_types)} of {len(official_in_types)} in twelvelabs.types)"
        )
    assert len(COVERED) >= 384


@pytest.mark.parametrize("name", COVERED)
def test_official_type_name_has_the_official_fields(name: str) -> None:
    assert getattr(ours, name) is not None
    missing = missing_fields(name)
    assert not missing, f"{name}: official fields missing from ours: {missing}"


GROUPS = [module for module in OFFICIAL_MODULES if module != "twelvelabs.types"]


def group_pairs(group: str) -> list[tuple[str, Any, Any]]:
    """(name, official, ours) for each official name of a group module that our module of that name has."""
    official = importlib.import_module(group)
    try:
        module = importlib.import_module(group.replace("twelvelabs.", "twelvelabs_client.", 1))
    except ImportError:
        pytest.skip(f"{group}: no operations in the document yet")
    names = [name for name in official.__all__ if not inspect.ismodule(getattr(official, name))]
    return [(name, getattr(official, name), getattr(module, name)) for name in names if hasattr(module, name)]


def test_report_how_many_group_module_names_are_covered(capsys: pytest.CaptureFixture[str]) -> None:
    counts = {}
    for group in GROUPS:
        official = importlib.import_module(group)
        total = [n for n in official.__all__ if not inspect.ismodule(getattr(official, n))]
        counts[group] = f"{len(group_pairs(group))}/{len(total)}"
    with capsys.disabled():
        print(f"\nofficial names in group modules: {counts}")
    # Where one name means other types in other modules, ours follows the module (`x-fern-type-name: embed.X`).
    from twelvelabs_client import embed, tasks

    assert embed.TasksRetrieveResponse is not tasks.TasksRetrieveResponse


@pytest.mark.parametrize("group", GROUPS)
def test_group_module_types_have_the_official_fields(group: str) -> None:
    for name, official, model in group_pairs(group):
        if not (inspect.isclass(official) and issubclass(official, pydantic.BaseModel)) or not attrs.has(model):
            continue
        missing = [f for f in official.model_fields if f not in our_attributes(model) | DIFFERENT.get(name, set())]
        assert not missing, f"{group}.{name}: official fields missing from ours: {missing}"


def test_other_official_names_of_one_type_are_the_same_class() -> None:
    """`x-type-aliases`: one shape under several official names is one class, so `isinstance` and type checkers agree
    whichever name the caller's code uses."""
    from twelvelabs_client import indexes, search

    assert ours.BadRequestErrorBody is ours.ErrorResponse and ours.VideosListRequestFps is ours.RangeFilter
    assert indexes.VideosRetrieveResponse is ours.Video and search.SearchRetrieveResponsePageInfo is ours.SearchPageInfo


@pytest.mark.parametrize("kind", ["ready", "failed", "canceled"])
def test_a_webhook_payload_parses_into_the_official_type_of_its_event(kind: str) -> None:
    """The document's `webhooks:` describe what the platform POSTs when an analysis task ends; each example
    (checked against its schema in test_document.py) reads into the official type and back."""
    from tests.document import load_document

    media = load_document()["webhooks"][f"analyze.task.{kind}"]["post"]["requestBody"]["content"]["application/json"]
    model = getattr(ours, f"AnalyzeTask{kind.capitalize()}WebhookEvent")
    assert media["schema"]["$ref"].endswith(model.__name__)
    event = model.from_dict(media["example"])
    assert (event.type, event.data.status) == (f"analyze.task.{kind}", kind)
    assert (event.data.id, event.data.custom_id) == (
        media["example"]["data"]["id"],
        media["example"]["data"]["custom_id"],
    )
    assert model.from_dict(event.to_dict()) == event and event.created_at.tzinfo is not None
