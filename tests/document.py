"""Reading the OpenAPI document in tests: the operations, their examples, and schema validators."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT_PATH = ROOT / "openapi" / "twelvelabs-v1.3.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def load_document() -> dict[str, Any]:
    with DOCUMENT_PATH.open() as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (one level at a time) to the node it names."""
    document = load_document()
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A validator for `schema` in which `#/components/...` references resolve against the document."""
    rooted = {**schema, "components": load_document()["components"]}
    return jsonschema.Draft202012Validator(rooted, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@dataclass(frozen=True)
class Example:
    """One example in the document, with the schema it must satisfy."""

    where: str
    schema: dict[str, Any]
    value: Any
    media_type: str | None


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in load_document()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def examples() -> Iterator[Example]:
    """Every request, response and parameter example of every operation, and every webhook payload's example."""
    for method, path, operation in operations():
        label = f"{method} {path}"
        body = operation.get("requestBody")
        if body:
            for media_type, media in resolve(body)["content"].items():
                yield Example(f"{label} request {media_type}", media["schema"], media.get("example"), media_type)
        for status, response in operation["responses"].items():
            for media_type, media in resolve(response).get("content", {}).items():
                yield Example(f"{label} {status} {media_type}", media["schema"], media.get("example"), media_type)
                if media_type == "text/event-stream":  # the example event's data, against its contentSchema
                    data = resolve(media["schema"])["properties"]["data"]
                    content = data.get("contentSchema") or data["else"]["contentSchema"]
                    event = json.loads(media["example"]["data"])
                    yield Example(f"{label} {status} {media_type} data", content, event, "application/json")
        path_parameters = load_document()["paths"][path].get("parameters", [])
        for parameter in [*path_parameters, *operation.get("parameters", [])]:
            parameter = resolve(parameter)
            yield Example(f"{label} parameter {parameter['name']}", parameter["schema"], parameter.get("example"), None)
    for name, webhook in load_document().get("webhooks", {}).items():  # what the platform sends, not an operation
        for media_type, media in webhook["post"]["requestBody"]["content"].items():
            yield Example(f"webhook {name} {media_type}", media["schema"], media.get("example"), media_type)
