"""Response bodies made from the document's schemas: the given value of every property that has one, and
a valid, deterministic value for every other required property, so a field added to a response schema
appears in the mock's answers without code."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping
from typing import Any

Resolve = Callable[[dict[str, Any]], dict[str, Any]]


def instance(resolve: Resolve, schema: dict[str, Any], given: Mapping[str, Any], *, seed: str, now: str) -> Any:
    """A value of `schema`; where it is an object, properties named in `given` take the given value."""
    return _value(resolve, schema, given, seed, now, 0)


def _value(resolve: Resolve, schema: Any, given: Mapping[str, Any], seed: str, now: str, depth: int) -> Any:
    schema = resolve(schema) if isinstance(schema, dict) else {}
    if depth > 12:
        return None
    for keyword in ("const", "default"):
        if keyword in schema:
            return schema[keyword]
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("examples"):
        return schema["examples"][0]
    options = schema.get("oneOf") or schema.get("anyOf")
    if options:
        usable = [o for o in options if resolve(o).get("type") != "null"] or options
        return _value(resolve, usable[0], given, seed, now, depth + 1)
    kind = schema.get("type", "object" if "properties" in schema or "allOf" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        return _object(resolve, schema, given, seed, now, depth)
    if kind == "array":
        item = _value(resolve, schema.get("items", {}), {}, seed, now, depth + 1)
        return [item] * int(schema.get("minItems", 0))
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", -1) + 1)
        return int(low) if kind == "integer" else float(low)
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return _string(schema, seed, now)


def _object(resolve: Resolve, schema: dict[str, Any], given: Mapping[str, Any], seed: str, now: str, depth: int) -> Any:
    found: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        merged = _value(resolve, part, given, seed, now, depth + 1)
        found.update(merged if isinstance(merged, dict) else {})
    required = set(schema.get("required", []))
    for name, sub in schema.get("properties", {}).items():
        if name in given:
            found[name] = given[name]
        elif name in required:
            found[name] = _value(resolve, sub, {}, f"{seed}/{name}", now, depth + 1)
    return found


def _string(schema: dict[str, Any], seed: str, now: str) -> str:
    digest = hashlib.sha256(seed.encode()).hexdigest()
    url = f"https://example.com/{digest[:16]}"
    formatted = {"date-time": now, "date": now[:10], "uri": url, "url": url, "uuid": str(uuid.UUID(digest[:32]))}
    formatted["email"] = f"{digest[:8]}@example.com"
    if schema.get("format") in formatted:
        return formatted[schema["format"]]
    # An id-like hex string: stable for the same resource and field, and valid for plain strings.
    text = digest[:24].ljust(int(schema.get("minLength", 0)), "0")
    high = schema.get("maxLength")
    return text[: int(high)] if high is not None else text
