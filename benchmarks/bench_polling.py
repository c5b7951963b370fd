"""Requests `wait_for_done` makes, with default settings, for a task that takes 60 simulated seconds."""

from __future__ import annotations

from typing import Any

from _common import KEY, VIDEO_URL

from twelvelabs_client import TwelveLabs
from twelvelabs_mock import Clock, MockServer, Timings, create_app


def measure() -> dict[str, Any]:
    app = create_app(
        api_key=KEY, clock=Clock(speed=0.0), timings=Timings(analyze_queued=0, analyze_pending=0, analyze_processing=60)
    )
    with MockServer(app) as mock, TwelveLabs(api_key=KEY, base_url=mock.base_url) as client:
        client._sender.sleep = mock.control.advance  # each wait moves simulated time, no real waiting
        task = client.analyze_async.tasks.create(video={"type": "url", "url": VIDEO_URL}, prompt="x")
        done = client.analyze_async.tasks.wait_for_done(task.task_id)
        polls = [r["clock"] for r in mock.control.requests() if r["operation"] == "retrieveAnalyzeTask"]
    return {"status": str(done.status), "requests": len(polls), "schedule": [round(t, 2) for t in polls]}
