"""The mock follows its document: a copy of the document with a new enum value, a new required response
field or a whole new resource is served correctly with no change to the mock's code."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml

from tests.document import load_document
from twelvelabs_mock import Clock, MockServer, UnservedOperations, create_app

VIDEO = {"type": "url", "url": "https://cdn.example.com/videos/keynote.mp4"}
JSON = "application/json"


def document() -> dict[str, Any]:
    return copy.deepcopy(load_document())


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def answers(schema: dict[str, Any], description: str = "ok") -> dict[str, Any]:
    return {"description": description, "content": {JSON: {"schema": schema}}}


@pytest.fixture
def serve() -> Iterator[Any]:
    """Start a mock built from a document; fail the test if it answered outside that document."""
    started: list[tuple[MockServer, httpx.Client]] = []

    def start(doc: dict[str, Any]) -> httpx.Client:
        app = create_app(doc, clock=Clock(speed=0.0), self_check=True)
        server = MockServer(app).start()
        http = httpx.Client(base_url=server.base_url, headers={"x-api-key": server.api_key}, timeout=10)
        started.append((server, http))
        return http

    yield start
    for server, http in started:
        http.close()
        server.stop()
        assert server.app.violations == []


def test_a_new_model_name_in_the_enum_is_accepted(serve: Any) -> None:
    doc = document()
    doc["components"]["schemas"]["AnalyzeModelName"]["enum"].append("pegasus2.0")
    doc["components"]["schemas"]["AsyncModelName"]["enum"].append("pegasus2.0")
    doc["components"]["schemas"]["IndexModelModelName"]["enum"].append("pegasus2.0")
    http = serve(doc)
    body = {"model_name": "pegasus2.0", "video": VIDEO, "prompt": "Describe it", "max_tokens": 1024}
    synchronous = http.post("/analyze", json={**body, "stream": False})
    assert synchronous.status_code == 200, synchronous.text
    task = http.post("/analyze/tasks", json=body)
    assert task.status_code == 202, task.text
    index = {"index_name": "new", "models": [{"model_name": "pegasus2.0", "model_options": ["visual"]}]}
    assert http.post("/indexes", json=index).status_code == 201
    unknown = http.post("/analyze", json={**body, "model_name": "pegasus9", "stream": False})
    assert unknown.status_code == 400 and "model_name" in unknown.json()["message"]


def test_a_new_required_response_field_appears_in_every_answer(serve: Any) -> None:
    doc = document()
    asset = doc["components"]["schemas"]["Asset"]
    asset["required"] = [*asset["required"], "region", "archived_at", "checksum"]
    asset["properties"]["region"] = {"type": "string", "enum": ["us-east", "eu-west"]}
    asset["properties"]["archived_at"] = {"type": "string", "format": "date-time"}
    asset["properties"]["checksum"] = {"type": "string", "minLength": 32}
    validator = jsonschema.Draft202012Validator(
        {**ref("Asset"), "components": doc["components"]}, format_checker=jsonschema.FormatChecker()
    )
    http = serve(doc)
    created = http.post("/assets", files={"method": (None, "url"), "url": (None, VIDEO["url"])}).json()
    retrieved = http.get(f"/assets/{created['_id']}").json()
    listed = http.get("/assets").json()["data"][0]
    for answer in (created, retrieved, listed):
        validator.validate(answer)
        assert answer["region"] == "us-east" and len(answer["checksum"]) >= 32
    assert created["checksum"] == retrieved["checksum"], "synthesised values are stable for one resource"


def widgets_document(*, extra_action: bool = False) -> dict[str, Any]:
    """The document plus a `/widgets` resource (and its `/parts`) that no code of the mock knows."""
    doc = document()
    errors = {"400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}
    doc["components"]["schemas"].update(
        {
            "Colour": {"type": "string", "enum": ["red", "blue"]},
            "Widget": {
                "type": "object",
                "required": ["_id", "name", "colour", "created_at", "updated_at"],
                "properties": {
                    "_id": {"type": "string"},
                    "name": {"type": "string"},
                    "colour": ref("Colour"),
                    "size": {"type": "integer", "minimum": 1},
                    "created_at": {"type": "string", "format": "date-time"},
                    "updated_at": {"type": "string", "format": "date-time"},
                },
            },
            "WidgetInput": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "colour": ref("Colour"),
                    "size": {"type": "integer", "minimum": 1},
                },
            },
            "WidgetList": {
                "type": "object",
                "required": ["data", "page_info"],
                "properties": {"data": {"type": "array", "items": ref("Widget")}, "page_info": ref("PageInfo")},
            },
        }
    )
    create_body = {
        "required": True,
        "content": {JSON: {"schema": {"allOf": [ref("WidgetInput")], "required": ["name"]}}},
    }
    page = [{"$ref": "#/components/parameters/Page"}, {"$ref": "#/components/parameters/PageLimit"}]
    colour = {"name": "colour", "in": "query", "schema": ref("Colour")}
    widget_id = {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}
    doc["paths"]["/widgets"] = {
        "post": {
            "operationId": "createWidget",
            "requestBody": create_body,
            "responses": {"201": answers(ref("Widget")), **errors},
        },
        "get": {
            "operationId": "listWidgets",
            "parameters": [*page, colour],
            "responses": {"200": answers(ref("WidgetList"))},
        },
    }
    doc["paths"]["/widgets/{widget_id}"] = {
        "parameters": [widget_id],
        "get": {"operationId": "retrieveWidget", "responses": {"200": answers(ref("Widget")), **errors}},
        "patch": {
            "operationId": "updateWidget",
            "requestBody": {"required": True, "content": {JSON: {"schema": ref("WidgetInput")}}},
            "responses": {"200": answers(ref("Widget")), **errors},
        },
        "delete": {"operationId": "deleteWidget", "responses": {"204": {"description": "gone"}, **errors}},
    }
    part_id = {"name": "part_id", "in": "path", "required": True, "schema": {"type": "string"}}
    doc["paths"]["/widgets/{widget_id}/parts"] = {
        "parameters": [widget_id],
        "post": {
            "operationId": "createPart",
            "requestBody": create_body,
            "responses": {"201": answers(ref("Widget")), **errors},
        },
        "get": {"operationId": "listParts", "responses": {"200": answers(ref("WidgetList")), **errors}},
    }
    doc["paths"]["/widgets/{widget_id}/parts/{part_id}"] = {
        "parameters": [widget_id, part_id],
        "get": {"operationId": "retrievePart", "responses": {"200": answers(ref("Widget")), **errors}},
    }
    if extra_action:
        doc["paths"]["/widgets/{widget_id}/polish"] = {
            "parameters": [widget_id],
            "post": {"operationId": "polishWidget", "responses": {"200": answers(ref("Widget"))}},
        }
    return doc


def test_a_new_crud_resource_is_served_statefully(serve: Any) -> None:
    http = serve(widgets_document())
    red = http.post("/widgets", json={"name": "gear", "size": 3})
    assert red.status_code == 201, red.text
    assert (red.json()["name"], red.json()["colour"], red.json()["size"]) == ("gear", "red", 3)
    blue = http.post("/widgets", json={"name": "cog", "colour": "blue"}).json()
    assert blue["_id"] != red.json()["_id"]
    assert http.get(f"/widgets/{blue['_id']}").json() == blue
    assert [w["_id"] for w in http.get("/widgets", params={"colour": "blue"}).json()["data"]] == [blue["_id"]]
    page = http.get("/widgets", params={"page": 2, "page_limit": 1}).json()
    assert [w["name"] for w in page["data"]] == ["gear"], "newest first"
    assert page["page_info"] == {"page": 2, "limit_per_page": 1, "total_page": 2, "total_results": 2}
    updated = http.patch(f"/widgets/{blue['_id']}", json={"name": "sprocket"}).json()
    assert (updated["name"], updated["colour"]) == ("sprocket", "blue")
    assert http.post("/widgets", json={"colour": "red"}).json()["code"] == "parameter_not_provided"
    assert http.post("/widgets", json={"name": "x", "colour": "green"}).json()["code"] == "parameter_invalid"

    part = http.post(f"/widgets/{blue['_id']}/parts", json={"name": "tooth"}).json()
    assert http.get(f"/widgets/{blue['_id']}/parts/{part['_id']}").json()["name"] == "tooth"
    assert http.get(f"/widgets/{red.json()['_id']}/parts/{part['_id']}").status_code == 404, "scoped to its parent"
    assert http.get(f"/widgets/{red.json()['_id']}/parts").json()["data"] == []

    assert http.delete(f"/widgets/{blue['_id']}").status_code == 204
    gone = http.get(f"/widgets/{blue['_id']}")
    assert (gone.status_code, gone.json()["code"]) == (404, "resource_not_exist")
    assert http.get(f"/widgets/{blue['_id']}/parts").status_code == 404, "children go with their parent"


def test_an_operation_nothing_can_serve_stops_start_up(tmp_path: Path) -> None:
    with pytest.raises(UnservedOperations, match=r"POST /widgets/\{widget_id\}/polish \(polishWidget\)"):
        create_app(widgets_document(extra_action=True))
    path = tmp_path / "document.yaml"
    path.write_text(yaml.safe_dump(widgets_document(extra_action=True)))
    command = [sys.executable, "-m", "twelvelabs_mock", "--port", "0", "--document", str(path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and "polishWidget" in result.stderr
