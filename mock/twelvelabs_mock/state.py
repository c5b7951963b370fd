"""In-memory records of one mock app, kept per collection (a path of the document) and parent ids."""

from __future__ import annotations

import datetime
import hashlib
import itertools
from dataclasses import dataclass, field
from typing import Any

from .clock import Clock


@dataclass
class Timings:
    """Simulated seconds each status lasts. The defaults let the documentation's programs, which poll
    every 5 s and analyze an asset right after creating it, finish within seconds."""

    asset_processing: float = 0.0
    analyze_queued: float = 0.5
    analyze_pending: float = 0.5
    analyze_processing: float = 2.0
    indexing_pending: float = 0.5
    indexing: float = 2.0
    embedding: float = 2.0

    def update(self, changes: dict[str, Any]) -> None:
        for name, value in changes.items():
            if not hasattr(self, name):
                raise ValueError(f"unknown timing {name!r}; known: {', '.join(self.__dataclass_fields__)}")
            if not isinstance(value, int | float) or value < 0:
                raise ValueError(f"timing {name} must be a number >= 0")
            setattr(self, name, float(value))


@dataclass
class Settings:
    """What the control calls change besides state and clock."""

    stream_delay: float = 0.0
    default_outcome: str = "ready"
    chunk_size: int = 5 * 2**20  # of a multipart upload's chunks
    timings: Timings = field(default_factory=Timings)


@dataclass
class Record:
    """One resource. `fields` are echoed into answers by name; `meta` is what behaviours keep unseen."""

    id: str
    collection: str  # the collection's path in the document, e.g. /indexes/{index-id}/indexed-assets
    parents: tuple[str, ...]  # the ids of the enclosing resources, in path order
    fields: dict[str, Any]
    created: float
    updated: float
    meta: dict[str, Any] = field(default_factory=dict)


Key = tuple[str, tuple[str, ...]]


@dataclass
class Store:
    """All records of one app. Requests run on one event loop and never await mid-update."""

    clock: Clock
    collections: dict[Key, dict[str, Record]] = field(default_factory=dict)
    epoch: datetime.datetime = field(default_factory=lambda: datetime.datetime.now(datetime.timezone.utc))
    _ids: itertools.count[int] = field(default_factory=itertools.count)
    generations: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def new_id(self, kind: str) -> str:
        """A 24-hex id like the API's, deterministic within one app."""
        return hashlib.sha256(f"{kind}:{next(self._ids)}".encode()).hexdigest()[:24]

    def timestamp(self, simulated: float) -> str:
        moment = self.epoch + datetime.timedelta(seconds=simulated)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def add(self, collection: str, parents: tuple[str, ...], fields: dict[str, Any], **meta: Any) -> Record:
        now = self.clock.now()  # meta `id`: an id reserved for the record (a multipart upload's asset)
        record = Record(meta.pop("id", None) or self.new_id(collection), collection, parents, fields, now, now, meta)
        self.collections.setdefault((collection, parents), {})[record.id] = record
        return record

    def get(self, collection: str, record_id: str, parents: tuple[str, ...] = ()) -> Record | None:
        return self.collections.get((collection, parents), {}).get(record_id)

    def items(self, collection: str, parents: tuple[str, ...] | None = None) -> list[Record]:
        """A collection's records in creation order; every parent's when `parents` is None."""
        return [
            record
            for (name, owners), records in self.collections.items()
            if name == collection and parents in (None, owners)
            for record in records.values()
        ]

    def remove(self, record: Record) -> None:
        """Delete a record and every record nested under it."""
        self.collections.get((record.collection, record.parents), {}).pop(record.id, None)
        owners = (*record.parents, record.id)
        for name, parents in list(self.collections):
            if name.startswith(record.collection + "/") and parents[: len(owners)] == owners:
                del self.collections[(name, parents)]


def video_format(key: str) -> dict[str, Any]:
    """A stable, plausible frame size and rate for media the mock cannot decode."""
    formats = ((1920, 1080, 30.0), (1280, 720, 25.0), (3840, 2160, 60.0))
    width, height, fps = formats[int(hashlib.sha256(f"format:{key}".encode()).hexdigest()[:8], 16) % len(formats)]
    return {"width": width, "height": height, "fps": fps}


def duration_for(key: str, low: float = 30.0, high: float = 900.0) -> float:
    """A stable, plausible duration (seconds) for media the mock cannot decode."""
    fraction = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return round(low + (high - low) * fraction, 1)
