"""The generated package: in sync with the document, and every example survives from_dict -> to_dict."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import twelvelabs_api.models as models
from tests.document import ROOT, examples, load_document, resolve, validator

ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def model_for(schema: dict[str, Any], value: Any) -> Any:
    """The generated class for `schema`; for a oneOf, the variant the value validates against."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        target = resolve(schema)
        if "oneOf" in target:
            matches = [v for v in target["oneOf"] if validator(v).is_valid(value)]
            assert len(matches) == 1, f"{name}: the example matches {len(matches)} variants"
            return model_for(matches[0], value)
        return getattr(models, name, None)
    return None


def fill_defaults(schema: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    """The example with the schema's top-level defaults added: generated models always send them."""
    filled = dict(value)
    for name, prop in resolve(schema).get("properties", {}).items():
        default = prop.get("default", resolve(prop).get("default") if "$ref" in prop else None)
        if default is not None and name not in filled:
            filled[name] = default
    return filled


def normalized(value: Any) -> Any:
    """JSON with RFC 3339 date-times compared as instants (`Z` and `+00:00` are the same time)."""
    if isinstance(value, dict):
        return {key: normalized(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalized(item) for item in value]
    if isinstance(value, str) and ISO_DATETIME.match(value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


OBJECT_EXAMPLES = [
    example
    for example in examples()
    if isinstance(example.value, dict) and model_for(example.schema, example.value) is not None
]


def test_every_object_example_has_a_generated_model() -> None:
    # A Server-Sent Event's frame (`event`, `data`) has no model; its data, the next example, has one.
    all_objects = [e for e in examples() if isinstance(e.value, dict) and e.media_type != "text/event-stream"]
    assert len(OBJECT_EXAMPLES) == len(all_objects)
    assert len(OBJECT_EXAMPLES) >= 60


@pytest.mark.parametrize("example", OBJECT_EXAMPLES, ids=lambda example: example.where)
def test_example_round_trips_through_the_generated_model(example: Any) -> None:
    model = model_for(example.schema, example.value)
    parsed = model.from_dict(example.value)
    assert normalized(parsed.to_dict()) == normalized(fill_defaults(example.schema, example.value))


def test_unknown_enum_values_and_extra_fields_still_parse() -> None:
    task = models.AnalyzeTask.from_dict(
        {"task_id": "t1", "status": "archived", "created_at": "2026-11-20T10:15:00Z", "new_field": [1, 2]}
    )
    assert task.status == "archived"
    assert task.additional_properties == {"new_field": [1, 2]}
    assert task.created_at == datetime.datetime(2026, 11, 20, 10, 15, tzinfo=datetime.timezone.utc)


def test_discriminators_default_so_variants_build_from_their_payload_alone() -> None:
    assert models.VideoContextAssetId(asset_id="a1").to_dict() == {"type": "asset_id", "asset_id": "a1"}
    assert models.VideoContextUrl(url="https://x.example/v.mp4").to_dict()["type"] == "url"
    assert models.SmeMediaSource(name="logo").to_dict() == {"name": "logo", "media_type": "image"}


def test_every_component_schema_is_generated() -> None:
    unions = {n for n, s in load_document()["components"]["schemas"].items() if "oneOf" in s}
    for name in set(load_document()["components"]["schemas"]) - unions:
        assert hasattr(models, name), f"{name} is not generated"


def copy_generation_inputs(destination: Path) -> None:
    for name in ("openapi", "generator-templates", "generated", "tools"):
        shutil.copytree(ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "generator-config.yml", destination / "generator-config.yml")


def run_check(root: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(root / "tools" / "generate.py"), "--check", "--root", str(root)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_drift_check_passes_in_sync_and_fails_on_a_hand_edit(tmp_path: Path) -> None:
    copy_generation_inputs(tmp_path)
    assert run_check(tmp_path).returncode == 0

    edited = tmp_path / "generated" / "twelvelabs_api" / "models" / "asset.py"
    edited.write_text(edited.read_text().replace("class Asset:", "class Asset:  # tweaked by hand"))
    (tmp_path / "generated" / "twelvelabs_api" / "models" / "gist.py").unlink()
    result = run_check(tmp_path)
    assert result.returncode == 1
    assert "changed: twelvelabs_api/models/asset.py" in result.stderr
    assert "missing: twelvelabs_api/models/gist.py" in result.stderr
    assert "tweaked by hand" in result.stderr


def test_drift_check_fails_when_the_document_changes_without_regenerating(tmp_path: Path) -> None:
    copy_generation_inputs(tmp_path)
    document = tmp_path / "openapi" / "twelvelabs-v1.3.yaml"
    document.write_text(
        document.read_text().replace(
            "        hashtags: {type: array", "        mood: {type: string}\n        hashtags: {type: array"
        )
    )
    result = run_check(tmp_path)
    assert result.returncode == 1
    assert "changed: twelvelabs_api/models/gist.py" in result.stderr
