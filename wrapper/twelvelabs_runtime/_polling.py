"""`wait_for_done`: poll until a terminal status, with backoff, an overall deadline and clear errors."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from ._errors import APIConnectionError, APIStatusError, ConfigurationError, RateLimitError, WaitTimeoutError
from ._transport import ready

T = TypeVar("T")
logger = logging.getLogger("twelvelabs_client")

DEFAULT_SLEEP_INTERVAL = 5.0
DEFAULT_BACKOFF = 1.5
DEFAULT_MAX_INTERVAL = 30.0
DEFAULT_WAIT_TIMEOUT = 2 * 3600.0  # the longest analysis the API accepts is a 2-hour video


@dataclass(frozen=True)
class PollPlan:
    """When to poll: `sleep_interval` first, growing by `backoff` up to `max_interval`, until `timeout`."""

    what: str
    terminal: frozenset[str]
    sleep_interval: float = DEFAULT_SLEEP_INTERVAL
    backoff: float = DEFAULT_BACKOFF
    max_interval: float = DEFAULT_MAX_INTERVAL
    timeout: float | None = DEFAULT_WAIT_TIMEOUT
    status: str = "status"  # the answer's field that holds the status

    def __post_init__(self) -> None:
        if self.sleep_interval <= 0:
            raise ConfigurationError(f"sleep_interval must be > 0 seconds, got {self.sleep_interval}.")
        if self.backoff < 1:
            raise ConfigurationError(f"backoff must be >= 1, got {self.backoff}.")
        if self.timeout is not None and self.timeout <= 0:
            raise ConfigurationError(f"timeout must be > 0 seconds (or None to wait forever), got {self.timeout}.")

    def intervals(self) -> Iterator[float]:
        interval = self.sleep_interval
        while True:
            yield interval
            interval = min(max(self.max_interval, self.sleep_interval), interval * self.backoff)

    def is_transient(self, error: Exception) -> bool:
        """Errors worth polling through (the transport already retried them); 401/403/404 are not."""
        if isinstance(error, APIConnectionError | RateLimitError):
            return True
        return isinstance(error, APIStatusError) and error.status_code >= 500

    def timed_out(self, last: Any, waited: float) -> WaitTimeoutError:
        status = getattr(last, self.status, "unknown")
        return WaitTimeoutError(
            f"Gave up waiting for {self.what} after {waited:.0f}s; its last status was {status}. "
            "Pass a larger timeout= to wait longer.",
            last,
        )


async def poll(
    plan: PollPlan,
    retrieve: Callable[[], T | Awaitable[T]],
    callback: Callable[[T], Any] | None,
    sleep: Callable[[float], Any],
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """The polling loop of both clients (the sync one runs it with `run_sync`, see `ready`); an async
    client's callback may be a coroutine."""
    started = clock()
    intervals = plan.intervals()
    last: T | None = None
    while True:
        try:
            last = await ready(retrieve())
        except Exception as error:
            if not plan.is_transient(error):
                raise
            logger.warning("polling %s: %s; polling on", plan.what, error)
        else:
            if callback is not None:
                await ready(callback(last))
            if str(getattr(last, plan.status, "")) in plan.terminal:
                return last
        interval = next(intervals)
        waited = clock() - started
        if plan.timeout is not None and waited + interval > plan.timeout:
            raise plan.timed_out(last, waited)
        await ready(sleep(interval))
