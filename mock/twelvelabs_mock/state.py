"""In-memory resources of one mock app, and the status timelines they follow on the simulated clock."""

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

    def update(self, changes: dict[str, Any]) -> None:
        for name, value in changes.items():
            if not hasattr(self, name):
                raise ValueError(f"unknown timing {name!r}; known: {', '.join(self.__dataclass_fields__)}")
            if not isinstance(value, int | float) or value < 0:
                raise ValueError(f"timing {name} must be a number >= 0")
            setattr(self, name, float(value))


@dataclass
class Index:
    id: str
    name: str
    models: list[dict[str, Any]]
    addons: list[str]
    created: float
    updated: float

    def has_pegasus(self) -> bool:
        return any(str(model.get("model_name", "")).startswith("pegasus") for model in self.models)


@dataclass
class Asset:
    id: str
    method: str
    filename: str
    url: str | None
    size: int
    duration: float
    created: float
    outcome: str  # ready or failed, once processing is over
    file_type: str = "video"


@dataclass
class Video:
    """An indexed video: made by an indexing task or an indexed asset; `id` is the `video_id`."""

    id: str
    index_id: str
    asset_id: str | None
    filename: str
    duration: float
    created: float
    outcome: str
    ready_after: float


@dataclass
class IndexingTask:
    id: str
    video: Video


@dataclass
class AnalyzeTask:
    id: str
    custom_id: str | None
    request: dict[str, Any]
    video_source: dict[str, Any]
    created: float
    outcome: str
    result: dict[str, Any] | None = None
    warning: dict[str, Any] | None = None
    canceled_at: float | None = None
    idempotency_key: str | None = None


@dataclass
class Store:
    """All resources of one app. Handlers run on one event loop and never await mid-update."""

    clock: Clock
    timings: Timings = field(default_factory=Timings)
    indexes: dict[str, Index] = field(default_factory=dict)
    assets: dict[str, Asset] = field(default_factory=dict)
    videos: dict[str, Video] = field(default_factory=dict)
    indexing_tasks: dict[str, IndexingTask] = field(default_factory=dict)
    analyze_tasks: dict[str, AnalyzeTask] = field(default_factory=dict)
    epoch: datetime.datetime = field(default_factory=lambda: datetime.datetime.now(datetime.timezone.utc))
    _ids: itertools.count[int] = field(default_factory=itertools.count)

    def new_id(self, kind: str) -> str:
        """A 24-hex id like the API's, deterministic within one app."""
        return hashlib.sha256(f"{kind}:{next(self._ids)}".encode()).hexdigest()[:24]

    def timestamp(self, simulated: float) -> str:
        moment = self.epoch + datetime.timedelta(seconds=simulated)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    # ----- statuses -----
    def asset_status(self, asset: Asset) -> str:
        if self.clock.now() - asset.created < self.timings.asset_processing:
            return "processing"
        return asset.outcome

    def video_status(self, video: Video) -> str:
        elapsed = self.clock.now() - video.created
        if elapsed < self.timings.indexing_pending:
            return "pending"
        if elapsed < self.timings.indexing_pending + video.ready_after:
            return "indexing"
        return video.outcome

    def video_finished_at(self, video: Video) -> float:
        return video.created + self.timings.indexing_pending + video.ready_after

    def analyze_status(self, task: AnalyzeTask) -> str:
        if task.canceled_at is not None:
            return "canceled"
        elapsed = self.clock.now() - task.created
        steps = (
            ("queued", self.timings.analyze_queued),
            ("pending", self.timings.analyze_pending),
            ("processing", self.timings.analyze_processing),
        )
        for status, lasts in steps:
            if elapsed < lasts:
                return status
            elapsed -= lasts
        return task.outcome

    def analyze_finished_at(self, task: AnalyzeTask) -> float:
        if task.canceled_at is not None:
            return task.canceled_at
        t = self.timings
        return task.created + t.analyze_queued + t.analyze_pending + t.analyze_processing


def duration_for(key: str, low: float = 30.0, high: float = 900.0) -> float:
    """A stable, plausible duration (seconds) for media the mock cannot decode."""
    fraction = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return round(low + (high - low) * fraction, 1)
