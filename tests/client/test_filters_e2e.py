"""Every list filter of the original operations, and the response fields that depend on the request, end
to end against the document-driven mock over loopback HTTP: each filter keeps some records and drops
others. Through the client where it already encodes the parameter, else over raw HTTP (deepObject)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.client.conftest import KEY
from twelvelabs_api.models import Metadata
from twelvelabs_api.types import Unset
from twelvelabs_client import BadRequestError, TwelveLabs
from twelvelabs_client.indexes import IndexesCreateRequestModelsItem
from twelvelabs_client.types import VideoContext_Url
from twelvelabs_mock import MockServer

CDN = "https://cdn.example.com/videos/"
# The mock derives a video's duration, size and frame format from its URL: these three differ in each.
KEYNOTE, LAUNCH, INTRO = (CDN + name for name in ("keynote.mp4", "launch.mp4", "intro.mp4"))


@pytest.fixture
def http(mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock.base_url, headers={"x-api-key": KEY}) as raw:
        yield raw


def ids(answer: httpx.Response) -> list[str]:
    assert answer.status_code == 200, answer.text
    return [item["_id"] for item in answer.json()["data"]]


def an_index(client: TwelveLabs, name: str, model: str = "pegasus1.2", options: tuple[str, ...] = ("visual",)) -> str:
    models = [IndexesCreateRequestModelsItem(model_name=model, model_options=list(options))]  # type: ignore[arg-type]
    return str(client.indexes.create(index_name=name, models=models).id)


def test_analysis_tasks_by_exact_video_url(client: TwelveLabs) -> None:
    tasks = client.analyze_async.tasks
    exact = tasks.create(video=VideoContext_Url(url=KEYNOTE), prompt="Describe")
    longer = tasks.create(video=VideoContext_Url(url=KEYNOTE + "?version=2"), prompt="Describe")
    other = tasks.create(video=VideoContext_Url(url=LAUNCH), prompt="Describe")
    assert [t.task_id for t in tasks.list(video_url=KEYNOTE)] == [exact.task_id], "exact, not a part"
    assert [t.task_id for t in tasks.list(video_url=LAUNCH)] == [other.task_id]
    assert len(list(tasks.list())) == 3 and longer.task_id


def test_analysis_task_answers_its_request_params(client: TwelveLabs, http: httpx.Client) -> None:
    created = client.analyze_async.tasks.create(
        video=VideoContext_Url(url=KEYNOTE), prompt="List the products", temperature=0.4, max_tokens=1024
    )
    body = http.get(f"/analyze/tasks/{created.task_id}").json()
    assert body["request_params"] == {"prompt": "List the products", "temperature": 0.4, "max_tokens": 1024}
    assert "batch_id" not in body and "webhooks" not in body, "neither a batch's task nor webhooks configured"
    task = client.analyze_async.tasks.retrieve(created.task_id)
    assert not isinstance(task.request_params, Unset) and task.request_params.prompt == "List the products"


def test_assets_by_ids_and_types_and_their_fields(client: TwelveLabs, http: httpx.Client) -> None:
    video = client.assets.create(method="url", url=KEYNOTE, user_metadata='{"speakers": ["Ada", "Alan"]}')
    image = client.assets.create(method="url", url="https://cdn.example.com/photos/stage.jpg")
    audio = client.assets.create(method="url", url="https://cdn.example.com/audio/talk.mp3", enable_hls=False)
    document = client.assets.create(method="url", url="https://cdn.example.com/docs/notes.pdf")
    assert [video.file_type, image.file_type, audio.file_type] == ["video/mp4", "image/jpeg", "audio/mpeg"]
    assert document.file_type == "application/pdf"

    assert [a.id for a in client.assets.list(asset_ids=[video.id, document.id])] == [document.id, video.id]
    assert [a.id for a in client.assets.list(asset_ids=[image.id])] == [image.id]
    assert [a.id for a in client.assets.list(asset_types=["image", "document"])] == [document.id, image.id]
    assert [a.id for a in client.assets.list(asset_types=["video"])] == [video.id]
    assert [a.id for a in client.assets.list(asset_types=["audio"], asset_ids=[video.id])] == []
    assert http.get("/assets", params={"asset_types": "spreadsheet"}).status_code == 400, "not an asset kind"

    shown = http.get(f"/assets/{video.id}").json()
    assert "url" not in shown, "the API does not answer with the asset's URL"
    assert shown["user_metadata"] == {"speakers": ["Ada", "Alan"]}, "sent as JSON text, answered as an object"
    assert shown["hls"]["status"] == "ready" and shown["thumbnail"]["representative_url"]
    technical = shown["technical_metadata"]
    assert (technical["file_mime_type"], technical["video_duration_seconds"]) == ("video/mp4", shown["duration"])
    sound = http.get(f"/assets/{audio.id}").json()
    assert "hls" not in sound and "thumbnail" in sound, "enable_hls=false asked for no stream"
    assert "duration" not in http.get(f"/assets/{image.id}").json(), "an image has no duration"
    assert "user_metadata" not in sound, "absent when none was set"


def test_assets_status_filter_is_gone(http: httpx.Client) -> None:
    # Not a filter of the API: the parameter is not documented and so filters nothing.
    assert http.post("/assets", files={"method": (None, "url"), "url": (None, KEYNOTE)}).status_code == 201
    assert len(ids(http.get("/assets", params={"status": "failed"}))) == 1


def test_indexes_by_model_options_and_times(client: TwelveLabs, mock: MockServer) -> None:
    both = an_index(client, "both", "marengo3.0", ("visual", "audio"))
    mock.control.advance(10)
    visual = an_index(client, "visual", "pegasus1.2", ("visual",))
    indexes = client.indexes
    assert [i.id for i in indexes.list(model_options="visual")] == [visual, both]
    assert [i.id for i in indexes.list(model_options="visual,audio")] == [both], "every option given"
    assert [i.id for i in indexes.list(model_options="audio")] == [both]
    assert [i.id for i in indexes.list(model_family="pegasus")] == [visual], "a model of that family"
    assert [i.id for i in indexes.list(model_family="marengo")] == [both]

    first, second = (indexes.retrieve(i) for i in (both, visual))
    assert [i.id for i in indexes.list(created_at=str(second.created_at.isoformat()))] == [visual], "on or after"
    assert [i.id for i in indexes.list(created_at="2000-01-01T00:00:00Z")] == [visual, both]
    mock.control.advance(10)
    indexes.update(both, index_name="both-renamed")
    renamed = indexes.retrieve(both).updated_at.isoformat()
    assert [i.id for i in indexes.list(updated_at=renamed)] == [both]
    assert [i.id for i in indexes.list(updated_at=str(first.updated_at.isoformat()))] == [visual, both]
    with pytest.raises(BadRequestError, match="created_at"):
        list(indexes.list(created_at="yesterday"))


@pytest.fixture
def library(client: TwelveLabs, mock: MockServer) -> dict[str, Any]:
    """An index with a ready video (keynote), then an indexing one (launch) and a pending one (intro)."""
    index = an_index(client, "library", "marengo3.0", ("visual", "audio"))
    assets = [client.assets.create(method="url", url=url).id for url in (KEYNOTE, LAUNCH, INTRO)]
    found: dict[str, Any] = {"index": index}
    meta = [
        {"category": "keynote", "year": 2026, "speakers": ["Ada", "Alan"], "reviewed": True},
        {"category": "launch", "year": 2025},
        {},
    ]
    for name, asset, pairs, wait in zip(("keynote", "launch", "intro"), assets, meta, (5, 1, 0), strict=True):
        made = client.indexes.indexed_assets.create(index, asset_id=asset, user_metadata=Metadata.from_dict(pairs))
        found[name] = made.id
        mock.control.advance(wait)
    found["shown"] = {
        name: client.indexes.indexed_assets.retrieve(index, found[name]) for name in ("keynote", "launch", "intro")
    }
    return found


def test_indexed_assets_by_status_and_filename(client: TwelveLabs, library: dict[str, Any]) -> None:
    index, listed = library["index"], client.indexes.indexed_assets.list
    assert [v.status for v in library["shown"].values()] == ["ready", "indexing", "pending"]
    assert [v.id for v in listed(index, status=["ready"])] == [library["keynote"]]
    assert [v.id for v in listed(index, status=["pending", "ready"])] == [library["intro"], library["keynote"]]
    assert list(listed(index, status=["failed"])) == []
    assert [v.id for v in listed(index, filename="LAUNCH")] == [library["launch"]]


def test_indexed_assets_by_ranges_over_deep_object_keys(http: httpx.Client, library: dict[str, Any]) -> None:
    path = f"/indexes/{library['index']}/indexed-assets"
    meta = {name: video.system_metadata for name, video in library["shown"].items()}
    keynote, launch, intro = library["keynote"], library["launch"], library["intro"]
    assert meta["keynote"].duration > meta["launch"].duration > meta["intro"].duration
    assert ids(http.get(path, params={"duration[gte]": meta["launch"].duration})) == [launch, keynote]
    assert ids(http.get(path, params={"duration[lte]": meta["launch"].duration - 0.1})) == [intro]
    exact = {"duration[gte]": meta["keynote"].duration, "duration[lte]": meta["keynote"].duration}
    assert ids(http.get(path, params=exact)) == [keynote], "both bounds the same: an exact value"
    assert (meta["keynote"].width, meta["launch"].width, meta["intro"].width) == (1280, 1920, 3840)
    assert ids(http.get(path, params={"width[gte]": 1281, "width[lte]": 3000})) == [launch]
    assert ids(http.get(path, params={"height[gte]": 1080})) == [intro, launch]
    assert ids(http.get(path, params={"fps[lte]": 30})) == [launch, keynote]
    assert ids(http.get(path, params={"size[gte]": meta["keynote"].size})) == [keynote]
    assert ids(http.get(path, params={"size[lte]": meta["intro"].size, "fps[gte]": 60})) == [intro]

    bad = http.get(path, params={"duration[gte]": "long"})
    assert (bad.status_code, bad.json()["code"]) == (400, "parameter_invalid")
    unknown = http.get(path, params={"duration[over]": 5})
    assert (unknown.status_code, unknown.json()["code"]) == (400, "parameter_unknown")


def test_indexed_assets_by_times_and_user_metadata(
    client: TwelveLabs, http: httpx.Client, mock: MockServer, library: dict[str, Any]
) -> None:
    index, path = library["index"], f"/indexes/{library['index']}/indexed-assets"
    keynote, launch, intro = library["keynote"], library["launch"], library["intro"]
    since = library["shown"]["launch"].created_at.isoformat()
    assert ids(http.get(path, params={"created_at": since})) == [intro, launch]
    mock.control.advance(60)  # everything is indexed; then one update
    client.indexes.indexed_assets.update(index, launch, user_metadata=Metadata.from_dict({"category": "launch"}))
    updated = client.indexes.indexed_assets.retrieve(index, launch).updated_at.isoformat()
    assert ids(http.get(path, params={"updated_at": updated})) == [launch]

    def having(**pairs: str) -> list[str]:
        return ids(http.get(path, params={f"user_metadata[{key}]": value for key, value in pairs.items()}))

    assert having(category="keynote") == [keynote]
    assert having(year="2026") == [keynote] and having(year="2025") == [], "the update replaced launch's year"
    assert having(speakers="Alan") == [keynote], "a list of strings holds the value"
    assert having(reviewed="true") == [keynote] and having(reviewed="false") == []
    assert having(category="keynote", year="2025") == []
    assert having(category="launch") == [launch]


def test_indexed_asset_embedding_transcription_and_hls_when_asked(
    client: TwelveLabs, http: httpx.Client, library: dict[str, Any]
) -> None:
    path = f"/indexes/{library['index']}/indexed-assets/{library['keynote']}"
    plain = http.get(path).json()
    assert "embedding" not in plain and "transcription" not in plain and plain["hls"]["video_url"]
    asked = http.get(
        path, params=[("embedding_option", "visual"), ("embedding_option", "audio"), ("transcription", "true")]
    )
    body = asked.json()
    assert body["embedding"]["video_embedding"]["segments"] and body["transcription"][0]["value"]
    assert "transcription" not in http.get(path, params={"transcription": "false"}).json()
    video = client.indexes.indexed_assets.retrieve(library["index"], library["keynote"], embedding_option=["visual"])
    assert not isinstance(video.embedding, Unset) and isinstance(video.transcription, Unset)

    asset = client.assets.create(method="url", url=CDN + "nostream.mp4").id
    quiet = client.indexes.indexed_assets.create(library["index"], asset_id=asset, enable_video_stream=False)
    assert "hls" not in http.get(f"/indexes/{library['index']}/indexed-assets/{quiet.id}").json()


def test_indexing_tasks_by_every_filter(client: TwelveLabs, http: httpx.Client, mock: MockServer) -> None:
    index = an_index(client, "tasks")
    first = client.tasks.create(index_id=index, video_url=KEYNOTE).id
    mock.control.advance(5)
    second = client.tasks.create(index_id=index, video_url=INTRO).id
    shown = {task: client.tasks.retrieve(task) for task in (first, second)}
    tasks = client.tasks.list
    assert [shown[first].status, shown[second].status] == ["ready", "pending"]
    assert [t.id for t in tasks(status=["ready", "indexing"])] == [first]
    assert [t.id for t in tasks(status=["ready", "pending"])] == [second, first]
    assert [t.id for t in tasks(filename="intro")] == [second]
    first_meta = shown[first].system_metadata
    assert [t.id for t in tasks(duration=first_meta.duration)] == [first]
    assert [t.id for t in tasks(width=3840)] == [second] and [t.id for t in tasks(height=720)] == [first]
    assert list(tasks(width=1920)) == []
    assert [t.id for t in tasks(created_at=shown[second].created_at.isoformat())] == [second]
    assert [t.id for t in tasks(updated_at=shown[second].created_at.isoformat())] == [second], "first ended earlier"

    body = http.get(f"/tasks/{first}").json()
    assert body["hls"]["status"] == "COMPLETE", "a task answers its video's stream"
    assert all("hls" not in item for item in http.get("/tasks").json()["data"]), "list items have no hls"


def test_range_and_metadata_filters_through_the_client(client: TwelveLabs, library: dict[str, Any]) -> None:
    from twelvelabs_api.models import MetadataFilter, RangeFilter

    index, listed = library["index"], client.indexes.indexed_assets.list
    launch = library["shown"]["launch"].system_metadata
    ranged = listed(index, duration=RangeFilter(gte=launch.duration))
    assert [v.id for v in ranged] == [library["launch"], library["keynote"]]
    exact = listed(index, width=RangeFilter(gte=1920, lte=1920))
    assert [v.id for v in exact] == [library["launch"]]
    tagged = listed(index, user_metadata=MetadataFilter.from_dict({"category": "keynote"}))
    assert [v.id for v in tagged] == [library["keynote"]]
