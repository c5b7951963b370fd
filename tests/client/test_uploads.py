"""Uploads: paths, Path, bytes and file objects, streamed; a retried upload sends the whole file again."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import httpx
import pytest

from tests.client.conftest import Recorder, json_response
from twelvelabs_client import APITimeoutError, InvalidRequestError

ASSET = {"_id": "a1", "status": "processing", "method": "direct"}


def part(body: bytes, name: str) -> bytes:
    """The bytes of one multipart part, by its name."""
    marker = f'name="{name}"'.encode()
    start = body.index(marker)
    data_start = body.index(b"\r\n\r\n", start) + 4
    return body[data_start : body.index(b"\r\n--", data_start)]


@pytest.mark.parametrize("kind", ["str", "path", "bytes", "tuple", "file"])
def test_each_kind_of_file_input(tmp_path: Path, kind: str) -> None:
    payload = bytes(range(256)) * 100
    file_path = tmp_path / "clip.mp4"
    file_path.write_bytes(payload)
    value = {
        "str": str(file_path),
        "path": file_path,
        "bytes": ("clip.mp4", payload),
        "tuple": ("clip.mp4", payload, "video/mp4"),
        "file": file_path.open("rb"),
    }[kind]
    recorder = Recorder(json_response(201, ASSET))
    recorder.client().assets.create(method="direct", file=value, enable_hls=True)  # type: ignore[arg-type]
    body = recorder.bodies[0]
    assert part(body, "file") == payload
    assert b'filename="clip.mp4"' in body and b"Content-Type: video/mp4" in body
    content_type = recorder.requests[0].headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=") and "boundary=+++" not in content_type
    assert part(body, "enable_hls") == b"true", "booleans go out as true/false"


def test_a_retried_upload_sends_the_whole_file_again(tmp_path: Path) -> None:
    payload = b"\x00video-bytes\xff" * 50_000
    file_path = tmp_path / "big.mp4"
    file_path.write_bytes(payload)
    recorder = Recorder(json_response(503, {}), json_response(429, {}), json_response(201, ASSET))
    with file_path.open("rb") as handle:
        recorder.client().assets.create(method="direct", file=handle)
    sent = [hashlib.sha256(part(body, "file")).hexdigest() for body in recorder.bodies]
    assert sent == [hashlib.sha256(payload).hexdigest()] * 3


def test_path_uploads_are_streamed_not_read_whole(tmp_path: Path) -> None:
    file_path = tmp_path / "v.mp4"
    file_path.write_bytes(b"x" * 1024)
    recorder = Recorder(json_response(201, ASSET))
    client = recorder.client()
    built: list[object] = []
    original = client._sender.build_request

    def spy(*args: object, **kwargs: object) -> httpx.Request:
        request = original(*args, **kwargs)  # type: ignore[arg-type]
        built.append(request.stream)
        return request

    client._sender.build_request = spy  # type: ignore[method-assign]
    client.assets.create(method="direct", file=file_path)
    assert type(built[0]).__name__ == "MultipartStream", "httpx streams the open file in chunks"


def test_bad_upload_input_fails_before_any_request(tmp_path: Path) -> None:
    recorder = Recorder(json_response(201, ASSET))
    client = recorder.client()
    with pytest.raises(InvalidRequestError, match="no file at"):
        client.assets.create(method="direct", file=tmp_path / "missing.mp4")
    with pytest.raises(InvalidRequestError, match="text mode"):
        client.assets.create(method="direct", file=io.StringIO("not bytes"))
    with pytest.raises(InvalidRequestError, match="no file at"):
        client.assets.create(method="direct", file=tmp_path)  # a directory
    with pytest.raises(InvalidRequestError, match="a file tuple is"):
        client.assets.create(method="direct", file=("only-a-name",))  # type: ignore[arg-type]
    assert recorder.requests == []


def test_nothing_the_caller_left_out_is_sent() -> None:
    recorder = Recorder(json_response(201, ASSET))
    recorder.client().assets.create(method="url", url="https://x.example/v.mp4")
    assert b'name="enable_hls"' not in recorder.bodies[0] and b'name="file"' not in recorder.bodies[0]


def test_user_metadata_travels_as_a_json_string() -> None:
    recorder = Recorder(json_response(201, ASSET))
    recorder.client().assets.create(method="url", url="https://x.example/v.mp4", user_metadata={"team": "video"})
    assert part(recorder.bodies[0], "user_metadata") == b'{"team": "video"}'


def test_an_upload_whose_answer_timed_out_is_not_sent_again(tmp_path: Path) -> None:
    recorder = Recorder(httpx.ReadTimeout("lost"), json_response(201, ASSET))
    with pytest.raises(APITimeoutError, match="Not retried"):
        recorder.client().assets.create(method="direct", file=b"video-bytes")
    assert len(recorder.requests) == 1, "the API may have created the asset: no second upload"
