"""The fault matrix: every fault the mock can inject, every call path, and the documented outcome.

tests/faults/test_matrix.py runs it; docs/reliability.md shows `render_table()` (a test keeps the
two equal: regenerate with `python -m tests.faults.matrix`).
"""

from __future__ import annotations

from dataclasses import dataclass

from twelvelabs_client import APIConnectionError, APITimeoutError, InternalServerError, RateLimitError

BACKOFF = (0.375, 0.5)  # the first retry waits 0.5 s, less up to 25 % jitter


@dataclass(frozen=True)
class Fault:
    name: str
    spec: str  # the mock's x-mock-fault syntax
    wait: tuple[float, float]  # bounds of the wait before the retry, read from the injected clock
    error: type[Exception]  # raised once retries are exhausted
    status: int | None = None
    code: str | None = None
    timeout: float | None = None  # the per-call timeout the path uses
    acted_on: bool = True  # whether the API may have carried out the request before this failure


@dataclass(frozen=True)
class Path:
    name: str
    operation: str  # the operationId that receives the fault
    replayable: bool = True  # False: a create the API does not de-duplicate

    def retries(self, fault: Fault) -> bool:
        return self.replayable or not fault.acted_on


TOO_MANY = "too_many_requests"
FAULTS = [
    Fault("429, Retry-After in seconds", "status=429; retry_after=1", (1.0, 1.0), RateLimitError, 429, TOO_MANY,
          acted_on=False),
    Fault("429, Retry-After as an HTTP date", "status=429; retry_after=http-date:2", (0.5, 2.5), RateLimitError, 429,
          TOO_MANY, acted_on=False),
    Fault("429 with an empty body", "status=429; body=empty", BACKOFF, RateLimitError, 429, acted_on=False),
    Fault("500", "status=500", BACKOFF, InternalServerError, 500, "internal_error"),
    Fault("502", "status=502", BACKOFF, InternalServerError, 502, "bad_gateway"),
    Fault("503", "status=503", BACKOFF, InternalServerError, 503, "service_unavailable", acted_on=False),
    Fault("504", "status=504", BACKOFF, InternalServerError, 504, "gateway_timeout"),
    Fault("502 HTML error page", "status=502; body=html", BACKOFF, InternalServerError, 502),
    Fault("connection dropped before the response", "drop", BACKOFF, APIConnectionError),
    # The mock's wait ends when the client hangs up, so a long delay costs nothing and leaves a wide margin
    # for a client stalled on a loaded machine (which then finds the answer and no timeout: CI, Python 3.10).
    Fault("response slower than the timeout", "delay=10", BACKOFF, APITimeoutError, timeout=0.25),
]  # fmt: skip
STREAM_FAULTS = {
    "stream cut after 3 events": "stream_cut=3",
    "malformed NDJSON line": "malformed_line=2",
    "unknown event type": "unknown_event=1",
}
PATHS = [
    Path("analyze", "analyze"),
    Path("analyze_stream", "analyze"),
    Path("assets.create (file)", "createAsset", replayable=False),
    Path("analyze_async.tasks.create", "createAnalyzeTask"),
    Path("analyze_async.tasks.wait_for_done", "retrieveAnalyzeTask"),
]


def render_table() -> str:
    rows = ["| fault | call path | outcome | attempts |", "| --- | --- | --- | --- |"]
    for fault in FAULTS:
        for path in PATHS:
            wait = "the Retry-After value" if fault.wait != BACKOFF else "0.375-0.5 s backoff"
            once = f"success after 1 retry (waits {wait})"
            error = fault.error.__name__ + (f" {fault.status}" if fault.status else "")
            if not path.retries(fault):
                error = fault.error.__name__ + (f" {fault.status}" if fault.status else "")
                rows.append(
                    f"| {fault.name} | `{path.name}` | `{error}` at once: not retried, the API may have "
                    "created the asset (no duplicate) | 1 |"
                )
                continue
            if path.name.endswith("wait_for_done"):
                persistent = "keeps polling through it: success"
                attempts = "2; 4 when it persists"
            else:
                persistent = f"`{error}` when it persists"
                attempts = "2; 3 when it persists"
            rows.append(f"| {fault.name} | `{path.name}` | {once}; {persistent} | {attempts} |")
    outcomes = {
        "stream cut after 3 events": "`StreamError` after the 3 events received; never looks complete; not retried",
        "malformed NDJSON line": "`StreamError` naming the line; not retried",
        "unknown event type": "success; the event is yielded as `UnknownStreamEvent`",
    }
    for name, outcome in outcomes.items():
        rows.append(f"| {name} | `analyze_stream` | {outcome} | 1 |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(render_table())
