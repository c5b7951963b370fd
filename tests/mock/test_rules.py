"""The rules the document cannot express: each rejected with the API's status, code and a clear message."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from tests.mock.conftest import VIDEO_URL, Api, error_of

URL_VIDEO = {"type": "url", "url": VIDEO_URL}


def analyze(api: Api, **body: Any) -> tuple[int, str, str]:
    response = api.post("/analyze", {"stream": False, **body})
    assert response.status_code >= 400, response.text
    return error_of(response)


def test_no_video_source_is_not_provided(api: Api) -> None:
    assert analyze(api, prompt="x")[:2] == (400, "parameter_not_provided")


def test_two_video_sources_are_invalid(api: Api) -> None:
    status, code, message = analyze(api, video=URL_VIDEO, video_id="abc", prompt="x")
    assert (status, code) == (400, "parameter_invalid")
    assert "video and video_id" in message


def test_prompt_and_prompt_v2_are_exclusive(api: Api) -> None:
    status, code, message = analyze(
        api, model_name="pegasus1.5", video=URL_VIDEO, prompt="x", prompt_v2={"input_text": "y"}
    )
    assert (status, code) == (400, "parameter_invalid") and "not both" in message
    assert analyze(api, video=URL_VIDEO)[:2] == (400, "parameter_not_provided")


def test_video_id_only_with_pegasus_1_2(api: Api) -> None:
    video_id = api.pegasus_video()
    status, code, message = analyze(api, model_name="pegasus1.5", video_id=video_id, prompt="x")
    assert (status, code) == (400, "parameter_invalid") and "pegasus1.2" in message


def test_prompt_v2_and_clipping_need_pegasus_1_5(api: Api) -> None:
    _, code, message = analyze(api, model_name="pegasus1.2", video=URL_VIDEO, prompt_v2={"input_text": "y"})
    assert code == "parameter_invalid" and "prompt_v2 parameter requires model_name pegasus1.5" in message
    _, code, message = analyze(api, model_name="pegasus1.2", video=URL_VIDEO, prompt="x", start_time=0, end_time=10)
    assert code == "parameter_invalid" and "start_time and end_time" in message


def test_image_needs_pegasus_1_6(api: Api) -> None:
    image = [{"name": "logo", "url": "https://cdn.example.com/logo.png"}]
    _, code, message = analyze(api, model_name="pegasus1.5", image=image, prompt="x")
    assert code == "parameter_invalid" and "pegasus1.6" in message
    ok = api.post("/analyze", {"model_name": "pegasus1.6", "image": image, "prompt": "x", "stream": False})
    assert ok.status_code == 200, ok.text


@pytest.mark.parametrize(
    ("model", "value", "accepted"),
    [
        ("pegasus1.2", 1, True),
        ("pegasus1.2", 4096, True),
        ("pegasus1.2", 4097, False),
        ("pegasus1.5", 511, False),
        ("pegasus1.5", 512, True),
        ("pegasus1.5", 65536, True),
        ("pegasus1.5", 65537, False),
    ],
)
def test_max_tokens_range_depends_on_the_model(api: Api, model: str, value: int, accepted: bool) -> None:
    response = api.post(
        "/analyze", {"model_name": model, "video": URL_VIDEO, "prompt": "x", "max_tokens": value, "stream": False}
    )
    if accepted:
        assert response.status_code == 200, response.text
    else:
        status, code, message = error_of(response)
        assert (status, code) == (400, "parameter_invalid") and "max_tokens" in message


def test_clip_must_last_4_seconds_and_end_inside_the_video(api: Api) -> None:
    asset = api.url_asset()
    video = {"type": "asset_id", "asset_id": asset["_id"]}
    duration = api.get(f"/assets/{asset['_id']}").json()["duration"]
    base = {"model_name": "pegasus1.5", "video": video, "prompt": "x"}
    _, code, message = analyze(api, **base, start_time=10, end_time=13)
    assert code == "parameter_invalid" and "at least 4" in message
    _, code, message = analyze(api, **base, start_time=0, end_time=duration + 1)
    assert code == "parameter_invalid" and "past the end" in message
    _, code, _ = analyze(api, **base, start_time=20, end_time=10)
    assert code == "parameter_invalid"
    ok = api.post("/analyze", {**base, "start_time": 10, "end_time": 14, "stream": False})
    assert ok.status_code == 200, ok.text


def test_base64_video_at_most_30_mb(api: Api) -> None:
    small = base64.b64encode(b"\0" * 1024).decode()
    ok = api.post(
        "/analyze", {"video": {"type": "base64_string", "base64_string": small}, "prompt": "x", "stream": False}
    )
    assert ok.status_code == 200, ok.text
    big = base64.b64encode(b"\0" * (30 * 1024 * 1024 + 3)).decode()
    status, code, _ = analyze(api, video={"type": "base64_string", "base64_string": big}, prompt="x")
    assert (status, code) == (413, "video_filesize_too_large")
    status, code, _ = analyze(api, video={"type": "base64_string", "base64_string": "!!not base64!!"}, prompt="x")
    assert (status, code) == (400, "parameter_invalid")


def test_at_most_four_media_sources(api: Api) -> None:
    sources = [{"name": f"s{i}", "media_type": "image", "url": "https://cdn.example.com/i.png"} for i in range(5)]
    prompt_v2 = {"input_text": "Is <@s0> there?", "media_sources": sources}
    status, code, message = analyze(api, model_name="pegasus1.5", video=URL_VIDEO, prompt_v2=prompt_v2)
    assert (status, code) == (400, "parameter_invalid") and "media_sources" in message


def test_response_format_only_with_summary(api: Api) -> None:
    video_id = api.pegasus_video()
    response_format = {"type": "json_schema", "json_schema": {"type": "object"}}
    response = api.post("/summarize", {"video_id": video_id, "type": "chapter", "response_format": response_format})
    status, code, message = error_of(response)
    assert (status, code) == (400, "parameter_invalid") and "only with type summary" in message
    ok = api.post("/summarize", {"video_id": video_id, "type": "summary", "response_format": response_format})
    assert ok.status_code == 200, ok.text


@pytest.mark.parametrize("path", ["/gist", "/summarize", "/analyze"])
def test_generate_needs_an_index_with_a_pegasus_model(api: Api, path: str) -> None:
    video_id = api.pegasus_video(model="marengo3.0")
    body: dict[str, Any] = {"video_id": video_id}
    body.update(
        {
            "/gist": {"types": ["title"]},
            "/summarize": {"type": "summary"},
            "/analyze": {"prompt": "x", "stream": False},
        }[path]
    )
    status, code, _ = error_of(api.post(path, body))
    assert (status, code) == (400, "index_not_supported_for_generate")


def test_prompt_over_the_token_limit(api: Api) -> None:
    status, code, message = analyze(api, video=URL_VIDEO, prompt="word " * 2000)
    assert (status, code) == (400, "token_limit_exceeded") and "2000" in message


def test_deleting_a_processing_task_is_a_conflict(api: Api) -> None:
    task = api.post("/analyze/tasks", {"video": URL_VIDEO, "prompt": "x"}).json()
    api.control.advance(1.5)  # queued 0.5 + pending 0.5 -> processing
    assert api.get(f"/analyze/tasks/{task['task_id']}").json()["status"] == "processing"
    status, code, _ = error_of(api.delete(f"/analyze/tasks/{task['task_id']}"))
    assert (status, code) == (409, "resource_conflict")
    api.control.advance(5)
    assert api.delete(f"/analyze/tasks/{task['task_id']}").status_code == 204


def test_unknown_ids_are_resource_not_exist(api: Api) -> None:
    for path in ("/assets/nope", "/analyze/tasks/nope", "/tasks/nope", "/indexes/nope", "/indexes/nope/indexed-assets"):
        status, code, message = error_of(api.get(path))
        assert (status, code) == (404, "resource_not_exist") and "nope" in message
    status, code, _ = analyze(api, video={"type": "asset_id", "asset_id": "nope"}, prompt="x")
    assert (status, code) == (404, "resource_not_exist")


def test_missing_or_wrong_key_is_401(api: Api) -> None:
    no_key = api.http.get("/assets", headers={"x-api-key": ""})
    assert error_of(no_key)[:2] == (401, "api_key_invalid")
    wrong = api.http.get("/assets", headers={"x-api-key": "tlk_wrong"})
    assert error_of(wrong)[:2] == (401, "api_key_invalid")
    assert "tlk_wrong" not in wrong.text


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        ({"video": URL_VIDEO, "prompt": "x", "temperature": 1.5}, "parameter_invalid", "temperature"),
        ({"video": URL_VIDEO, "prompt": "x", "temperature": "hot"}, "parameter_invalid", "temperature"),
        ({"video": {"type": "url"}, "prompt": "x"}, "parameter_not_provided", "video.url"),
        ({"video": {"type": "file", "path": "/x"}, "prompt": "x"}, "parameter_invalid", "video.type"),
        ({"video": URL_VIDEO, "prompt": "x", "colour": "red"}, "parameter_unknown", "colour"),
        ({"video": URL_VIDEO, "prompt": ""}, "parameter_invalid", "prompt"),
        ({"video": URL_VIDEO, "prompt": "x", "model_name": "pegasus9"}, "parameter_invalid", "model_name"),
    ],
)
def test_schema_violations_name_the_field(api: Api, body: dict[str, Any], code: str, field: str) -> None:
    status, got_code, message = analyze(api, **body)
    assert (status, got_code) == (400, code)
    assert field in message


def test_malformed_bodies_are_400_never_500(api: Api) -> None:
    cases = [
        api.http.post("/analyze", content=b"{not json", headers={"content-type": "application/json"}),
        api.http.post("/analyze", content=b"[1, 2]", headers={"content-type": "application/json"}),
        api.http.post("/analyze", content=b"prompt=x", headers={"content-type": "text/plain"}),
        api.http.post("/analyze"),
        api.http.post("/assets", content=b"--x\r\nbroken", headers={"content-type": "multipart/form-data; boundary=x"}),
        api.http.post("/assets", json={"method": "url"}),
        api.http.get("/assets", params={"page": "zero"}),
        api.http.get("/assets", params={"page_limit": "500"}),
    ]
    for response in cases:
        assert response.status_code == 400, response.text
        assert response.json()["code"].startswith("parameter_")


def test_integers_written_as_json_floats_are_integers(api: Api) -> None:
    """JSON Schema counts 465.0 as an integer; the handlers must too (seed 50701 found a 500 here)."""
    body = {"input_type": "multi_input", "model_name": "marengo3.5", "multi_input": {"input_text": "a dog"}}
    response = api.post("/embed-v2", {**body, "embedding_dimension": 465.0})
    assert response.status_code == 200, response.text
    assert len(response.json()["data"][0]["embedding"]) == 465
    assert api.get("/assets", params={"page": "1.0"}).status_code == 200
