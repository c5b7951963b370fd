"""The document as gatekeeper: a request that does not conform gets the API's 400 before any handler runs."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field
from typing import Any

import jsonschema
from starlette.datastructures import UploadFile
from starlette.requests import Request

from .errors import ApiError, invalid, not_provided, shorten, unknown
from .spec import Operation, Parameter, Spec

MAX_JSON_BODY = 64 * 1024 * 1024  # above the largest inline media the API accepts (30 MB base64)
UPLOAD_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class UploadedFile:
    """What the mock keeps of an uploaded file: enough to check that it arrived whole."""

    field: str
    filename: str
    content_type: str
    size: int
    sha256: str


@dataclass
class ValidRequest:
    path: dict[str, str]
    query: dict[str, Any]
    headers: dict[str, str]
    body: dict[str, Any] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)
    body_size: int = 0


async def validate_request(spec: Spec, operation: Operation, request: Request, path: dict[str, str]) -> ValidRequest:
    valid = ValidRequest(path=path, query={}, headers={})
    for param in operation.parameters:
        if param.location == "query":
            value = _query(request, param, spec)
        else:
            value = (request.headers if param.location == "header" else path).get(param.name)
        if value is None:
            if param.required:
                kind = "header" if param.location == "header" else "parameter"
                raise not_provided(f"The {param.name} {kind} is required.")
            continue
        _check(param.validator, value, param.name)
        {"path": valid.path, "query": valid.query, "header": valid.headers}[param.location][param.name] = value

    if operation.body_media_type == "application/json":
        valid.body, valid.body_size = await _json_body(request, operation)
    elif operation.body_media_type == "multipart/form-data":
        valid.body, valid.files, valid.body_size = await _multipart_body(request, operation, spec)
    if operation.body_validator is not None:
        _check(operation.body_validator, valid.body, None, spec)
    return valid


async def _json_body(request: Request, operation: Operation) -> tuple[dict[str, Any], int]:
    content_type = request.headers.get("content-type", "")
    raw = await request.body()
    if not raw:
        if operation.body_required:
            raise not_provided("The request body is required: send a JSON object.")
        return {}, 0
    if len(raw) > MAX_JSON_BODY:
        raise ApiError(413, "request_too_large", f"The request body is larger than {MAX_JSON_BODY} bytes.")
    if not content_type.split(";")[0].strip().lower().endswith("json"):
        raise invalid(f"The Content-Type must be application/json, not {shorten(content_type or 'missing', 60)}.")
    try:
        body = json.loads(raw, parse_float=_number)
    except (ValueError, UnicodeDecodeError) as error:
        raise invalid(f"The request body is not valid JSON: {shorten(str(error), 80)}.") from None
    if not isinstance(body, dict):
        raise invalid("The request body must be a JSON object.")
    return body, len(raw)


def _number(text: str) -> float | int:
    """JSON's `465.0` is a valid integer (JSON Schema says so); handlers get it as the int it is."""
    value = float(text)
    return int(value) if value.is_integer() else value


async def _multipart_body(
    request: Request, operation: Operation, spec: Spec
) -> tuple[dict[str, Any], dict[str, UploadedFile], int]:
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise invalid("The Content-Type must be multipart/form-data.")
    try:
        form = await request.form(max_files=10, max_fields=100)
    except Exception as error:  # python-multipart raises several types for broken bodies
        raise invalid(f"The multipart body could not be parsed: {shorten(str(error), 80)}.") from None
    properties = (operation.body_schema or {}).get("properties", {})
    body: dict[str, Any] = {}
    files: dict[str, UploadedFile] = {}
    for name in form:
        values = form.getlist(name)
        schema = spec.resolve(properties.get(name, {}))
        if schema.get("type") == "array":  # one part per item, as lists travel in forms
            items = spec.resolve(schema.get("items", {}))
            body[name] = [_coerce(v, items, spec, name) for v in values if isinstance(v, str)]
            continue
        if len(values) > 1:
            raise invalid(f"The {shorten(name, 60)} parameter is given {len(values)} times; give it once.")
        value = values[0]
        if schema.get("format") == "binary":
            if isinstance(value, str):  # a part without a filename carries the file's bytes all the same
                value = UploadFile(io.BytesIO(value.encode()))
            files[name] = await _digest(name, value)
            limit = schema.get("x-max-bytes")
            if limit is not None and files[name].size > limit:
                raise schema_error(schema.get("x-error", {}), f"The {name} file is larger than {limit} bytes.")
            body[name] = "<binary>"
        elif isinstance(value, UploadFile):
            raise invalid(f"The {shorten(name, 60)} parameter must be text, not a file.")
        else:
            body[name] = _coerce(value, schema, spec, name)
    texts = [value for name, value in form.multi_items() if isinstance(value, str) and name not in files]
    return body, files, sum(map(len, texts)) + sum(file.size for file in files.values())


async def _digest(name: str, upload: UploadFile) -> UploadedFile:
    digest = hashlib.sha256()
    size = 0
    while chunk := await upload.read(UPLOAD_CHUNK):
        digest.update(chunk)
        size += len(chunk)
    content_type = upload.content_type or "application/octet-stream"
    return UploadedFile(name, upload.filename or "", content_type, size, digest.hexdigest())


def _query(request: Request, param: Parameter, spec: Spec) -> Any:
    """A query parameter's value, typed by its schema; None when it is not given."""
    raw = request.query_params.getlist(param.name)
    schema = spec.resolve(param.schema)
    if param.style == "deepObject":  # an object travels as `name[key]=value`
        return _deep_object(request, param.name, schema, spec) or None
    if schema.get("type") == "array" and raw:  # a list travels as the key repeated
        return [_coerce(item, schema.get("items", {}), spec, param.name) for item in raw]
    return _coerce(raw[-1], param.schema, spec, param.name) if raw else None


def _deep_object(request: Request, name: str, schema: dict[str, Any], spec: Spec) -> dict[str, Any]:
    """The `name[key]=value` pairs of a query string, each value typed by its property's schema."""
    known, other = schema.get("properties", {}), schema.get("additionalProperties")
    found = {}
    for key, raw in request.query_params.multi_items():
        if key.startswith(f"{name}[") and key.endswith("]"):
            inner = key[len(name) + 1 : -1]
            found[inner] = _coerce(raw, known.get(inner, other if isinstance(other, dict) else {}), spec, key)
    return found


def _coerce(raw: str, schema: dict[str, Any], spec: Spec, name: str) -> Any:
    """Text from a query string or form part, as the type its schema declares."""
    kind = spec.resolve(schema).get("type")
    try:
        if kind in ("integer", "number"):
            return _number(raw)
    except ValueError:
        raise invalid(f"The {name} parameter must be a {kind}, got {shorten(raw, 40)!r}.") from None
    if kind == "boolean":
        if raw.lower() not in ("true", "false"):
            raise invalid(f"The {name} parameter must be true or false, got {shorten(raw, 40)!r}.")
        return raw.lower() == "true"
    return raw


def _check(validator: jsonschema.Draft202012Validator, value: Any, name: str | None, spec: Spec | None = None) -> None:
    if (error := jsonschema.exceptions.best_match(validator.iter_errors(value))) is not None:
        raise _translate(error, name, spec, validator.schema)


def _translate(error: jsonschema.ValidationError, name: str | None, spec: Spec | None, root: Any) -> ApiError:
    """A jsonschema error as the API's body: which field, what is wrong, in one sentence. A rule's own
    answer (`x-error` on the schema that failed or one enclosing it) wins over the generic wording."""
    where = ".".join(str(part) for part in error.absolute_path)
    field_name = name or where or "request body"
    if error.validator == "oneOf" and spec is not None:
        refined = _discriminated_error(error, spec)
        if refined is not None:
            return _translate(refined[0], name, spec, refined[1])
    declared = _declared_error(error, spec, root)
    if _one_of_named(error):
        names = [branch["required"][0] for branch in error.validator_value]
        given = [key for key in names if key in error.instance]
        choices = f"{', '.join(names[:-1])} or {names[-1]}"
        prefix = f"In {where}, give" if where else "Give"  # a nested object names where it is
        if error.validator == "anyOf":
            return not_provided(f"{prefix} at least one of {choices}.")
        if not given:
            return not_provided(f"{prefix} exactly one of {choices}.")
        return invalid(f"{prefix} exactly one of {choices}, not both {' and '.join(given)}.")
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [key for key in error.validator_value if key not in error.instance]
        full = ".".join(filter(None, [where, missing[0]]))
        return schema_error(declared, f"The {full} parameter is required.", "parameter_not_provided")
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = set(error.schema.get("properties", {}))
        extra = sorted(str(key) for key in error.instance if key not in known)
        full = ".".join(filter(None, [where, shorten(extra[0], 60) if extra else ""]))
        return unknown(f"The {full} parameter is not supported; remove it.")
    message = f"The {field_name} parameter is invalid: {shorten(error.message, 160)}."
    return schema_error(declared, message)


def schema_error(declared: dict[str, Any], message: str, code: str = "parameter_invalid") -> ApiError:
    """The answer a schema's `x-error` names; what it leaves out comes from the generic translation."""
    return ApiError(int(declared.get("status", 400)), declared.get("code", code), declared.get("message", message))


def _one_of_named(error: jsonschema.ValidationError) -> bool:
    """`oneOf: [{required: [a]}, {required: [b]}, ...]`: the document's way to say exactly one of a, b
    (`anyOf`: at least one)."""
    branches = error.validator_value
    return (
        error.validator in ("oneOf", "anyOf")
        and isinstance(error.instance, dict)
        and all(isinstance(b, dict) and list(b) == ["required"] and len(b["required"]) == 1 for b in branches)
    )


def _declared_error(error: jsonschema.ValidationError, spec: Spec | None, root: Any) -> dict[str, Any]:
    """The innermost `x-error` on the way from the validated schema to the keyword that failed ({}: none)."""
    found, node = {}, root
    for part in [*error.absolute_schema_path, None]:
        while spec is not None and isinstance(node, dict) and "$ref" in node and part not in node:
            node = spec.resolve(node)
        declared = node.get("x-error") if isinstance(node, dict) else None
        if declared is not None and declared.get("for", error.validator) == error.validator:
            found = declared  # an `x-error` with `for` answers only for that keyword
        if part is None or not isinstance(node, dict | list):
            break
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    return found


def _discriminated_error(
    error: jsonschema.ValidationError, spec: Spec
) -> tuple[jsonschema.ValidationError, dict[str, Any] | None] | None:
    """For a oneOf with a discriminator, the error of the variant the payload names (and that variant)."""
    discriminator = error.schema.get("discriminator") if isinstance(error.schema, dict) else None
    if not discriminator or not isinstance(error.instance, dict):
        return None
    key = discriminator["propertyName"]
    mapping: dict[str, str] = discriminator["mapping"]
    tag = error.instance.get(key)
    target = mapping.get(tag) if isinstance(tag, str) else None
    if target is None:
        where = ".".join(str(part) for part in [*error.absolute_path, key])
        message = f"{where} must be one of {', '.join(mapping)}"
        return jsonschema.ValidationError(message, validator="enum", path=[], instance=None), None
    best = jsonschema.exceptions.best_match(spec.validator({"$ref": target}).iter_errors(error.instance))
    if best is None:
        return None
    best.path.extendleft(reversed(list(error.absolute_path)))
    return best, {"$ref": target}
