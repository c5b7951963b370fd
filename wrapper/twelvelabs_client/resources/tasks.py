"""`client.tasks`: indexing tasks (upload a video into an index; yields the `video_id`)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from twelvelabs_api import models
from twelvelabs_api.api.tasks import create_task, delete_task, list_tasks, retrieve_task

from .._config import RequestOptions
from .._errors import InvalidRequestError
from .._pagination import AsyncPager, SyncPager
from .._parsing import no_content, parse_with
from .._polling import DEFAULT_BACKOFF, DEFAULT_MAX_INTERVAL, DEFAULT_WAIT_TIMEOUT, PollPlan, wait_async, wait_sync
from .._transport import Call
from .._uploads import FileInput, open_upload
from . import _inputs

if TYPE_CHECKING:
    from .._transport import AsyncSender, SyncSender

TERMINAL = frozenset({"ready", "failed"})


class _TaskCalls:
    def _create(
        self,
        index_id: str,
        video_file: FileInput | None,
        video_url: str | None,
        enable_video_stream: bool | None,
        user_metadata: Mapping[str, Any] | str | None,
    ) -> Call[models.CreateIndexingTaskResponse]:
        if (video_file is None) == (video_url is None):
            raise InvalidRequestError("video_file/video_url", "give exactly one of video_file or video_url")
        metadata = _inputs.metadata_string(user_metadata)

        def build(stack: contextlib.ExitStack[Any]) -> dict[str, Any]:
            body = models.CreateIndexingTaskRequest(
                index_id=index_id,
                video_file=_inputs.optional(
                    None if video_file is None else open_upload(video_file, "video_file", stack)
                ),
                video_url=_inputs.optional(video_url),
                enable_video_stream=True if enable_video_stream is None else enable_video_stream,
                user_metadata=metadata,
            )
            return create_task._get_kwargs(body=body)

        if video_file is not None:
            with contextlib.ExitStack() as stack:
                build(stack)  # a missing file fails here, before any request
        return Call("tasks.create", build, parse_with(models.CreateIndexingTaskResponse.from_dict))

    def _retrieve(self, task_id: str) -> Call[models.IndexingTask]:
        return Call(
            "tasks.retrieve", lambda _: retrieve_task._get_kwargs(task_id), parse_with(models.IndexingTask.from_dict)
        )

    def _list_page(self, page: int, **filters: Any) -> Call[models.IndexingTaskList]:
        params = {k: _inputs.optional(v) for k, v in filters.items()}
        return Call(
            "tasks.list",
            lambda _: list_tasks._get_kwargs(page=page, **params),
            parse_with(models.IndexingTaskList.from_dict),
        )

    def _delete(self, task_id: str) -> Call[None]:
        return Call("tasks.delete", lambda _: delete_task._get_kwargs(task_id), no_content)

    @staticmethod
    def _plan(
        task_id: str, sleep_interval: float, timeout: float | None, backoff: float, max_interval: float
    ) -> PollPlan:
        return PollPlan(f"indexing task {task_id}", TERMINAL, sleep_interval, backoff, max_interval, timeout)


class Tasks(_TaskCalls):
    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def create(
        self,
        *,
        index_id: str,
        video_file: FileInput | None = None,
        video_url: str | None = None,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, Any] | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.CreateIndexingTaskResponse:
        """Upload a video (`video_file`: path, bytes or binary file, streamed) or `video_url` into an index."""
        call = self._create(index_id, video_file, video_url, enable_video_stream, user_metadata)
        return self._sender.request(call, request_options)

    def retrieve(self, task_id: str, *, request_options: RequestOptions | None = None) -> models.IndexingTask:
        return self._sender.request(self._retrieve(task_id), request_options)

    def list(
        self,
        *,
        page_limit: int | None = None,
        index_id: str | None = None,
        status: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[models.IndexingTask]:
        filters = {"page_limit": page_limit, "index_id": index_id, "status": status}
        return SyncPager(lambda page: self._sender.request(self._list_page(page, **filters), request_options))

    def delete(self, task_id: str, *, request_options: RequestOptions | None = None) -> None:
        self._sender.request(self._delete(task_id), request_options)

    def wait_for_done(
        self,
        task_id: str,
        *,
        sleep_interval: float = 5.0,
        callback: Callable[[models.IndexingTask], Any] | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        backoff: float = DEFAULT_BACKOFF,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        request_options: RequestOptions | None = None,
    ) -> models.IndexingTask:
        """Poll until the task is ready or failed; `callback` sees every status, the first one too."""
        plan = self._plan(task_id, sleep_interval, timeout, backoff, max_interval)
        return wait_sync(
            plan, lambda: self.retrieve(task_id, request_options=request_options), callback, self._sender.sleep
        )


class AsyncTasks(_TaskCalls):
    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def create(
        self,
        *,
        index_id: str,
        video_file: FileInput | None = None,
        video_url: str | None = None,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, Any] | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.CreateIndexingTaskResponse:
        call = self._create(index_id, video_file, video_url, enable_video_stream, user_metadata)
        return await self._sender.request(call, request_options)

    async def retrieve(self, task_id: str, *, request_options: RequestOptions | None = None) -> models.IndexingTask:
        return await self._sender.request(self._retrieve(task_id), request_options)

    def list(
        self,
        *,
        page_limit: int | None = None,
        index_id: str | None = None,
        status: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[models.IndexingTask]:
        filters = {"page_limit": page_limit, "index_id": index_id, "status": status}
        return AsyncPager(lambda page: self._sender.request(self._list_page(page, **filters), request_options))

    async def delete(self, task_id: str, *, request_options: RequestOptions | None = None) -> None:
        await self._sender.request(self._delete(task_id), request_options)

    async def wait_for_done(
        self,
        task_id: str,
        *,
        sleep_interval: float = 5.0,
        callback: Callable[[models.IndexingTask], Any] | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        backoff: float = DEFAULT_BACKOFF,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        request_options: RequestOptions | None = None,
    ) -> models.IndexingTask:
        plan = self._plan(task_id, sleep_interval, timeout, backoff, max_interval)
        return await wait_async(
            plan, lambda: self.retrieve(task_id, request_options=request_options), callback, self._sender.sleep
        )
