"""Requests per second the mock serves for GET /analyze/tasks/{task_id} over loopback, the mock in its
own process and the load from this one (keep-alive connections, several threads)."""

from __future__ import annotations

import threading
import time

import httpx
from _common import KEY, VIDEO_URL, Figure
from _mock_process import mock_process


def measure(seconds: float = 3.0, threads: int = 4, repeats: int = 3) -> Figure:
    with mock_process("--clock-speed", "0") as base_url:
        headers = {"x-api-key": KEY}
        created = httpx.post(
            f"{base_url}/analyze/tasks",
            headers=headers,
            json={"video": {"type": "url", "url": VIDEO_URL}, "prompt": "x"},
        )
        path = f"/analyze/tasks/{created.json()['task_id']}"
        rates = []
        for _ in range(repeats):
            counts = [0] * threads

            def load(slot: int, until: float, counts: list[int] = counts) -> None:
                with httpx.Client(base_url=base_url, headers=headers) as client:
                    while time.perf_counter() < until:
                        response = client.get(path)
                        assert response.status_code == 200
                        counts[slot] += 1

            until = time.perf_counter() + seconds
            workers = [threading.Thread(target=load, args=(n, until)) for n in range(threads)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            rates.append(sum(counts) / seconds)
    return Figure.of(rates)
