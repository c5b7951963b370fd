"""Generated output: deterministic and plausibly shaped."""

from __future__ import annotations

import json

import jsonschema

from tests.mock.conftest import VIDEO_URL, Api

URL_VIDEO = {"type": "url", "url": VIDEO_URL}
SCHEMA = {
    "type": "object",
    "properties": {
        "products": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "price": {"type": "number", "minimum": 1, "maximum": 999}},
                "required": ["name", "price"],
            },
        },
        "rating": {"type": "integer", "minimum": 1, "maximum": 5},
        "mood": {"enum": ["calm", "excited"]},
        "live": {"type": "boolean"},
        "notes": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "ref": {"$ref": "#/$defs/speaker"},
    },
    "required": ["products", "rating", "mood", "live"],
    "$defs": {"speaker": {"type": "object", "properties": {"name": {"type": "string"}}}},
}


def test_same_request_same_text_different_prompt_different_text(api: Api) -> None:
    body = {"video": URL_VIDEO, "prompt": "What happens?", "stream": False}
    first, second = (api.post("/analyze", body).json() for _ in range(2))
    assert first["data"] == second["data"] and first["id"] != second["id"]
    other = api.post("/analyze", {**body, "prompt": "Who speaks?"}).json()
    assert other["data"] != first["data"]


def test_json_schema_output_validates(api: Api) -> None:
    body = {
        "video": URL_VIDEO,
        "prompt": "List products.",
        "stream": False,
        "response_format": {"type": "json_schema", "json_schema": SCHEMA},
    }
    answer = api.post("/analyze", body).json()
    jsonschema.validate(json.loads(answer["data"]), SCHEMA)


def test_unsupported_json_schema_is_422(api: Api) -> None:
    bad = {"type": "object", "properties": {"name": {"type": "string", "minLength": 3}}}
    body = {
        "video": URL_VIDEO,
        "prompt": "x",
        "stream": False,
        "response_format": {"type": "json_schema", "json_schema": bad},
    }
    response = api.post("/analyze", body)
    assert response.status_code == 422 and "minLength" in response.json()["message"]


def test_summaries_chapters_and_highlights_fit_the_video(api: Api) -> None:
    video_id = api.pegasus_video()
    duration = api.get("/tasks").json()["data"][0]["system_metadata"]["duration"]
    summary = api.post("/summarize", {"video_id": video_id, "type": "summary"}).json()
    assert summary["summarize_type"] == "summary" and summary["summary"]
    chapters = api.post("/summarize", {"video_id": video_id, "type": "chapter"}).json()["chapters"]
    highlights = api.post("/summarize", {"video_id": video_id, "type": "highlight"}).json()["highlights"]
    for item in [*chapters, *highlights]:
        assert 0 <= item["start_sec"] < item["end_sec"] <= duration
    assert [c["chapter_number"] for c in chapters] == list(range(len(chapters))), "numbered from 0"
    gist = api.post("/gist", {"video_id": video_id, "types": ["title", "topic", "hashtag"]}).json()
    assert gist["title"] and gist["topics"] and gist["hashtags"]


def test_time_based_metadata_segments(api: Api) -> None:
    response_format = {
        "type": "segment_definitions",
        "segment_definitions": [
            {"id": "scenes", "description": "Scenes", "fields": [{"name": "label", "type": "string"}]}
        ],
    }
    task = api.post(
        "/analyze/tasks",
        {"video": URL_VIDEO, "analysis_mode": "time_based_metadata", "response_format": response_format},
    ).json()
    api.control.advance(10)
    data = json.loads(api.get(f"/analyze/tasks/{task['task_id']}").json()["result"]["data"])
    assert data["scenes"] and all(s["start_time"] < s["end_time"] and "label" in s["metadata"] for s in data["scenes"])
