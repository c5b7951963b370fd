"""Analysis tasks (queued -> pending -> processing -> ready/failed on the clock, canceled on request, de-duplicated
by `Idempotency-Key`, a result generated once ready), and batches of them, read from their tasks."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from . import rules
from .analysis import TRUNCATED, task_result
from .engine import Context, Resource
from .errors import conflict
from .state import Record

TASKS, BATCHES, LIFETIME = "/analyze/tasks", "/analyze/batches", 24 * 3600.0  # batches expire in a day
ITEM_STATUSES = ("queued", "processing", "ready", "failed", "canceled")  # what a batch counts
IDEMPOTENCY_HEADER = "Idempotency-Key"


def lifecycle(ctx: Context, task: Record) -> tuple[str, float]:
    """The task's status now, and when it ended (or will end)."""
    if task.meta.get("canceled_at") is not None:
        return "canceled", task.meta["canceled_at"]
    timings, waits = ctx.settings.timings, task.meta.get("waits")  # a batch's task: queued after the one before
    queued = ("queued", timings.analyze_queued + (waits or 0))
    pending = ("pending", timings.analyze_pending * (waits is None))  # a batch's task goes straight to processing
    return rules.phase(ctx, task, [queued, pending, ("processing", timings.analyze_processing)])


class AnalyzeTasks(Resource):
    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any] | Record:
        key = ctx.request.headers.get(IDEMPOTENCY_HEADER)
        existing = [t for t in ctx.store.items(TASKS) if key is not None and t.meta["idempotency_key"] == key]
        if existing:
            return existing[0]
        if "video" in fields:
            video = rules.resolve_video(ctx, fields["video"])
            rules.check_clip(ctx, video)
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
    if (status := lifecycle(ctx, task)[0]) not in ("queued", "pending", "processing"):
        raise conflict(f"The task {task.id} is {status}; only queued, pending or processing tasks can be canceled.")
    task.meta["canceled_at"] = ctx.store.clock.now()
    return ctx.engine.answer(ctx, task)


def batch_items(ctx: Context, batch: Record) -> list[tuple[Record, str, float]]:
    return [(t, *lifecycle(ctx, t)) for t in ctx.store.items(TASKS) if t.fields.get("batch_id") == batch.id]


class AnalyzeBatches(Resource):
    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any] | Record:
        sources = [rules.resolve_video(ctx, item["video"]).source for item in fields["requests"]]  # all or none
        batch = ctx.store.add(BATCHES, (), fields)
        for index, (item, source) in enumerate(zip(fields["requests"], sources, strict=True)):
            given = {**fields.get("defaults", {}), **item, "video_source": source, "batch_id": batch.id}
            task = {{"prompt": "prompt_v2"}.get(k, k): v for k, v in given.items()}  # a batch's prompt is structured
            task.update(analysis_mode=fields["analysis_mode"], model_name=fields["model_name"])
            waits = index * ctx.settings.timings.analyze_queued
            ctx.store.add(TASKS, (), task, outcome=ctx.outcome(), idempotency_key=None, waits=waits)
        return batch

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        found, canceled = batch_items(ctx, record), record.meta.get("canceled_at")
        view: dict[str, Any] = {f"{s}_items": sum(status == s for _, status, _ in found) for s in ITEM_STATUSES}
        running = view["queued_items"] + view["processing_items"]
        started = "pending" if view["queued_items"] == len(found) else "processing"
        view["status"] = ("canceling" if canceled else started) if running else "canceled" if canceled else "completed"
        times = {"expires_at": record.created + LIFETIME, "canceled_at": canceled}
        times["completed_at"] = None if running else max((end for *_, end in found), default=record.created)
        view.update({name: ctx.store.timestamp(at) for name, at in times.items() if at is not None})
        view["items"] = [{"task_id": task.id, "custom_id": task.fields.get("custom_id")} for task, *_ in found]
        return view

    def before_delete(self, ctx: Context, record: Record) -> None:
        if (status := self.view(ctx, record)["status"]) not in ("completed", "canceled", "expired"):
            raise conflict(f"The batch {record.id} is {status}; cancel it, and delete it once it is canceled.")
        for task, *_ in batch_items(ctx, record):
            ctx.store.remove(task)


async def cancel_batch(ctx: Context) -> Response:  # queued items are canceled, processing ones finish
    batch, now = ctx.engine.named(ctx), ctx.store.clock.now()
    if AnalyzeBatches().view(ctx, batch)["status"] in ("completed", "expired"):
        raise conflict(f"The batch {batch.id} has finished; only a pending or processing batch can be canceled.")
    for record, status, _ in [(batch, "queued", 0.0), *batch_items(ctx, batch)]:
        if status == "queued":
            record.meta.setdefault("canceled_at", now)
    return ctx.engine.answer(ctx, batch)
