"""A program in the official documentation's style, written for the official `twelvelabs` package.

The test suite runs it as it is (with the official package) and with only its import lines changed to
`twelvelabs_client`, both against the mock, and compares what each step did. Usage:
`python program.py BASE_URL API_KEY` prints one JSON object: step name -> "ok" or the error."""

import asyncio
import json
import sys
import traceback

from twelvelabs import AsyncTwelveLabs, TwelveLabs
from twelvelabs.core.api_error import ApiError
from twelvelabs.errors import BadRequestError, NotFoundError
from twelvelabs.indexes import IndexesCreateRequestModelsItem
from twelvelabs.types import SyncResponseFormat, VideoContext_AssetId, VideoContext_Url

BASE_URL, API_KEY = sys.argv[1], sys.argv[2]
VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"
client = TwelveLabs(api_key=API_KEY, base_url=BASE_URL)
state: dict = {}
results: dict = {}


def step(function):
    try:
        function()
        results[function.__name__] = "ok"
    except Exception as error:  # every step runs; what failed is reported, not raised
        results[function.__name__] = f"{type(error).__name__}: {error}"[:300]
        traceback.print_exc(file=sys.stderr)
    return function


@step
def create_index():
    index = client.indexes.create(
        index_name="official-style",
        models=[IndexesCreateRequestModelsItem(model_name="pegasus1.2", model_options=["visual", "audio"])],
    )
    state["index_id"] = index.id
    assert client.indexes.retrieve(index.id).index_name == "official-style"


@step
def upload_a_file_tuple():
    asset = client.assets.create(method="direct", file=("clip.mp4", b"\x00\x00\x00\x18ftypmp42" * 64, "video/mp4"))
    assert asset.id
    state["asset_id"] = asset.id


@step
def upload_by_url():
    asset = client.assets.create(method="url", url=VIDEO_URL)
    assert client.assets.retrieve(asset.id).id == asset.id


@step
def index_a_video_and_wait():
    task = client.tasks.create(index_id=state["index_id"], video_url=VIDEO_URL)
    done = client.tasks.wait_for_done(task_id=task.id, sleep_interval=0.5)
    assert done.status == "ready"
    state["video_id"] = done.video_id


@step
def list_tasks_with_filters_and_sort():
    tasks = list(client.tasks.list(index_id=state["index_id"], page=1, page_limit=10, sort_by="created_at"))
    assert len(tasks) == 1


@step
def pager_items_and_pages():
    pager = client.indexes.list(page_limit=1)
    assert len(pager.items) == 1
    assert isinstance(pager.has_next, bool)
    assert sum(len(page.items) for page in pager.iter_pages()) >= 1


@step
def pager_next_page():
    client.indexes.create(
        index_name="second-index",
        models=[IndexesCreateRequestModelsItem(model_name="pegasus1.2", model_options=["visual"])],
    )
    pager = client.indexes.list(page_limit=1)
    following = pager.next_page()
    assert following is not None and len(following.items) == 1


@step
def analyze():
    result = client.analyze(video=VideoContext_Url(url=VIDEO_URL), prompt="Describe the video.", temperature=0.2)
    assert result.data and result.finish_reason


@step
def analyze_stream():
    text = ""
    for event in client.analyze_stream(video=VideoContext_AssetId(asset_id=state["asset_id"]), prompt="Describe."):
        if event.event_type == "text_generation":
            text += event.text
    assert text


@step
def analyze_with_a_response_format():
    schema = {"type": "object", "properties": {"title": {"type": "string"}}, "required": ["title"]}
    result = client.analyze(
        video=VideoContext_Url(url=VIDEO_URL),
        prompt="Title?",
        response_format=SyncResponseFormat(type="json_schema", json_schema=schema),
    )
    assert "title" in json.loads(result.data)


@step
def analysis_task_create_retrieve_list():
    task = client.analyze_async.tasks.create(video=VideoContext_Url(url=VIDEO_URL), prompt="Chapters?")
    assert client.analyze_async.tasks.retrieve(task.task_id).task_id == task.task_id
    listed = client.analyze_async.tasks.list(page=1, page_limit=10)
    assert any(t.task_id == task.task_id for t in listed.data)


@step
def list_filters():
    tasks = client.tasks.list(index_id=state["index_id"], status=["ready", "indexing"], filename="keynote")
    assert len(list(tasks)) == 1
    assert list(client.tasks.list(index_id=state["index_id"], status=["failed"])) == []
    assets = client.assets.list(asset_ids=[state["asset_id"]], asset_types=["video"])
    assert [asset.id for asset in assets] == [state["asset_id"]]
    assert list(client.assets.list(asset_ids=[state["asset_id"]], asset_types=["image"])) == []
    indexes = client.indexes.list(model_options="visual,audio", created_at="2000-01-01T00:00:00Z")
    assert [index.id for index in indexes] == [state["index_id"]]
    assert client.analyze_async.tasks.list(video_url=VIDEO_URL).data
    assert not client.analyze_async.tasks.list(video_url=VIDEO_URL + "?other").data


@step
def indexed_asset_with_embedding_and_transcription():
    video = client.indexes.indexed_assets.retrieve(
        state["index_id"], state["video_id"], embedding_option=["visual"], transcription=True
    )
    assert video.embedding.video_embedding.segments and video.transcription


@step
def not_found_is_typed():
    try:
        client.assets.retrieve("000000000000000000000000")
    except NotFoundError as error:
        assert error.status_code == 404 and error.body
    else:
        raise AssertionError("no error")


@step
def bad_temperature_is_a_bad_request():
    try:
        client.analyze(video=VideoContext_Url(url=VIDEO_URL), prompt="x", temperature=5)
    except BadRequestError as error:
        assert error.status_code == 400
    else:
        raise AssertionError("no error")


@step
def api_error_catches_everything():
    try:
        client.indexes.retrieve("000000000000000000000000")
    except ApiError as error:
        assert error.status_code == 404 and isinstance(error.headers, dict | type(error.headers))
    else:
        raise AssertionError("no error")


@step
def raw_response_on_the_client():
    raw = client.with_raw_response.analyze(video=VideoContext_Url(url=VIDEO_URL), prompt="x")
    assert raw.headers and raw.data.data


@step
def raw_response_on_a_resource():
    raw = client.indexes.with_raw_response.retrieve(state["index_id"])
    assert raw.headers and raw.data.id == state["index_id"]


@step
def per_call_request_options():
    options = {"timeout_in_seconds": 30, "max_retries": 1, "additional_headers": {"x-trace": "1"}}
    assert client.indexes.retrieve(state["index_id"], request_options=options).id == state["index_id"]


@step
def async_calls():
    async def run():
        aclient = AsyncTwelveLabs(api_key=API_KEY, base_url=BASE_URL)
        index = await aclient.indexes.retrieve(state["index_id"])
        assert index.id == state["index_id"]
        pager = await aclient.indexes.list(page_limit=10)
        names = [i.index_name async for i in pager]
        assert "official-style" in names
        text = ""
        async for event in aclient.analyze_stream(video=VideoContext_Url(url=VIDEO_URL), prompt="x"):
            if event.event_type == "text_generation":
                text += event.text
        assert text
        listed = await aclient.analyze_async.tasks.list()
        assert listed.data is not None

    asyncio.run(run())


@step
def multipart_upload_of_a_large_file():
    import os
    import tempfile

    path = os.path.join(tempfile.mkdtemp(), "long.mp4")
    with open(path, "wb") as handle:
        handle.write(os.urandom(6 * 2**20))  # two of the mock's 5 MiB chunks
    seen = []
    result = client.multipart_upload.upload_file(path, batch_size=1, progress_callback=lambda p: seen.append(p))
    assert result.asset_id and result.asset_url
    assert seen[-1].completed_chunks == seen[-1].total_chunks == 2 and seen[-1].percentage == 100
    assert client.assets.retrieve(result.asset_id).id == result.asset_id
    assert [upload.upload_id for upload in client.multipart_upload.list_incomplete_uploads()] == []


@step
def delete_the_index():
    client.indexes.delete(state["index_id"])
    try:
        client.indexes.retrieve(state["index_id"])
    except NotFoundError:
        pass
    else:
        raise AssertionError("still there")


print(json.dumps(results))
