"""The public surface: lazy import, forward-compatible parsing, and the names the seeds use."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.client.conftest import TASK_OK, Recorder, json_response


def test_importing_the_package_loads_nothing_heavy() -> None:
    heavy = "('httpx', 'attrs', 'twelvelabs_api')"
    code = f"import sys, twelvelabs_client; print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy}))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_unknown_enum_values_and_extra_fields_do_not_break_parsing() -> None:
    body = {
        **TASK_OK,
        "status": "archived",
        "priority": 5,
        "result": {"data": "x", "finish_reason": "content_filter", "new": 1},
    }
    task = Recorder(json_response(200, body)).client().analyze_async.tasks.retrieve("t1")
    assert task.status == "archived" and task.additional_properties == {"priority": 5}
    assert task.result.finish_reason == "content_filter"


def test_seed_import_paths_exist() -> None:
    from twelvelabs_client.indexes import IndexesCreateRequestModelsItem
    from twelvelabs_client.tasks import TasksRetrieveResponse
    from twelvelabs_client.types import VideoContext_AssetId, VideoContext_Base64String, VideoContext_Url

    assert VideoContext_Url(url="u").to_dict() == {"type": "url", "url": "u"}
    assert VideoContext_AssetId(asset_id="a").type_ == "asset_id"
    assert VideoContext_Base64String(base64_string="AA==").type_ == "base64_string"
    assert (
        IndexesCreateRequestModelsItem(model_name="pegasus1.2", model_options=["visual"]).to_dict()["model_name"]
        == "pegasus1.2"
    )
    assert TasksRetrieveResponse.from_dict({"_id": "t", "status": "ready", "video_id": "v"}).id == "t"


def test_response_formats_holding_plain_dicts_are_accepted_as_the_seeds_write_them() -> None:
    from twelvelabs_client.types import AsyncResponseFormat, ResponseFormat

    recorder = Recorder(json_response(200, {"id": "g", "data": "{}"}))
    client = recorder.client()
    client.analyze(video={"type": "url", "url": "https://x.example/v.mp4"}, prompt="x",
                   response_format=ResponseFormat(json_schema={"type": "object"}))  # type: ignore[arg-type]  # fmt: skip
    sent = json.loads(recorder.bodies[0])
    assert sent["response_format"] == {"type": "json_schema", "json_schema": {"type": "object"}}
    tasks = Recorder(json_response(202, {"task_id": "t", "status": "queued"}))
    segments = AsyncResponseFormat(type="segment_definitions", segment_definitions=[{"id": "s", "description": "d"}])  # type: ignore[list-item]
    tasks.client().analyze_async.tasks.create(
        video={"type": "url", "url": "https://x.example/v.mp4"},
        analysis_mode="time_based_metadata",
        response_format=segments,
    )
    assert json.loads(tasks.bodies[0])["response_format"]["segment_definitions"] == [{"id": "s", "description": "d"}]
