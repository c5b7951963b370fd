"""The `twelvelabs-openapi` command, through its installed entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from twelvelabs_mock import Clock, MockServer, Timings, create_app

CLI = str(Path(sys.executable).parent / "twelvelabs-openapi")
VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TWELVELABS_")}
    full_env.update(env or {})
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=full_env, timeout=60, check=False)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    app = create_app(timings=Timings(0, 0, 0, 0, 0, 0), self_check=True)
    with MockServer(app) as mock:
        yield mock
    assert not app.violations, app.violations


def against(server: MockServer) -> dict[str, str]:
    return {"TWELVELABS_API_KEY": server.api_key, "TWELVELABS_BASE_URL": server.base_url}


def test_analyze_streams_text_with_the_embedded_mock() -> None:
    result = run("--mock", "analyze", "What happens?", "--url", VIDEO_URL)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) > 20 and "embedded mock" in result.stderr


def test_analyze_structured_output_from_a_schema_file(tmp_path: Path) -> None:
    schema = tmp_path / "schema.json"
    schema.write_text(
        json.dumps({"type": "object", "properties": {"title": {"type": "string"}}, "required": ["title"]})
    )
    result = run("--mock", "analyze", "Title?", "--url", VIDEO_URL, "--json", str(schema))
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout)) == {"title"}


def test_upload_with_progress_then_analyze_the_file(server: MockServer, tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(os.urandom(300_000))
    uploaded = run("upload", str(video), "--wait", env=against(server))
    assert uploaded.returncode == 0, uploaded.stderr
    assert "upload: 100%" in uploaded.stderr and "300k/300k" in uploaded.stderr and "status: ready" in uploaded.stdout
    analyzed = run("analyze", "Describe", "--file", str(video), env=against(server))
    assert analyzed.returncode == 0 and analyzed.stdout.strip()


def test_upload_in_chunks_then_resume_an_upload(server: MockServer, tmp_path: Path) -> None:
    video = tmp_path / "long.mp4"
    video.write_bytes(os.urandom(6 * 2**20))  # two chunks of the mock's 5 MiB
    uploaded = run("upload", str(video), "--multipart", "--wait", env=against(server))
    assert uploaded.returncode == 0, uploaded.stderr
    assert "upload: 100%" in uploaded.stderr and "status: ready" in uploaded.stdout
    from twelvelabs_client import TwelveLabs

    with TwelveLabs(api_key=server.api_key, base_url=server.base_url) as client:
        session = client.multipart_upload.create(filename="long.mp4", type="video", total_size=6 * 2**20)
    resumed = run("upload", str(video), "--resume", session.upload_id, env=against(server))
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith(f"asset {session.asset_id} ")
    unknown = run("upload", str(video), "--resume", "nope", env=against(server))
    assert unknown.returncode == 1 and "error: no upload nope" in unknown.stderr


def test_task_wait_shows_status_changes() -> None:
    """Simulated time only: it stands still and moves 1 s at each poll, so the task takes exactly the same
    path through its statuses however slow the machine is."""
    timings = Timings(analyze_queued=1, analyze_pending=1, analyze_processing=1)
    app = create_app(timings=timings, clock=Clock(speed=0.0, per_poll=1.0), self_check=True)
    with MockServer(app) as server:
        created = httpx.post(
            server.base_url + "/analyze/tasks",
            headers={"x-api-key": server.api_key},
            json={"video": {"type": "url", "url": VIDEO_URL}, "prompt": "x"},
        ).json()
        result = run("task", "wait", created["task_id"], "--interval", "0.01", env=against(server))
    assert not app.violations, app.violations
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(created["task_id"])]
    assert [line.split(": ")[1] for line in lines] == ["queued", "pending", "processing", "ready"]


def test_gist_and_summarize_warn_and_print(server: MockServer) -> None:
    gist = run("gist", "--url", VIDEO_URL, env=against(server))
    assert gist.returncode == 0, gist.stderr
    assert gist.stdout.startswith("title: ") and "hashtags: " in gist.stdout
    assert "deprecated: gist() is deprecated and sunset on 2026-02-15" in gist.stderr
    chapters = run("summarize", "--type", "chapter", "--url", VIDEO_URL, env=against(server))
    assert chapters.returncode == 0 and chapters.stdout.splitlines()[0].startswith("00:00-")


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        (
            ("analyze", "x", "--url", VIDEO_URL),
            {},
            "No API key: pass api_key=... to the client or set the TWELVELABS_API_KEY",
        ),
        (("task", "wait", "nope"), None, "404 Not Found [resource_not_exist]"),
        (("analyze", "x", "--url", VIDEO_URL, "--temperature", "3"), None, "The temperature parameter is invalid"),
        (("upload", "/no/such/file.mp4"), None, "path: no file at"),
    ],
)
def test_expected_failures_print_one_line_and_exit_1(
    server: MockServer, args: tuple[str, ...], env: dict[str, str] | None, expected: str
) -> None:
    result = run(*args, env=against(server) if env is None else env)
    assert result.returncode == 1
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("error:")]) == 1


def test_wrong_key_hint_never_shows_the_key(server: MockServer) -> None:
    result = run(
        "task", "wait", "x", env={"TWELVELABS_API_KEY": "tlk_wrong_key_value", "TWELVELABS_BASE_URL": server.base_url}
    )
    assert result.returncode == 1 and "401" in result.stderr and "check the key" in result.stderr
    assert "tlk_wrong_key_value" not in result.stderr


def test_unreachable_api_is_a_connection_error_line() -> None:
    result = run("--base-url", "http://127.0.0.1:9/v1.3", "--api-key", "k", "analyze", "x", "--url", VIDEO_URL)
    assert result.returncode == 1 and "check the network and the base URL" in result.stderr


def test_mock_command_serves_until_stopped() -> None:
    process = subprocess.Popen([CLI, "mock", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert "listening on http://127.0.0.1:" in process.stdout.readline()
    finally:
        process.terminate()
        process.wait(10)


def test_choices_come_from_the_document_and_fail_before_any_request(server: MockServer) -> None:
    server.control.clear_requests()
    gist = run("gist", "--types", "title,mood", "--url", VIDEO_URL, env=against(server))
    assert gist.returncode == 2 and "choose from hashtag, title, topic" in gist.stderr
    summarize = run("summarize", "--type", "abstract", "--url", VIDEO_URL, env=against(server))
    assert summarize.returncode == 2 and "'chapter', 'highlight', 'summary'" in summarize.stderr
    assert server.control.requests() == []


def test_connection_options_work_after_the_command_too() -> None:
    result = run("analyze", "x", "--url", VIDEO_URL, "--mock", env={})
    assert result.returncode == 0 and result.stdout.strip(), result.stderr


def test_no_key_says_how_to_give_one() -> None:
    result = run("analyze", "x", "--url", VIDEO_URL, env={})
    assert result.returncode == 1
    assert all(hint in result.stderr for hint in ("--api-key", "TWELVELABS_API_KEY", "--mock"))


def test_task_create_and_wait_in_one_command_with_the_embedded_mock() -> None:
    result = run("--mock", "task", "create", "Chapters?", "--url", VIDEO_URL, "--wait", env={})
    assert result.returncode == 0, result.stderr
    task_id = result.stdout.splitlines()[0]
    assert f"{task_id}: ready" in result.stdout and len(result.stdout.splitlines()) >= 3


def test_bad_local_input_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    schema = tmp_path / "list.json"
    schema.write_text("[1, 2]")
    for args in (("upload", str(tmp_path)), ("analyze", "x", "--url", VIDEO_URL, "--json", str(schema))):
        result = run("--mock", *args, env={})
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 2, result.stderr  # the mock's address, then the error


def test_search_indexes_a_video_then_lists_its_best_moments() -> None:
    result = run("--mock", "search", "a person on stage", "--url", VIDEO_URL, "--limit", "2", env={})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[0].split()[0] == "1" and lines[1].split()[0] == "2"
    no_query = run("--mock", "search", "--url", VIDEO_URL, env={})
    assert no_query.returncode == 1 and "give a text query, --image, or both" in no_query.stderr


def test_batch_create_status_and_results(server: MockServer, tmp_path: Path) -> None:
    from twelvelabs_client import TwelveLabs

    with TwelveLabs(api_key=server.api_key, base_url=server.base_url) as client:
        assets = [client.assets.create(method="url", url=f"{VIDEO_URL}?batch={n}").id for n in range(2)]
    request = tmp_path / "batch.json"
    items = [{"video": {"type": "asset_id", "asset_id": a}, "custom_id": f"c{n}"} for n, a in enumerate(assets)]
    body = {"model_name": "pegasus1.5", "analysis_mode": "general", "requests": items}
    request.write_text(json.dumps({**body, "defaults": {"prompt": {"input_text": "Summarize"}}}))
    created = run("batch", "create", "--json", str(request), env=against(server))
    assert created.returncode == 0, created.stderr
    batch_id = created.stdout.strip()
    status = run("batch", "status", batch_id, "--wait", env=against(server))
    assert status.returncode == 0, status.stderr
    assert status.stdout.splitlines()[-1] == f"{batch_id}: completed (2 ready, 0 failed, 0 canceled)"
    results = run("batch", "results", batch_id, env=against(server))
    lines = [json.loads(line) for line in results.stdout.splitlines()]
    assert [(line["custom_id"], line["status"]) for line in lines] == [("c0", "ready"), ("c1", "ready")]
    assert all(line["data"]["data"] for line in lines)
    request.write_text(json.dumps(body))  # no prompt anywhere: the API's 400, as one line
    for args, expected in (
        (("create", "--json", str(request)), "A general batch needs a prompt"),
        (("create", "--json", str(tmp_path / "none.json")), "cannot read JSON from"),
        (("results", "6298d673f1090f1100476d4c"), "404 Not Found [resource_not_exist]"),
    ):
        failed = run("batch", *args, env=against(server))
        assert failed.returncode == 1 and expected in failed.stderr and "Traceback" not in failed.stderr


def test_embed_prints_each_vector_with_the_embedded_mock() -> None:
    result = run("--mock", "embed", "a keynote")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("text asset: 512 dimensions [") and result.stdout.count("\n") == 1


def test_embed_a_video_clip_by_clip_and_media_as_json(server: MockServer) -> None:
    clips = run("embed", "--video-url", VIDEO_URL, env=against(server))
    assert clips.returncode == 0, clips.stderr
    lines = clips.stdout.splitlines()
    assert lines[0].startswith("visual clip 0-6 s: 512 dimensions [") and lines[1].startswith("visual clip 6-12 s")
    assert any(line.startswith("audio asset 0-") for line in lines)
    image = ["embed", "a keynote", "--image-url", "https://cdn.example.com/images/stage.jpg", "--json"]
    both = json.loads(run(*image, env=against(server)).stdout)
    assert both["metadata"]["input_type"] == "text_image" and len(both["data"][0]["embedding"]) == 512
    multi = json.loads(run(*image, "--model", "marengo3.5", env=against(server)).stdout)
    assert (multi["metadata"]["input_type"], multi["data"][0]["embedding_option"]) == ("multi_input", "fused")


def test_embed_without_input_fails_with_the_apis_message(server: MockServer) -> None:
    result = run("embed", env=against(server))
    assert result.returncode == 1 and "text.input_text parameter is required" in result.stderr
