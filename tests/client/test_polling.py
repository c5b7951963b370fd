"""wait_for_done: callbacks on every status, terminal statuses, timeouts, errors, and the schedule."""

from __future__ import annotations

import pytest

from tests.client.conftest import Recorder, json_response
from twelvelabs_client import ConfigurationError, NotFoundError, WaitTimeoutError


def task(status: str) -> dict[str, str]:
    return {"task_id": "t1", "status": status, "created_at": "2026-11-20T10:15:00Z"}


def test_callback_sees_every_status_the_first_included_and_it_stops_at_terminal() -> None:
    for terminal in ("ready", "failed", "canceled"):
        recorder = Recorder(
            json_response(200, task("queued")),
            json_response(200, task("processing")),
            json_response(200, task(terminal)),
        )
        seen: list[str] = []
        record = seen.append
        done = recorder.client().analyze_async.tasks.wait_for_done(
            "t1", callback=lambda t, record=record: record(str(t.status))
        )
        assert done.status == terminal and seen == ["queued", "processing", terminal]
        assert len(recorder.requests) == 3


def test_an_already_finished_task_still_calls_back_once() -> None:
    recorder = Recorder(json_response(200, task("ready")))
    seen: list[str] = []
    recorder.client().analyze_async.tasks.wait_for_done("t1", callback=lambda t: seen.append(str(t.status)))
    assert seen == ["ready"] and recorder.sleeps == []


def test_backoff_schedule_from_the_sleep_interval() -> None:
    recorder = Recorder(*[json_response(200, task("processing"))] * 6, json_response(200, task("ready")))
    recorder.client().analyze_async.tasks.wait_for_done("t1", sleep_interval=5)
    assert recorder.sleeps == [5, 7.5, 11.25, 16.875, 25.3125, 30]


def test_timeout_raises_with_the_last_status() -> None:
    recorder = Recorder(json_response(200, task("processing")))
    client = recorder.client()
    clock = iter(range(0, 10_000, 5))
    from twelvelabs_runtime import _polling
    from twelvelabs_runtime._transport import run_sync

    with pytest.raises(WaitTimeoutError) as raised:
        run_sync(
            _polling.poll(
                _polling.PollPlan("analysis task t1", frozenset({"ready"}), 5, 1.0, 30, 20),
                lambda: client.analyze_async.tasks.retrieve("t1"),
                None,
                recorder.sleeps.append,
                clock=lambda: float(next(clock)),
            )
        )
    assert raised.value.status == "processing" and "processing" in str(raised.value)
    assert isinstance(raised.value, TimeoutError)


def test_not_found_propagates_at_once_and_transient_errors_are_polled_through() -> None:
    recorder = Recorder(json_response(404, {"code": "resource_not_exist", "message": "No task t1."}))
    with pytest.raises(NotFoundError):
        recorder.client().analyze_async.tasks.wait_for_done("t1")
    assert len(recorder.requests) == 1
    indexing_task = {"_id": "t1", "status": "ready"}
    flaky = Recorder(*[json_response(503, {})] * 3, json_response(200, indexing_task))
    assert flaky.client().tasks.wait_for_done("t1").status == "ready"
    assert len(flaky.requests) == 4


def test_bad_polling_settings() -> None:
    client = Recorder(json_response(200, task("ready"))).client()
    with pytest.raises(ConfigurationError, match="sleep_interval"):
        client.tasks.wait_for_done("t1", sleep_interval=0)
    with pytest.raises(ConfigurationError, match="timeout"):
        client.assets.wait_for_done("a1", timeout=-1)
