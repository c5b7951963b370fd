"""The maintainer's drill: an API change is made in a copy of the document and nowhere else, `make
generate`'s tool runs on the copy, and the change works end to end: the sync and async clients (the
regenerated facade over the unchanged wrapper), the mock (the unchanged mock package reading the copy)
and the unchanged CLI.

The change: a new model name in an enum, a new required field in a response, and a new resource with
five operations and their SDK names."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from twelvelabs_mock import Clock, MockServer, create_app

ROOT = Path(__file__).resolve().parent.parent
KEY = "tlk_drill_key"
NEW_MODEL = "pegasus9.9"

NEW_RESOURCE = """
  /playlists:
    post:
      operationId: createPlaylist
      x-fern-sdk-group-name: playlists
      x-fern-sdk-method-name: create
      summary: Create a playlist
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/CreatePlaylistRequest"}
            example: {name: Speakers}
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Playlist"}
              example: {_id: 6772a1b0c9e8f3d2a1b4c5d6, name: Speakers, created_at: "2026-11-20T10:15:00Z"}
        "400": {$ref: "#/components/responses/BadRequest"}
        "401": {$ref: "#/components/responses/Unauthorized"}
    get:
      operationId: listPlaylists
      x-fern-sdk-group-name: playlists
      x-fern-sdk-method-name: list
      x-fern-pagination: {offset: $request.page, results: $response.data}
      summary: List playlists
      parameters:
        - {name: page, in: query, schema: {type: integer, minimum: 1}}
        - {name: page_limit, in: query, schema: {type: integer, minimum: 1, maximum: 50}}
        - {name: name, in: query, schema: {type: string}}
      responses:
        "200":
          description: One page.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/PlaylistList"}
              example: {data: [], page_info: {page: 1, limit_per_page: 10, total_page: 0, total_results: 0}}
        "400": {$ref: "#/components/responses/BadRequest"}
        "401": {$ref: "#/components/responses/Unauthorized"}
  /playlists/{playlist_id}:
    parameters:
      - {name: playlist_id, in: path, required: true, schema: {type: string}}
    get:
      operationId: retrievePlaylist
      x-fern-sdk-group-name: playlists
      x-fern-sdk-method-name: retrieve
      summary: Retrieve a playlist
      responses:
        "200":
          description: The collection.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Playlist"}
              example: {_id: 6772a1b0c9e8f3d2a1b4c5d6, name: Speakers, created_at: "2026-11-20T10:15:00Z"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
    patch:
      operationId: updatePlaylist
      x-fern-sdk-group-name: playlists
      x-fern-sdk-method-name: update
      summary: Rename a playlist
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/CreatePlaylistRequest"}
            example: {name: Hosts}
      responses:
        "200":
          description: The updated collection.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Playlist"}
              example: {_id: 6772a1b0c9e8f3d2a1b4c5d6, name: Hosts, created_at: "2026-11-20T10:15:00Z"}
        "400": {$ref: "#/components/responses/BadRequest"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
    delete:
      operationId: deletePlaylist
      x-fern-sdk-group-name: playlists
      x-fern-sdk-method-name: delete
      summary: Delete a playlist
      responses:
        "204": {description: Deleted.}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
"""

NEW_SCHEMAS = """
    CreatePlaylistRequest:
      type: object
      required: [name]
      additionalProperties: false
      properties:
        name: {type: string, minLength: 1, maxLength: 100}
    Playlist:
      type: object
      required: [_id, name, created_at]
      properties:
        _id: {type: string}
        name: {type: string}
        created_at: {type: string, format: date-time}
    PlaylistList:
      type: object
      required: [data]
      properties:
        data: {type: array, items: {$ref: "#/components/schemas/Playlist"}}
        page_info: {$ref: "#/components/schemas/PageInfo"}
"""


def changed_document(text: str) -> str:
    """The API change, made by editing the document's text as a maintainer would."""
    enum = "enum: [pegasus1.2, pegasus1.5, pegasus1.6]"
    assert enum in text
    text = text.replace(enum, f"enum: [pegasus1.2, pegasus1.5, pegasus1.6, {NEW_MODEL}]", 1)
    asset = "    Asset:\n      type: object\n      required: [_id, status]\n      properties:\n"
    assert asset in text
    text = text.replace(
        asset,
        asset.replace("[_id, status]", "[_id, status, region]")
        + "        region: {type: string, enum: [us-east-1, eu-west-1], description: Where the asset is stored.}\n",
    )
    text = text.replace("\npaths:\n", "\npaths:" + NEW_RESOURCE, 1)  # the new resource's paths come first
    return text.replace("\n  schemas:\n", "\n  schemas:\n" + NEW_SCHEMAS, 1)


@pytest.fixture(scope="module")
def drill(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the generation inputs with the changed document, regenerated."""
    root = tmp_path_factory.mktemp("drill")
    for name in ("openapi", "generator-templates", "tools"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "generator-config.yml", root / "generator-config.yml")
    document = root / "openapi" / "twelvelabs-v1.3.yaml"
    document.write_text(changed_document(document.read_text()))
    result = subprocess.run(
        [sys.executable, str(root / "tools" / "generate.py"), "--root", str(root)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="module")
def mock(drill: Path) -> Iterator[MockServer]:
    document = yaml.safe_load((drill / "openapi" / "twelvelabs-v1.3.yaml").read_text())
    app = create_app(api_key=KEY, clock=Clock(speed=0.0), document=document, self_check=True)
    with MockServer(app) as server:
        yield server
    assert not app.violations, app.violations


def run_with_regenerated(drill: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run with the regenerated `twelvelabs_api` ahead of the repository's; the wrapper is the repository's."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(drill / "generated"), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, env=env)


PROGRAM = """
import asyncio, sys
from twelvelabs_client import AsyncTwelveLabs, NotFoundError, TwelveLabs
from twelvelabs_client.types import VideoContext_Url

base_url, key, new_model = sys.argv[1:4]
video = VideoContext_Url(url="https://cdn.example.com/videos/keynote.mp4")

with TwelveLabs(api_key=key, base_url=base_url) as client:
    created = client.playlists.create(name="Speakers")
    assert client.playlists.retrieve(created.id).name == "Speakers"
    client.playlists.update(created.id, name="Hosts")
    assert [c.name for c in client.playlists.list()] == ["Hosts"]
    client.playlists.delete(created.id)
    try:
        client.playlists.retrieve(created.id)
        raise SystemExit("a deleted collection was found")
    except NotFoundError:
        pass
    asset = client.assets.create(method="url", url=video.url)
    assert asset.region in ("us-east-1", "eu-west-1"), asset.region
    assert client.assets.retrieve(asset.id).region == asset.region
    answer = client.analyze(video=video, prompt="Describe", model_name=new_model)
    assert answer.data


async def main() -> None:
    async with AsyncTwelveLabs(api_key=key, base_url=base_url) as client:
        created = await client.playlists.create(name="Guests")
        names = [c.name async for c in client.playlists.list(name="Guests")]
        assert names == ["Guests"], names
        assert (await client.playlists.retrieve(created.id)).id == created.id
        stream = await client.analyze_stream(video=video, prompt="Describe", model_name=new_model)
        assert (await stream.get_final_text())


asyncio.run(main())
print("drill passed")
"""


def test_the_regenerated_facade_has_the_new_resource_and_types(drill: Path) -> None:
    source = (drill / "generated" / "twelvelabs_client" / "playlists.py").read_text()
    for method in ("def create(", "def retrieve(", "def update(", "def delete("):
        assert source.count(method) == 4, f"{method}: sync, async and their with_raw_response twins"
    assert source.count("def list(") == 2, "list: sync and async pagers"
    model_names = (drill / "generated" / "twelvelabs_api" / "models" / "analyze_model_name.py").read_text()
    assert NEW_MODEL in model_names
    assert "region" in (drill / "generated" / "twelvelabs_api" / "models" / "asset.py").read_text()


def test_sync_and_async_clients_and_the_mock_serve_the_change(drill: Path, mock: MockServer) -> None:
    result = run_with_regenerated(drill, sys.executable, "-c", textwrap.dedent(PROGRAM), mock.base_url, KEY, NEW_MODEL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "drill passed" in result.stdout


def test_the_cli_is_untouched_and_works(drill: Path, mock: MockServer) -> None:
    cli = Path(sys.executable).parent / "twelvelabs-openapi"
    args = ["--api-key", KEY, "--base-url", mock.base_url, "analyze", "Describe", "--url", "https://x.example/v.mp4"]
    result = run_with_regenerated(drill, str(cli), *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
