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

# Official fields whose Python name differs from ours. The generator appends `_` to a property that shadows a
# builtin (`type_`, `format_`), and ours keeps the wire spelling where Fern splits digits (`prompt_v2`,
# `base64_string`) or renames a field that shadows a pydantic method (`schema_`); these are accepted here and
# listed in the printed report.
RENAMED = {"prompt_v_2": "prompt_v2", "base_64_string": "base64_string", "schema_": "schema"}

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


def field_differences(name: str) -> tuple[list[str], list[str]]:
    """(renamed, missing) official fields of `name` against ours."""
    _, official = OFFICIAL[name]
    if not (inspect.isclass(official) and issubclass(official, pydantic.BaseModel)):
        return [], []
    model = getattr(ours, name)
    if not attrs.has(model):  # a union of models (`VideoContext`): its variants are checked by their own names
        return [], []
    attributes = our_attributes(model)
    renamed, missing = [], []
    for field in official.model_fields:
        if field in attributes:
            continue
        if f"{field}_" in attributes or RENAMED.get(field) in attributes:
            renamed.append(field)
        elif field not in DIFFERENT.get(name, set()):
            missing.append(field)
    return renamed, missing


def test_report_how_many_official_type_names_are_covered(capsys: pytest.CaptureFixture[str]) -> None:
    in_types = [name for name in COVERED if OFFICIAL[name][0] == "twelvelabs.types"]
    official_in_types = [name for name in OFFICIAL if OFFICIAL[name][0] == "twelvelabs.types"]
    renamed = {name: field_differences(name)[0] for name in COVERED}
    with capsys.disabled():
        print(
            f"\nofficial type names covered: {len(COVERED)} of {len(OFFICIAL)}"
            f" ({len(in_types)} of {len(official_in_types)} in twelvelabs.types);"
            f" fields under another Python name: {sorted((n, f) for n, fs in renamed.items() for f in fs)}"
        )
    assert len(COVERED) >= 146


@pytest.mark.parametrize("name", COVERED)
def test_official_type_name_has_the_official_fields(name: str) -> None:
    assert getattr(ours, name) is not None
    _, missing = field_differences(name)
    assert not missing, f"{name}: official fields missing from ours: {missing}"


@pytest.mark.parametrize(
    "group",
    [module for module in OFFICIAL_MODULES if module not in ("twelvelabs.types",)],
)
def test_group_module_names_are_the_types_names(group: str) -> None:
    """A group module's official name that ours exports from `types` is the same object in our group module,
    when the facade places it there (names starting with the group's class prefix)."""
    official = importlib.import_module(group)
    try:
        module = importlib.import_module(group.replace("twelvelabs.", "twelvelabs_client.", 1))
    except ImportError:
        pytest.skip(f"{group}: no operations in the document yet")
    for name in official.__all__:
        if name in ours.__all__ and hasattr(module, name):
            assert getattr(module, name) is getattr(ours, name), name
