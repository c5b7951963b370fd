"""`client.analyze_async.tasks`: asynchronous analysis tasks."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from twelvelabs_api import models
from twelvelabs_api.api.analyze_async import (
    cancel_analyze_task,
    create_analyze_task,
    delete_analyze_task,
    list_analyze_tasks,
    retrieve_analyze_task,
)

from .. import _validation
from .._config import RequestOptions
from .._pagination import AsyncPager, SyncPager
from .._parsing import no_content, parse_with
from .._polling import DEFAULT_BACKOFF, DEFAULT_MAX_INTERVAL, DEFAULT_WAIT_TIMEOUT, PollPlan, wait_async, wait_sync
from .._transport import Call
from . import _inputs

if TYPE_CHECKING:
    from .._transport import AsyncSender, SyncSender

TERMINAL = frozenset({"ready", "failed", "canceled"})


class _TaskCalls:
    def _create(self, **params: Any) -> Call[models.CreateAnalyzeTaskResponse]:
        body = models.CreateAnalyzeTaskRequest(
            **_inputs.analysis_fields(params, default_model="pegasus1.5"),
            custom_id=_inputs.optional(params.get("custom_id")),
            analysis_mode=params["analysis_mode"] if params.get("analysis_mode") is not None else "general",
            response_format=_inputs.response_format(params.get("response_format"), models.AsyncResponseFormat),
            min_segment_duration=_inputs.optional(params.get("min_segment_duration")),
            max_segment_duration=_inputs.optional(params.get("max_segment_duration")),
        )
        _validation.async_analyze(body.to_dict())
        # One key for every attempt: a create retried after a lost response returns the first task.
        key = params.get("idempotency_key") or str(uuid.uuid4())
        return Call(
            "analyze_async.tasks.create",
            lambda _: create_analyze_task._get_kwargs(body=body),
            parse_with(models.CreateAnalyzeTaskResponse.from_dict),
            idempotency_key=key,
        )

    def _retrieve(self, task_id: str) -> Call[models.AnalyzeTask]:
        return Call(
            "analyze_async.tasks.retrieve",
            lambda _: retrieve_analyze_task._get_kwargs(task_id),
            parse_with(models.AnalyzeTask.from_dict),
        )

    def _list_page(self, page: int, **filters: Any) -> Call[models.AnalyzeTaskList]:
        params = {k: _inputs.optional(v) for k, v in filters.items()}
        return Call(
            "analyze_async.tasks.list",
            lambda _: list_analyze_tasks._get_kwargs(page=page, **params),
            parse_with(models.AnalyzeTaskList.from_dict),
        )

    def _delete(self, task_id: str) -> Call[None]:
        return Call("analyze_async.tasks.delete", lambda _: delete_analyze_task._get_kwargs(task_id), no_content)

    def _cancel(self, task_id: str) -> Call[models.CancelAnalyzeTaskResponse]:
        return Call(
            "analyze_async.tasks.cancel",
            lambda _: cancel_analyze_task._get_kwargs(task_id),
            parse_with(models.CancelAnalyzeTaskResponse.from_dict),
        )

    @staticmethod
    def _plan(
        task_id: str, sleep_interval: float, timeout: float | None, backoff: float, max_interval: float
    ) -> PollPlan:
        return PollPlan(f"analysis task {task_id}", TERMINAL, sleep_interval, backoff, max_interval, timeout)


class AnalyzeTasks(_TaskCalls):
    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def create(
        self,
        *,
        video: Any = None,
        image: Sequence[Any] | None = None,
        prompt: str | None = None,
        prompt_v_2: Any = None,
        model_name: str | None = None,
        custom_id: str | None = None,
        analysis_mode: str | None = None,
        temperature: float | None = None,
        max_tokens: int | str | None = None,
        response_format: Any = None,
        min_segment_duration: float | None = None,
        max_segment_duration: float | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAnalyzeTaskResponse:
        """Start an analysis in the background; poll it with `retrieve` or `wait_for_done`."""
        call = self._create(
            video=video, image=image, prompt=prompt, prompt_v_2=prompt_v_2, model_name=model_name,
            custom_id=custom_id, analysis_mode=analysis_mode, temperature=temperature, max_tokens=max_tokens,
            response_format=response_format, min_segment_duration=min_segment_duration,
            max_segment_duration=max_segment_duration, start_time=start_time, end_time=end_time,
            idempotency_key=idempotency_key,
        )  # fmt: skip
        return self._sender.request(call, request_options)

    def retrieve(self, task_id: str, *, request_options: RequestOptions | None = None) -> models.AnalyzeTask:
        return self._sender.request(self._retrieve(task_id), request_options)

    def list(
        self,
        *,
        page_limit: int | None = None,
        status: str | None = None,
        analysis_mode: str | None = None,
        asset_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[models.AnalyzeTask]:
        """All tasks, newest first, fetched a page at a time as you iterate."""
        filters = {"page_limit": page_limit, "status": status, "analysis_mode": analysis_mode, "asset_id": asset_id}
        return SyncPager(lambda page: self._sender.request(self._list_page(page, **filters), request_options))

    def delete(self, task_id: str, *, request_options: RequestOptions | None = None) -> None:
        self._sender.request(self._delete(task_id), request_options)

    def cancel(
        self, task_id: str, *, request_options: RequestOptions | None = None
    ) -> models.CancelAnalyzeTaskResponse:
        return self._sender.request(self._cancel(task_id), request_options)

    def wait_for_done(
        self,
        task_id: str,
        *,
        sleep_interval: float = 5.0,
        callback: Callable[[models.AnalyzeTask], Any] | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        backoff: float = DEFAULT_BACKOFF,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        request_options: RequestOptions | None = None,
    ) -> models.AnalyzeTask:
        """Poll until the task is ready, failed or canceled; `callback` sees every status, the first too."""
        plan = self._plan(task_id, sleep_interval, timeout, backoff, max_interval)
        return wait_sync(
            plan, lambda: self.retrieve(task_id, request_options=request_options), callback, self._sender.sleep
        )


class AsyncAnalyzeTasks(_TaskCalls):
    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def create(
        self,
        *,
        video: Any = None,
        image: Sequence[Any] | None = None,
        prompt: str | None = None,
        prompt_v_2: Any = None,
        model_name: str | None = None,
        custom_id: str | None = None,
        analysis_mode: str | None = None,
        temperature: float | None = None,
        max_tokens: int | str | None = None,
        response_format: Any = None,
        min_segment_duration: float | None = None,
        max_segment_duration: float | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAnalyzeTaskResponse:
        call = self._create(
            video=video, image=image, prompt=prompt, prompt_v_2=prompt_v_2, model_name=model_name,
            custom_id=custom_id, analysis_mode=analysis_mode, temperature=temperature, max_tokens=max_tokens,
            response_format=response_format, min_segment_duration=min_segment_duration,
            max_segment_duration=max_segment_duration, start_time=start_time, end_time=end_time,
            idempotency_key=idempotency_key,
        )  # fmt: skip
        return await self._sender.request(call, request_options)

    async def retrieve(self, task_id: str, *, request_options: RequestOptions | None = None) -> models.AnalyzeTask:
        return await self._sender.request(self._retrieve(task_id), request_options)

    def list(
        self,
        *,
        page_limit: int | None = None,
        status: str | None = None,
        analysis_mode: str | None = None,
        asset_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[models.AnalyzeTask]:
        filters = {"page_limit": page_limit, "status": status, "analysis_mode": analysis_mode, "asset_id": asset_id}
        return AsyncPager(lambda page: self._sender.request(self._list_page(page, **filters), request_options))

    async def delete(self, task_id: str, *, request_options: RequestOptions | None = None) -> None:
        await self._sender.request(self._delete(task_id), request_options)

    async def cancel(
        self, task_id: str, *, request_options: RequestOptions | None = None
    ) -> models.CancelAnalyzeTaskResponse:
        return await self._sender.request(self._cancel(task_id), request_options)

    async def wait_for_done(
        self,
        task_id: str,
        *,
        sleep_interval: float = 5.0,
        callback: Callable[[models.AnalyzeTask], Any] | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        backoff: float = DEFAULT_BACKOFF,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        request_options: RequestOptions | None = None,
    ) -> models.AnalyzeTask:
        plan = self._plan(task_id, sleep_interval, timeout, backoff, max_interval)
        return await wait_async(
            plan, lambda: self.retrieve(task_id, request_options=request_options), callback, self._sender.sleep
        )


class AnalyzeAsync:
    """`client.analyze_async`: the `tasks` resource."""

    def __init__(self, sender: SyncSender) -> None:
        self.tasks = AnalyzeTasks(sender)


class AsyncAnalyzeAsync:
    def __init__(self, sender: AsyncSender) -> None:
        self.tasks = AsyncAnalyzeTasks(sender)
