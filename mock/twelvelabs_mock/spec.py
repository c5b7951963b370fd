"""The OpenAPI document as the mock reads it: operations, their parameters and compiled body validators."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .keywords import Validator

DOCUMENT_NAME = "twelvelabs-v1.3.yaml"
BASE_PATH = "/v1.3"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def document_path() -> Path:
    """The packaged copy in an installed wheel, else the repository's `openapi/` folder."""
    packaged = resources.files("twelvelabs_mock") / "spec" / DOCUMENT_NAME
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "openapi" / DOCUMENT_NAME


@functools.cache
def load_document(path: Path | None = None) -> dict[str, Any]:
    with (path or document_path()).open("rb") as handle:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document: dict[str, Any] = yaml.load(handle, Loader=loader)
    return document


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query or header
    required: bool
    schema: dict[str, Any]
    validator: jsonschema.Draft202012Validator
    style: str = "form"  # deepObject: an object sent as `name[key]=value`
    filter: dict[str, Any] = field(default_factory=dict)  # `x-mock-filter`: how a list filter compares


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    path_names: tuple[str, ...]  # the path parameters, in order
    parameters: tuple[Parameter, ...]
    body_media_type: str | None
    body_required: bool
    body_schema: dict[str, Any] | None
    body_validator: jsonschema.Draft202012Validator | None
    responses: dict[str, Any] = field(repr=False)
    success_status: int = 200
    success_media: str | None = None  # None: no body (204)
    success_schema: dict[str, Any] | None = field(default=None, repr=False)
    extensions: dict[str, Any] = field(default_factory=dict)  # its `x-mock-*` keys (docs/mock.md), `x-fern-streaming`
    stream_validator: jsonschema.Draft202012Validator | None = None  # the events of `x-fern-streaming`, if any


class Spec:
    """Everything the mock needs from the document, compiled once at start-up."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.components = document["components"]
        self.operations: list[Operation] = []
        for path, item in document["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    shared = item.get("parameters", [])
                    self.operations.append(self._compile(method.upper(), path, item[method], shared))
        self.by_id = {op.operation_id: op for op in self.operations}

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def validator(self, schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
        rooted = {**schema, "components": self.components}
        validator: jsonschema.Draft202012Validator = Validator(rooted, format_checker=Validator.FORMAT_CHECKER)
        return validator

    def _compile(self, method: str, path: str, raw: dict[str, Any], shared: list[dict[str, Any]]) -> Operation:
        # `{index-id}` is not a valid regex group name: the groups are positional, in `path_names` order.
        pattern = re.compile("^" + "([^/]+)".join(map(re.escape, re.split(r"\{[^}]+\}", path))) + "$")
        body = self.resolve(raw.get("requestBody", {}))
        media_type, media = next(iter(body.get("content", {}).items()), (None, None))
        status, success = next(((int(k), v) for k, v in raw["responses"].items() if k.startswith("2")), (200, {}))
        content: dict[str, Any] = self.resolve(success).get("content", {})
        success_media: str | None = next(iter(content), None)
        success_schema = content[success_media].get("schema") if success_media else None
        stream = raw.get("x-fern-streaming")  # its events, framed as `engine.event_stream` does
        return Operation(
            success_status=status,
            success_media=success_media,
            success_schema=success_schema,
            operation_id=raw["operationId"],
            method=method,
            path=path,
            pattern=pattern,
            path_names=tuple(re.findall(r"\{([^}]+)\}", path)),
            parameters=tuple(self._parameter(self.resolve(node)) for node in [*shared, *raw.get("parameters", [])]),
            body_media_type=media_type,
            body_required=bool(body.get("required", False)),
            body_schema=self.resolve(media["schema"]) if media else None,
            body_validator=self.validator(media["schema"]) if media else None,
            responses=raw["responses"],
            stream_validator=self.validator(stream["response-stream"] if stream is not True else success_schema or {})
            if stream
            else None,
            extensions={key: value for key, value in raw.items() if key.startswith(("x-mock-", "x-fern-streaming"))},
        )

    def _parameter(self, raw: dict[str, Any]) -> Parameter:
        return Parameter(
            name=raw["name"],
            location=raw["in"],
            required=bool(raw.get("required", False)),
            schema=raw["schema"],
            validator=self.validator(raw["schema"]),
            style=raw.get("style", "form"),
            filter=raw.get("x-mock-filter", {}),
        )

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """The operation for a request path (without the base path), its path parameters, and the
        methods the path allows (for a 405)."""
        found = [(op, hit) for op in self.operations if (hit := op.pattern.match(path)) is not None]
        # A literal segment wins over a parameter: `/entities/bulk` is not the entity named "bulk".
        fewest = min((len(op.path_names) for op, _ in found), default=0)
        found = [(op, hit) for op, hit in found if len(op.path_names) == fewest]
        allowed = [op.method for op, _ in found]
        for operation, hit in found:
            if operation.method == method:
                return operation, dict(zip(operation.path_names, hit.groups(), strict=True)), allowed
        return None, {}, allowed


@functools.cache
def default_spec() -> Spec:
    return Spec(load_document())
