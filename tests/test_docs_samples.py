"""Code from docs/testing.md, as a user would run it with the installed pytest plugin."""

from __future__ import annotations

from typing import Any

from twelvelabs_client import TwelveLabs


def test_survives_a_rate_limit(twelvelabs_mock: Any) -> None:
    client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
    twelvelabs_mock.control.inject("status=429; retry_after=0", count=1, operation="analyze")
    result = client.analyze(video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="x")
    assert result.data
    attempts = [r for r in twelvelabs_mock.control.requests() if r["operation"] == "analyze"]
    assert [a["status"] for a in attempts] == [429, 200]


def test_time_without_waiting(twelvelabs_mock: Any) -> None:
    client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
    task = client.analyze_async.tasks.create(video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="x")
    twelvelabs_mock.control.advance(10)
    assert client.analyze_async.tasks.retrieve(task.task_id).status == "ready"
    other = client.analyze_async.tasks.create(video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="y")
    twelvelabs_mock.control.set_clock(per_poll=5)
    done = client.analyze_async.tasks.wait_for_done(other.task_id, sleep_interval=0.01)
    assert done.status == "ready"
