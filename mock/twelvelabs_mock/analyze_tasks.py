"""Analysis tasks: queued -> pending -> processing -> ready/failed on the clock, canceled on request,
de-duplicated by `Idempotency-Key`, with a result generated once ready."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from . import rules
from .analysis import TRUNCATED, task_result
from .engine import Context, Resource
from .errors import conflict
from .state import Record

TASKS = "/analyze/tasks"
IDEMPOTENCY_HEADER = "Idempotency-Key"


def lifecycle(ctx: Context, task: Record) -> tuple[str, float]:
    """The task's status now, and when it ended (or will end)."""
    timings = ctx.settings.timings
    if task.meta.get("canceled_at") is not None:
        return "canceled", task.meta["canceled_at"]
    steps = [("queued", timings.analyze_queued), ("pending", timings.analyze_pending)]
    steps.append(("processing", timings.analyze_processing))
    elapsed = ctx.store.clock.now() - task.created
    for status, lasts in steps:
        if elapsed < lasts:
            return status, task.created + sum(s[1] for s in steps)
        elapsed -= lasts
    return task.meta["outcome"], task.created + sum(s[1] for s in steps)


class AnalyzeTasks(Resource):
    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any] | Record:
        key = ctx.request.headers.get(IDEMPOTENCY_HEADER)
        existing = [t for t in ctx.store.items(TASKS) if key is not None and t.meta["idempotency_key"] == key]
        if existing:
            return existing[0]
        if "video" in fields:
            video = rules.resolve_video(ctx, fields["video"])
            rules.check_clip(ctx, video.duration)
            fields["video_source"] = video.source
        else:
            fields["video_source"] = {"type": "image"}
        return {"outcome": ctx.outcome(), "idempotency_key": key}

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        status, ended = lifecycle(ctx, record)
        found: dict[str, Any] = {"status": status}
        if status in ("ready", "failed", "canceled"):
            found["completed_at"] = ctx.store.timestamp(ended)
        if status == "ready":
            found["result"] = task_result(record)
            if found["result"].get("finish_reason") == "length":
                found["error"] = TRUNCATED
        elif status == "failed":
            found["error"] = {"code": "video_processing_failed", "message": "The video could not be analyzed."}
        elif status == "canceled":
            found["error"] = {"code": "user_canceled", "message": "The task was canceled."}
        return found

    def before_delete(self, ctx: Context, record: Record) -> None:
        if lifecycle(ctx, record)[0] == "processing":
            raise conflict(f"The task {record.id} is processing and cannot be deleted; cancel it first.")


async def cancel(ctx: Context) -> Response:
    task = ctx.find(TASKS, ctx.request.path["task_id"])
    status = lifecycle(ctx, task)[0]
    if status not in ("queued", "pending", "processing"):
        raise conflict(f"The task {task.id} is {status}; only queued, pending or processing tasks can be canceled.")
    task.meta["canceled_at"] = ctx.store.clock.now()
    return ctx.engine.answer(ctx, task)
