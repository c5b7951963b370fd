"""schemathesis hooks: check NDJSON analysis streams and JSON Lines answers line by line (schemathesis skips
both media types itself)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import schemathesis
import yaml

NDJSON = "application/x-ndjson"
JSONL = "application/jsonl"
_DOCUMENT = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "twelvelabs-v1.3.yaml").read_text())


def _event_validator() -> jsonschema.Draft202012Validator:
    media = _DOCUMENT["paths"]["/analyze"]["post"]["responses"]["200"]["content"][NDJSON]
    return jsonschema.Draft202012Validator({**media["schema"], "components": _DOCUMENT["components"]})


EVENT_VALIDATOR = _event_validator()


def check_ndjson_stream(content: bytes) -> None:
    """Every line valid against the event schema; one stream_start first, one stream_end last."""
    lines = [line for line in content.split(b"\n") if line.strip()]
    if not lines:
        raise AssertionError("empty NDJSON stream")
    kinds = []
    for number, line in enumerate(lines, 1):
        try:
            event = json.loads(line)
        except ValueError as error:
            raise AssertionError(f"NDJSON line {number} is not JSON: {error}") from None
        errors = sorted(EVENT_VALIDATOR.iter_errors(event), key=str)
        if errors:
            raise AssertionError(f"NDJSON line {number} violates the event schema: {errors[0].message}")
        kinds.append(event["event_type"])
    if kinds[0] != "stream_start" or kinds[-1] != "stream_end":
        raise AssertionError(
            f"stream must open with stream_start and close with stream_end, got {kinds[0]}..{kinds[-1]}"
        )
    if kinds.count("stream_start") != 1 or kinds.count("stream_end") != 1:
        raise AssertionError("stream_start and stream_end must each appear exactly once")


@schemathesis.check
def ndjson_event_conformance(ctx: Any, response: Any, case: Any) -> bool | None:
    content_type = response.headers.get("content-type", [""])
    if isinstance(content_type, list):
        content_type = content_type[0] if content_type else ""
    if not str(content_type).startswith(NDJSON):
        return None
    if response.status_code != 200 or case.operation.path != "/analyze":
        raise AssertionError(f"undocumented NDJSON response: {case.operation.label} {response.status_code}")
    check_ndjson_stream(response.content)
    return True


def check_jsonl(content: bytes, schema: dict[str, Any]) -> None:
    """Every non-blank line is one JSON value valid against the operation's line schema."""
    validator = jsonschema.Draft202012Validator({**schema, "components": _DOCUMENT["components"]})
    for number, line in enumerate(content.split(b"\n"), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as error:
            raise AssertionError(f"JSON Lines line {number} is not JSON: {error}") from None
        errors = sorted(validator.iter_errors(item), key=str)
        if errors:
            raise AssertionError(f"JSON Lines line {number} violates its schema: {errors[0].message}")


@schemathesis.check
def jsonl_line_conformance(ctx: Any, response: Any, case: Any) -> bool | None:
    content_type = response.headers.get("content-type", [""])
    if isinstance(content_type, list):
        content_type = content_type[0] if content_type else ""
    if not str(content_type).startswith(JSONL):
        return None
    operation = _DOCUMENT["paths"][case.operation.path][case.operation.method.lower()]
    media = operation["responses"].get(str(response.status_code), {}).get("content", {}).get(JSONL)
    if media is None:
        raise AssertionError(f"undocumented JSON Lines response: {case.operation.label} {response.status_code}")
    check_jsonl(response.content, media["schema"])
    return True


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    """A negative form case that is valid on the wire is not sent. schemathesis re-validates a negative case
    itself only when it can, which a file part prevents, and then trusts its mutation, so:
    - a form part is text: a field sent as null arrives as "null", an integer as "0", an empty list as no
      part, all of which a free-text field accepts (seed 51521, POST /embed);
    - a mutation inside one `oneOf` branch leaves a body that another branch accepts (seed 1001, POST
      /embed/tasks: `video_url` removed from a body that uploads `video_file`).
    The second is checked here as schemathesis would: the body, file parts as text, against the schema."""
    negative = case.meta is not None and case.meta.generation.mode.is_negative
    form = str(case.media_type or "").startswith("multipart/") and isinstance(case.body, dict)
    if not (negative and form):
        return True
    mutations = getattr(case.meta.phase.data, "mutations", None) or ()
    only_types = bool(mutations) and all(tuple(m.keywords) == ("type",) for m in mutations)
    return not (None in case.body.values() or only_types or _valid_form(case))


def _valid_form(case: Any) -> bool:
    operation = _DOCUMENT["paths"][case.operation.path][case.operation.method.lower()]
    schema = operation["requestBody"]["content"][case.media_type]["schema"]
    validator = jsonschema.Draft202012Validator({**schema, "components": _DOCUMENT["components"]})
    return bool(validator.is_valid({name: _as_text(value) for name, value in case.body.items()}))


def _as_text(value: Any) -> Any:
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    return "file" if isinstance(value, bytes | bytearray) else value
