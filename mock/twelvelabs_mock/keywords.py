"""The `x-` keywords the document uses for rules plain JSON Schema cannot state, added to the validator
every schema is compiled with. Other tools ignore them, as OpenAPI extensions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import jsonschema
from jsonschema import ValidationError

from .generation import estimate_tokens


def _max_tokens(validator: Any, limit: int, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
    if isinstance(instance, str) and (tokens := estimate_tokens(instance)) > limit:
        yield ValidationError(f"it is about {tokens} tokens; the limit is {limit}. Shorten it")


def _intervals(
    validator: Any, intervals: list[Any], instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """`end` at least `minimum` (default 0) and at most `maximum` seconds after `start`, when both are given."""
    if not isinstance(instance, dict):
        return
    for rule in intervals:
        start, end = instance.get(rule["start"]), instance.get(rule["end"])
        if not isinstance(start, int | float) or not isinstance(end, int | float):
            continue
        low, high = rule.get("minimum", 0), rule.get("maximum")
        if end - start < low or end < start:
            message = f"{rule['end']} ({end:g}) must be at least {low:g} s after {rule['start']} ({start:g})"
            yield ValidationError(message, path=[rule["end"]])
        elif high is not None and end - start > high:
            message = f"the window from {start:g} to {end:g} lasts {end - start:g} s; it can last at most {high:g} s"
            yield ValidationError(message, path=[rule["end"]])


def _unique_by(validator: Any, key: str, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
    if isinstance(instance, list):
        seen = [item[key] for item in instance if isinstance(item, dict) and key in item]  # only items that have one
        for position, value in enumerate(seen):
            if value in seen[:position]:
                yield ValidationError(f"{key} {value!r} appears more than once; each {key} must be unique")
                return


def _content_schema(validator: Any, content: Any, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
    # 2020-12 leaves contentSchema an annotation; the API does reject a JSON-in-a-string field that is not.
    if schema.get("contentMediaType") != "application/json" or not isinstance(instance, str):
        return
    try:
        value = json.loads(instance)
    except ValueError:
        yield ValidationError("it must be JSON encoded as a string")
        return
    for error in validator.descend(value, content):
        yield ValidationError(f"the encoded JSON is invalid: {error.message}")


def _unsupported(
    validator: Any, keywords: list[str], instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """A JSON Schema sent by the client: valid, and using none of `keywords` (the API's subset)."""
    if not isinstance(instance, dict):
        return
    try:
        jsonschema.Draft202012Validator.check_schema(instance)
    except jsonschema.SchemaError as error:
        yield ValidationError(f"it is not a valid JSON Schema: {error.message}")
        return
    used = _keywords(instance)
    for keyword in keywords:
        if keyword in used:
            yield ValidationError(f"it uses {keyword}, which is not supported")
            return


def _keywords(schema: Any) -> set[str]:
    """The keywords a schema uses at any depth (property names and enum values are not keywords)."""
    if isinstance(schema, list):
        return set().union(*map(_keywords, schema))
    if not isinstance(schema, dict):
        return set()
    found = {key for key in schema if key not in ("properties", "$defs", "enum", "const")}
    for key, value in schema.items():
        if key in ("properties", "$defs") and isinstance(value, dict):
            found |= _keywords(list(value.values()))
        elif key not in ("enum", "const"):
            found |= _keywords(value)
    return found


Validator: Any = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    {
        "x-max-tokens": _max_tokens,
        "x-intervals": _intervals,
        "x-unique-by": _unique_by,
        "contentSchema": _content_schema,
        "x-unsupported-keywords": _unsupported,
    },
)
