"""The generic engine: every documented operation with a resource shape is served from the document.

`POST /things` creates, `GET /things` lists (query filters, sort, pagination), `GET`/`PUT`/`PATCH`/
`DELETE /things/{id}` retrieve, update and delete; a path under `/things/{id}/` is scoped to that thing.
Answers are synthesised from the response schema around the stored record. Shapes that are not plain
CRUD say what they do with an `x-mock-*` extension on the operation (`x-mock-creates`, `x-mock-lists`,
`x-mock-record`, `x-mock-collection`; docs/mock.md). Behaviours (`Resource` hooks per collection, or
handlers per operationId) add what the document cannot say.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import math
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import JSONResponse, Response, StreamingResponse

from . import synth
from .errors import invalid, not_found
from .faults import Fault
from .spec import Operation, Parameter, Spec
from .state import Record, Settings, Store
from .validation import ValidRequest

OUTCOME_HEADER = "x-mock-outcome"  # "failed" makes the created task or asset fail
PAGING = ("page", "page_limit", "sort_by", "sort_option")  # the API's paging and sorting parameters
EXTENSIONS = ("x-mock-creates", "x-mock-lists", "x-mock-record")  # non-CRUD shapes the engine serves


@dataclass(frozen=True)
class Shape:
    kind: str  # create, list, retrieve, update or delete
    collection: str  # the collection's path, e.g. /indexes/{index-id}/indexed-assets
    item_param: str | None  # the path parameter naming one item of the collection


def shape_of(spec: Spec, op: Operation) -> Shape | None:
    """The CRUD role of an operation, from its path and method; None for anything else (an action, a
    computation, a non-JSON answer), which needs a behaviour."""
    if op.success_media not in (None, "application/json"):
        return None
    collection, _, last = op.path.rpartition("/")
    item: str | None
    if last.startswith("{"):
        kind = {"GET": "retrieve", "PUT": "update", "PATCH": "update", "DELETE": "delete"}.get(op.method)
        item = last[1:-1]
    else:
        collection, kind = op.path, {"POST": "create", "GET": "list"}.get(op.method)
        below = [o.path for o in spec.operations if o.path.rpartition("/")[0] == collection]
        item = next((p.rpartition("/")[2][1:-1] for p in below if p.endswith("}")), None)
        if item is None:  # no item path below: not a collection
            return None
    if kind is None or (kind == "list" and _array_property(spec, op.success_schema) is None):
        return None
    collection = op.extensions.get("x-mock-collection", collection)  # another path's records, e.g. a legacy view
    return Shape(kind, collection, item)


def _array_property(spec: Spec, schema: dict[str, Any] | None) -> str | None:
    properties = spec.resolve(schema or {}).get("properties", {})
    return next((name for name, sub in properties.items() if spec.resolve(sub).get("type") == "array"), None)


@dataclass
class Context:
    """One API request, as a behaviour sees it."""

    engine: Engine
    store: Store
    settings: Settings
    operation: Operation
    request: ValidRequest
    headers: dict[str, str]  # all request headers, lower-cased
    fault: Fault | None
    cut_connection: Callable[[], None]
    check_event: Callable[[dict[str, Any]], None] | None = None

    @property
    def body(self) -> dict[str, Any]:
        return self.request.body

    def outcome(self) -> str:
        value = self.headers.get(OUTCOME_HEADER, self.settings.default_outcome)
        if value not in ("ready", "failed"):
            raise invalid(f"The {OUTCOME_HEADER} header must be ready or failed.")
        return value

    def find(self, collection: str, record_id: str, parents: tuple[str, ...] = ()) -> Record:
        record = self.store.get(collection, record_id, parents)
        if record is None:
            name = collection.rpartition("/")[2].replace("-", " ")
            raise not_found(name[:-2] if name.endswith("xes") else name.rstrip("s"), record_id)
        return record


class Resource:
    """Behaviour hooks of one collection; each default leaves the generic engine's answer alone."""

    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any] | Record:
        """Check the request and return the record's hidden `meta` (or an existing record to answer)."""
        return {}

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        """Values computed at answer time (a status from the clock, counts), over the stored fields."""
        return {}

    def before_update(self, ctx: Context, record: Record) -> None: ...

    def before_delete(self, ctx: Context, record: Record) -> None: ...


Handler = Callable[[Context], Awaitable[Response]]


@dataclass
class Behaviours:
    resources: dict[str, Resource] = field(default_factory=dict)  # by collection path
    operations: dict[str, Handler] = field(default_factory=dict)  # by operationId: replaces the engine


class Engine:
    def __init__(self, spec: Spec, behaviours: Behaviours) -> None:
        self.spec = spec
        self.behaviours = behaviours
        self.shapes = {op.operation_id: s for op in spec.operations if (s := shape_of(spec, op)) is not None}
        self.creates = {s.collection: spec.by_id[i] for i, s in self.shapes.items() if s.kind == "create"}
        own = {i: s for i, s in self.shapes.items() if "x-mock-collection" not in spec.by_id[i].extensions}
        self.item_params = {s.collection: s.item_param for s in own.values()}

    def unserved(self) -> list[Operation]:
        served = self.shapes.keys() | self.behaviours.operations.keys()
        served |= {op.operation_id for op in self.spec.operations if op.extensions.keys() & set(EXTENSIONS)}
        return [op for op in self.spec.operations if op.operation_id not in served]

    def resource(self, collection: str) -> Resource:
        return self.behaviours.resources.get(collection) or Resource()

    async def serve(self, ctx: Context) -> Response:
        op = ctx.operation
        handler = self.behaviours.operations.get(op.operation_id)
        if handler is not None:
            return await handler(ctx)
        if "x-mock-creates" in op.extensions:
            return self.create_in(ctx, op.extensions["x-mock-creates"])
        if "x-mock-lists" in op.extensions:
            return self.list_related(ctx, op.extensions["x-mock-lists"])
        if "x-mock-record" in op.extensions:
            return self.change(ctx, op.extensions["x-mock-record"])
        shape = self.shapes[op.operation_id]
        parents = self.parents(ctx, shape.collection) or ()
        resource = self.resource(shape.collection)
        given = {k: self._decoded(op, k, v) for k, v in ctx.body.items() if k not in ctx.request.files}
        if shape.kind == "create":
            return self.answer(ctx, self._create(ctx, shape.collection, parents, given))
        if shape.kind == "list":
            return JSONResponse(self.page(ctx, ctx.store.items(shape.collection, parents)))
        record = ctx.find(shape.collection, ctx.request.path[shape.item_param or ""], parents)
        if shape.kind == "retrieve":
            return self.answer(ctx, record)
        if shape.kind == "update":
            resource.before_update(ctx, record)
            record.fields.update(given)
            record.updated = ctx.store.clock.now()
        else:
            resource.before_delete(ctx, record)
            ctx.store.remove(record)
        return self.answer(ctx, record)

    def _create(self, ctx: Context, collection: str, parents: tuple[str, ...], fields: dict[str, Any]) -> Record:
        made = self.resource(collection).before_create(ctx, fields)  # the record's hidden meta, or a record
        return made if isinstance(made, Record) else ctx.store.add(collection, parents, fields, **made)

    def _decoded(self, op: Operation, name: str, value: Any) -> Any:
        """A JSON object sent as text (a multipart `user_metadata`) is kept as the object answers show."""
        raw = self.spec.resolve(op.body_schema or {}).get("properties", {}).get(name, {})
        if isinstance(value, str) and self.spec.resolve(raw).get("contentMediaType") == "application/json":
            return json.loads(value)  # validated as JSON already (contentSchema)
        return value

    def properties(self, schema: dict[str, Any]) -> dict[str, Any]:
        """A schema's properties, with those of its `allOf` parts."""
        resolved = self.spec.resolve(schema)
        found = {k: v for part in resolved.get("allOf", []) for k, v in self.properties(part).items()}
        return {**found, **resolved.get("properties", {})}

    def parents(self, ctx: Context, collection: str) -> tuple[str, ...] | None:
        """The ids of the records enclosing `collection`, from the request's path (404 for one that does not
        exist); None when the path does not name them all, meaning under any parent."""
        parts, owners = collection.split("/"), tuple[str, ...]()
        for i, part in enumerate(parts):
            if part.startswith("{"):
                if part[1:-1] not in ctx.request.path:
                    return None
                owners = (*owners, ctx.find("/".join(parts[:i]), ctx.request.path[part[1:-1]], owners).id)
        return owners

    def named(self, ctx: Context) -> Record:
        """The record named by the path's last parameter, e.g. the asset of /assets/{asset_id}/transcription."""
        collection, _, param = ctx.operation.path.rpartition("}")[0].rpartition("/{")
        return ctx.find(collection, ctx.request.path[param], self.parents(ctx, collection) or ())

    def create_in(self, ctx: Context, spec: dict[str, Any]) -> Response:
        """`x-mock-creates`: a record of `collection` from the body, or one per item of the body's `each`
        (answered as that list, rendered, beside the response's counts)."""
        collection, each = spec["collection"], spec.get("each")
        owners = self.parents(ctx, collection) or ()
        fields = ctx.body[each] if each else [dict(ctx.body)]
        made = [self._create(ctx, collection, owners, one) for one in fields]
        if not each:
            return self.answer(ctx, made[0])
        schema = ctx.operation.success_schema or {}
        item = self.spec.resolve(self.spec.resolve(schema)["properties"][each]).get("items", {})
        given: dict[str, Any] = {each: [self.render(ctx, record, item) for record in made]}
        given.update(self.counts(ctx, schema, given))
        now = ctx.store.timestamp(ctx.store.clock.now())
        answer = synth.instance(self.spec.resolve, schema, given, seed=each, now=now)
        return JSONResponse(answer, status_code=ctx.operation.success_status)

    def list_related(self, ctx: Context, spec: dict[str, Any]) -> Response:
        """`x-mock-lists`: one page of `collection` (under the parents the path names), limited to the records
        whose field `where` holds the path's record's id, or whose ids that record lists in its field `ids`;
        all of them as JSON Lines when that is the operation's answer."""
        collection, owner = spec["collection"], self.named(ctx)
        records = ctx.store.items(collection, self.parents(ctx, collection))
        if "where" in spec:
            records = [r for r in records if owner.id in _as_list(r.fields.get(spec["where"]))]
        if "ids" in spec:
            records = [r for r in records if r.id in _as_list(owner.fields.get(spec["ids"]))]
        if ctx.operation.success_media != "application/json":  # JSON Lines: a line per record, made as it is sent
            lines = (self.render(ctx, record, ctx.operation.success_schema or {}) for record in records)
            return event_stream(ctx, lines)
        return JSONResponse(self.page(ctx, records))

    def change(self, ctx: Context, spec: str | dict[str, str]) -> Response:
        """`x-mock-record`: the record the path names, read (`read`) or changed field by field from the body
        (`set`, `merge` an object, `unset`, `add` to or `remove` from a list), then answered."""
        record = self.named(ctx)
        for name, mode in spec.items() if isinstance(spec, dict) else ():
            old, new = record.fields.pop(name, None), ctx.body.get(name)
            if mode == "merge":
                new = {**(old or {}), **(new or {})}
            elif mode in ("add", "remove"):
                kept = [x for x in old or [] if x not in (new or [])]
                new = kept if mode == "remove" else [*kept, *(new or [])]
            if mode != "unset" and new is not None:
                record.fields[name] = new
            record.updated = ctx.store.clock.now()
        return self.answer(ctx, record)

    def counts(self, ctx: Context, schema: dict[str, Any], given: dict[str, Any], record: Record | None = None) -> Any:
        """`x-mock-count: <name>` on a property: the length of the list `name` in the answer, else the number
        of records in the record's child collection `name` (an index's `videos`, a store's `items`)."""
        found = {}
        for prop, sub in self.spec.resolve(schema).get("properties", {}).items():
            counted = str(self.spec.resolve(sub).get("x-mock-count", ""))
            if isinstance(given.get(counted), list):
                found[prop] = len(given[counted])
            elif counted and record is not None:
                child = f"{record.collection}/{{{self.item_params.get(record.collection)}}}/{counted}"
                found[prop] = len(ctx.store.items(child, (*record.parents, record.id)))
        return found

    def answer(self, ctx: Context, record: Record) -> Response:
        op = ctx.operation
        if op.success_schema is None:
            return Response(status_code=op.success_status)
        body = self.render(ctx, record, op.success_schema)
        if op.method == "GET" and "status" in body:  # a poll: per-poll time moves after the answer
            ctx.store.clock.polled()
        return JSONResponse(body, status_code=op.success_status)

    def render(self, ctx: Context, record: Record, schema: dict[str, Any]) -> Any:
        """The record as `schema` shows it: its id, timestamps, stored fields and the behaviour's view."""
        given: dict[str, Any] = {"created_at": ctx.store.timestamp(record.created)}
        given["updated_at"] = ctx.store.timestamp(record.updated)
        owners = [part[1:-1].replace("-", "_") for part in record.collection.split("/") if part.startswith("{")]
        given.update(zip(owners, record.parents, strict=False))  # a nested record names its parents
        given.update(record.fields)
        given.update(self.resource(record.collection).view(ctx, record))
        properties = self.properties(schema)
        given.update({n: given[s["x-mock-from"]] for n, s in properties.items() if s.get("x-mock-from") in given})
        for name, sub in properties.items():
            if sub.get("x-mock-echo"):  # the record's own request fields that this object names
                echoed = {k: v for k, v in record.fields.items() if k in self.properties(sub)}
                if echoed:
                    given[name] = echoed
            elif name not in given and self._asked(ctx, record, sub.get("x-mock-when")):
                given[name] = synth.instance(self.spec.resolve, sub, {}, seed=name, now=given["updated_at"])
        item = (self.item_params.get(record.collection) or "").replace("-", "_")
        id_name = next((name for name in (item, "_id", "id") if name in properties), None)
        if id_name is not None:
            given[id_name] = record.id
        given.update(self.counts(ctx, schema, given, record))
        return synth.instance(self.spec.resolve, schema, given, seed=record.id, now=given["updated_at"])

    def _asked(self, ctx: Context, record: Record, name: str | None) -> bool:
        """`x-mock-when: <name>`: the request's query parameter, else the record's field (or its create
        default) of that name, asks for an optional part of the answer."""
        if name in ctx.request.query:
            return bool(ctx.request.query[name])
        return name is not None and bool(record.fields.get(name, self._create_default(record.collection, name)))

    def page(self, ctx: Context, records: list[Record]) -> Any:
        op, query, store = ctx.operation, ctx.request.query, ctx.store
        schema = op.success_schema or {}
        array = _array_property(self.spec, schema) or "data"
        item_schema = self.spec.resolve(self.spec.resolve(schema)["properties"][array]).get("items", {})
        # Newest first; records created at the same simulated instant keep creation order, reversed.
        records = sorted(reversed(records), key=lambda r: r.created, reverse=True)
        rows = [(record, self.render(ctx, record, item_schema)) for record in records]
        fixed = op.extensions.get("x-mock-where", {})  # only the records whose answer has these values
        rows = [row for row in rows if all(row[1].get(name) == value for name, value in fixed.items())]
        queried = [param for param in op.parameters if param.location == "query"]
        defaults = {param.name: self.spec.resolve(param.schema).get("default") for param in queried}
        for param in queried:
            if param.name not in PAGING and param.name in query:
                rows = [row for row in rows if self._matches(row, param, query[param.name])]
        if "sort_by" in query:
            descending = query.get("sort_option", defaults.get("sort_option") or "desc") == "desc"
            rows.sort(key=lambda row: [str(value) for value in _values(row[1], query["sort_by"])], reverse=descending)
        page = int(query.get("page", defaults.get("page") or 1))
        limit = int(query.get("page_limit", defaults.get("page_limit") or len(rows) or 1))
        total = len(rows)
        info = {"page": page, "limit_per_page": limit, "total_page": math.ceil(total / limit), "total_results": total}
        chosen = [view for _, view in rows[(page - 1) * limit : page * limit]]
        now = store.timestamp(store.clock.now())
        return synth.instance(self.spec.resolve, schema, {array: chosen, "page_info": info}, seed=array, now=now)

    def _matches(self, row: tuple[Record, Any], param: Parameter, wanted: Any) -> bool:
        """Whether a record passes a list filter: the answer's field of the parameter's name (or the
        `x-mock-filter` field), compared as the parameter's schema says unless `x-mock-filter` says how."""
        record, view = row
        path = param.filter.get("field", param.name)
        found = _values(view, path)
        if not found:  # a stored field the answer does not show (an asset's kind), or the create's default
            found = _values(record.fields, path) or [self._create_default(record.collection, path)]
        schema = self.spec.resolve(param.schema)
        if "separator" in param.filter:  # several values in one string: the record has each of them
            return all(_compare(found, part, "equals") for part in str(wanted).split(param.filter["separator"]))
        if schema.get("type") == "array":  # one or more values: the record has one of them
            schema = self.spec.resolve(schema.get("items", {}))
        else:
            wanted = [wanted]
        match = param.filter.get("match") or _default_match(self.properties(schema), schema)
        return any(_compare(found, one, match) for one in wanted)

    def _create_default(self, collection: str, name: str) -> Any:
        create = self.creates.get(collection)
        properties = self.spec.resolve(create.body_schema or {}).get("properties", {}) if create else {}
        raw = properties.get(name, {})
        return raw.get("default", self.spec.resolve(raw).get("default")) if raw else None


def _default_match(properties: dict[str, Any], schema: dict[str, Any]) -> str:
    if {"gte", "lte"} & properties.keys():
        return "range"  # `{gte, lte}`: within the bounds given
    if schema.get("type") == "object" or schema.get("contentMediaType") == "application/json":
        return "pairs"  # every key of the object, with the same value
    if schema.get("type") == "string" and "enum" not in schema:
        return "contains"  # free text matches a part, ignoring case
    return "equals"


def _compare(found: list[Any], wanted: Any, match: str) -> bool:
    """Whether one of the record's values matches the wanted one."""
    if match == "pairs":
        try:
            pairs = json.loads(wanted) if isinstance(wanted, str) else wanted
        except ValueError:
            return False  # unchecked text (fuzzers ignore contentMediaType) that matches nothing
        return isinstance(pairs, dict) and any(
            isinstance(f, dict) and all(_same(f.get(key), value) for key, value in pairs.items()) for f in found
        )
    if match == "range":
        low, high = wanted.get("gte", float("-inf")), wanted.get("lte", float("inf"))
        return any(isinstance(f, int | float) and not isinstance(f, bool) and low <= f <= high for f in found)
    if match in ("since", "until"):  # an RFC 3339 time at or after (before) the given one
        start, sign = _moment(wanted), 1 if match == "since" else -1
        return start is not None and any(
            isinstance(f, str) and sign * ((_moment(f) or start) - start).total_seconds() >= 0 for f in found
        )
    if match == "contains":
        return any(isinstance(f, str) and str(wanted).lower() in f.lower() for f in found)
    return any(_same(f, wanted) for f in found)


def _same(found: Any, wanted: Any) -> bool:
    """Equal, where query text stands for a number or boolean (`?rating=9.3`, `?reviewed=true`) and a
    list of strings holds the value."""
    if isinstance(found, list):
        return any(_same(item, wanted) for item in found)
    if found == wanted or not isinstance(wanted, str) or isinstance(found, str) or found is None:
        return bool(found == wanted)
    if isinstance(found, bool):
        return wanted.lower() == str(found).lower()
    try:
        return bool(float(wanted) == found)
    except ValueError:
        return False


def _moment(text: str) -> datetime.datetime | None:
    """An RFC 3339 time (Python 3.10's fromisoformat wants `+00:00` and 0, 3 or 6 fraction digits); None for
    one the pattern lets through but the calendar does not (February 31st, year 0)."""
    text = re.sub(r"\.(\d+)", lambda m: "." + (m[1] + "000000")[:6], text.upper().replace("Z", "+00:00"))
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return None


def _values(view: Any, path: str) -> list[Any]:
    """The values at a dotted path of an answer, starting at the top or one object down (a task's
    `video_source.url`), through lists (an index's `models.model_options`); lists are flattened."""
    nodes = [view]
    first = path.split(".")[0]
    if isinstance(view, dict) and first not in view:
        nodes = [value for value in view.values() if isinstance(value, dict) and first in value]
    for part in path.split("."):
        items = [item for node in nodes for item in (node if isinstance(node, list) else [node])]
        nodes = [item[part] for item in items if isinstance(item, dict) and item.get(part) is not None]
    return [item for node in nodes for item in (node if isinstance(node, list) else [node])]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


STREAM_DELAY_HEADER = "x-mock-stream-delay"  # seconds between events


def event_stream(ctx: Context, events: Iterator[dict[str, Any]]) -> StreamingResponse:
    """`events` paced by the stream delay, with the request's stream faults (`stream_cut`, ...)."""
    framing = ctx.operation.extensions["x-fern-streaming"]  # `true`: JSON Lines of the success schema
    framing = framing if isinstance(framing, dict) else {"media": ctx.operation.success_media}
    delay = float(ctx.headers.get(STREAM_DELAY_HEADER) or ctx.settings.stream_delay)
    media = "text/event-stream" if framing.get("format") == "sse" else framing.get("media", "application/x-ndjson")
    return StreamingResponse(_paced(ctx, events, framing, delay), media_type=media)


async def _paced(ctx: Context, events: Iterator[dict[str, Any]], framing: Any, delay: float) -> AsyncIterator[bytes]:
    events_schema = ctx.engine.spec.resolve(framing.get("response-stream", {}))
    key = events_schema.get("discriminator", {}).get("propertyName", "event_type")
    fault = ctx.fault or Fault()  # no fault: nothing cut, inserted or broken
    sse = framing.get("format") == "sse"

    def frame(kind: str, data: str) -> bytes:
        return f"event: {kind}\ndata: {data}\n\n".encode() if sse else data.encode() + b"\n"

    for index, event in enumerate(events):
        if fault.stream_cut is not None and index >= fault.stream_cut:
            ctx.cut_connection()
            return
        if fault.unknown_event == index:
            yield frame("usage_report", json.dumps({key: "usage_report", "note": "a new event type"}))
        if fault.malformed_line == index:
            yield frame("text_generation", f'{{"{key}": "text_generation", "text": "unterminated')
            continue
        if ctx.check_event is not None:
            ctx.check_event(event)
        yield frame(event.get(key, ""), json.dumps(event, separators=(",", ":")))
        if delay:
            await asyncio.sleep(delay)
        elif index % 256 == 255:
            await asyncio.sleep(0)  # let other requests run during a long stream
    if "terminator" in framing:
        yield f"data: {framing['terminator']}\n\n".encode()
