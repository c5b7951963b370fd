"""State kept per app, statuses moving on the simulated clock, and each resource's lifecycle."""

from __future__ import annotations

from tests.mock.conftest import VIDEO_URL, Api, error_of

URL_VIDEO = {"type": "url", "url": VIDEO_URL}


def statuses_while_advancing(api: Api, path: str, steps: int, seconds: float) -> list[str]:
    seen = []
    for _ in range(steps):
        seen.append(api.get(path).json()["status"])
        api.control.advance(seconds)
    return seen


def test_analyze_task_walks_queued_pending_processing_ready(api: Api) -> None:
    created = api.post("/analyze/tasks", {"video": URL_VIDEO, "prompt": "List the products."})
    assert created.status_code == 202 and created.json()["status"] == "queued"
    path = f"/analyze/tasks/{created.json()['task_id']}"
    assert statuses_while_advancing(api, path, 5, 0.5) == [
        "queued",
        "pending",
        "processing",
        "processing",
        "processing",
    ]
    api.control.advance(1)
    task = api.get(path).json()
    assert task["status"] == "ready"
    assert task["result"]["data"] and task["result"]["usage"]["output_tokens"] > 0
    assert task["completed_at"] > task["created_at"]


def test_analyze_task_can_fail_and_be_canceled(api: Api) -> None:
    failing = api.post(
        "/analyze/tasks", {"video": URL_VIDEO, "prompt": "x"}, headers={"x-mock-outcome": "failed"}
    ).json()
    api.control.advance(10)
    failed = api.get(f"/analyze/tasks/{failing['task_id']}").json()
    assert failed["status"] == "failed" and failed["error"]["message"]

    task = api.post("/analyze/tasks", {"video": URL_VIDEO, "prompt": "x"}).json()
    canceled = api.post(f"/analyze/tasks/{task['task_id']}/cancel")
    assert canceled.json() == {"task_id": task["task_id"], "status": "canceled"}
    api.control.advance(10)
    assert api.get(f"/analyze/tasks/{task['task_id']}").json()["status"] == "canceled"
    status, code, _ = error_of(api.post(f"/analyze/tasks/{task['task_id']}/cancel"))
    assert (status, code) == (409, "resource_conflict")


def test_per_poll_clock_advances_on_every_retrieve(api: Api) -> None:
    api.control.set_clock(per_poll=1.0)
    task = api.post("/analyze/tasks", {"video": URL_VIDEO, "prompt": "x"}).json()
    seen = [api.get(f"/analyze/tasks/{task['task_id']}").json()["status"] for _ in range(5)]
    assert seen == ["queued", "processing", "processing", "ready", "ready"]


def test_idempotency_key_returns_the_first_task(api: Api) -> None:
    headers = {"Idempotency-Key": "retry-me"}
    first = api.post("/analyze/tasks", {"video": URL_VIDEO, "prompt": "x"}, headers=headers).json()
    second = api.post("/analyze/tasks", {"video": URL_VIDEO, "prompt": "x"}, headers=headers).json()
    assert first["task_id"] == second["task_id"]
    assert api.get("/analyze/tasks").json()["page_info"]["total_results"] == 1


def test_lists_paginate_newest_first_and_filter(api: Api) -> None:
    ids = [api.post("/analyze/tasks", {"video": URL_VIDEO, "prompt": f"p{i}"}).json()["task_id"] for i in range(5)]
    api.control.advance(0.1)
    page = api.get("/analyze/tasks", params={"page": 2, "page_limit": 2}).json()
    assert [t["task_id"] for t in page["data"]] == [ids[2], ids[1]]
    assert page["page_info"] == {"page": 2, "limit_per_page": 2, "total_page": 3, "total_results": 5}
    api.post(f"/analyze/tasks/{ids[0]}/cancel")
    canceled = api.get("/analyze/tasks", params={"status": "canceled"}).json()
    assert [t["task_id"] for t in canceled["data"]] == [ids[0]]


def test_asset_lifecycle_direct_upload(api: Api) -> None:
    api.control.configure(timings={"asset_processing": 3})
    payload = b"\x00\x01fake-mp4" * 1000
    created = api.http.post("/assets", files={"method": (None, "direct"), "file": ("clip.mp4", payload, "video/mp4")})
    assert created.status_code == 201, created.text
    asset = created.json()
    assert (asset["status"], asset["filename"], asset["file_type"]) == ("processing", "clip.mp4", "video/mp4")
    assert "size" not in asset, "the create's answer has no size (the asset's details do, once ready)"
    error = error_of(api.post("/analyze", {"video": {"type": "asset_id", "asset_id": asset["_id"]}, "prompt": "x"}))
    assert error[:2] == (400, "parameter_invalid") and "processing" in error[2]
    api.control.advance(3)
    ready = api.get(f"/assets/{asset['_id']}").json()
    assert (ready["status"], ready["size"]) == ("ready", len(payload))
    logged = api.control.requests()[0]["files"]["file"]
    assert logged["size"] == len(payload) and len(logged["sha256"]) == 64
    assert api.get("/assets", params={"filename": "CLIP"}).json()["page_info"]["total_results"] == 1
    assert api.delete(f"/assets/{asset['_id']}").status_code == 204
    assert api.get(f"/assets/{asset['_id']}").status_code == 404


def test_asset_method_needs_its_source(api: Api) -> None:
    assert error_of(api.http.post("/assets", files={"method": (None, "direct")}))[:2] == (400, "parameter_not_provided")
    assert error_of(api.http.post("/assets", files={"method": (None, "url")}))[:2] == (400, "parameter_not_provided")
    too_many = api.http.post("/assets", files={"method": (None, "url"), "url": (None, VIDEO_URL), "bogus": (None, "1")})
    assert error_of(too_many)[:2] == (400, "parameter_unknown")


def test_index_indexed_asset_and_referenced_asset(api: Api) -> None:
    index_id = api.post(
        "/indexes",
        {"index_name": "lib", "models": [{"model_name": "pegasus1.2", "model_options": ["visual", "audio"]}]},
    ).json()["_id"]
    assert error_of(
        api.post(
            "/indexes", {"index_name": "lib", "models": [{"model_name": "pegasus1.2", "model_options": ["visual"]}]}
        )
    )[:2] == (409, "index_name_already_exists")
    asset = api.url_asset()
    created = api.post(f"/indexes/{index_id}/indexed-assets", {"asset_id": asset["_id"]})
    assert created.status_code == 202
    indexed_path = f"/indexes/{index_id}/indexed-assets/{created.json()['_id']}"
    assert statuses_while_advancing(api, indexed_path, 3, 1.0) == ["pending", "indexing", "indexing"]
    api.control.advance(5)
    assert api.get(indexed_path).json()["status"] == "ready"
    assert api.get(f"/indexes/{index_id}").json()["video_count"] == 1
    gist = api.post("/gist", {"video_id": created.json()["_id"], "types": ["title", "hashtag"]})
    assert gist.status_code == 200 and set(gist.json()) == {"id", "title", "hashtags", "usage"}
    assert error_of(api.delete(f"/assets/{asset['_id']}"))[:2] == (409, "resource_conflict")
    assert api.delete(f"/assets/{asset['_id']}", params={"force": "true"}).status_code == 204
    assert api.http.put(f"/indexes/{index_id}", json={"index_name": "renamed"}).status_code == 204
    assert api.get(f"/indexes/{index_id}").json()["index_name"] == "renamed"
    assert api.delete(f"/indexes/{index_id}").status_code == 204
    assert api.get(f"/indexes/{index_id}").status_code == 404


def test_indexing_task_lifecycle(api: Api) -> None:
    index_id = api.post(
        "/indexes", {"index_name": "t", "models": [{"model_name": "pegasus1.2", "model_options": ["visual"]}]}
    ).json()["_id"]
    created = api.http.post(
        "/tasks", files={"index_id": (None, index_id), "video_file": ("a.mp4", b"x" * 2048, "video/mp4")}
    )
    assert created.status_code == 200, created.text
    path = f"/tasks/{created.json()['_id']}"
    assert error_of(api.delete(path))[:2] == (409, "resource_conflict")
    assert statuses_while_advancing(api, path, 3, 1.0) == ["pending", "indexing", "indexing"]
    api.control.advance(5)
    task = api.get(path).json()
    assert task["status"] == "ready" and task["video_id"] == created.json()["video_id"]
    assert task["system_metadata"]["filename"] == "a.mp4"
    assert api.get("/tasks", params={"index_id": index_id}).json()["page_info"]["total_results"] == 1
    assert api.delete(path).status_code == 204


def test_reset_forgets_everything(api: Api) -> None:
    api.url_asset()
    api.control.reset()
    assert api.get("/assets").json()["data"] == []
    assert api.control.requests()[-1]["path"] == "/v1.3/assets"
