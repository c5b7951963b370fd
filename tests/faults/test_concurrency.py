"""200 analyze calls from one AsyncTwelveLabs, 50 in flight, while ~10 % of requests get a 503."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.faults.conftest import KEY
from twelvelabs_client import AsyncTwelveLabs, InternalServerError
from twelvelabs_mock import MockServer

pytestmark = pytest.mark.timeout(120)


def test_200_calls_with_50_in_flight_and_injected_503s(mock: MockServer) -> None:
    mock.control.inject("status=503", count=100_000, operation="analyze", probability=0.1)
    outcomes: list[Any] = []
    peak = {"in_flight": 0, "now": 0, "connections": 0}

    async def one(client: AsyncTwelveLabs, limit: asyncio.Semaphore, n: int) -> None:
        async with limit:
            peak["now"] += 1
            peak["in_flight"] = max(peak["in_flight"], peak["now"])
            try:
                result = await client.analyze(
                    video={"type": "url", "url": f"https://cdn.example.com/{n}.mp4"}, prompt="x"
                )
                outcomes.append(result)
            except InternalServerError as error:  # three 503s in a row: the documented typed error
                outcomes.append(error)
            finally:
                peak["now"] -= 1
                peak["connections"] = max(peak["connections"], len(client._pool.get()._transport._pool.connections))  # type: ignore[attr-defined]

    async def main() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=mock.base_url) as client:

            async def no_wait(seconds: float) -> None:
                await asyncio.sleep(0)

            client._sender.sleep = no_wait
            limit = asyncio.Semaphore(50)
            await asyncio.gather(*(one(client, limit, n) for n in range(200)))

    asyncio.run(main())
    assert len(outcomes) == 200
    successes = [o for o in outcomes if not isinstance(o, Exception)]
    failures = [o for o in outcomes if isinstance(o, Exception)]
    assert all(o.data for o in successes)
    assert all(e.status_code == 503 for e in failures) and len(successes) >= 190
    log = [r for r in mock.control.requests() if r["operation"] == "analyze"]
    faulted = [r for r in log if r.get("fault")]
    assert 8 <= len(faulted) <= 60, "about one request in ten got a 503"
    # Every 503 was retried, except the third one of a call that then failed.
    assert len(log) == 200 + len(faulted) - len(failures)
    assert peak["in_flight"] == 50
    assert peak["connections"] <= 50, "the pool never grows past the concurrency"
