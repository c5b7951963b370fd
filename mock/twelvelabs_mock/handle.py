"""`MockControl`: the control calls of a running mock, from Python (tests, examples)."""

from __future__ import annotations

from typing import Any

import httpx


class MockControl:
    """Talks to a mock's `/_mock` control calls over HTTP, so it works for any running mock."""

    def __init__(self, root_url: str, *, timeout: float = 10.0) -> None:
        self._http = httpx.Client(base_url=root_url.rstrip("/") + "/_mock", timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        response = self._http.request(method, path, json=body)
        if response.status_code >= 400:
            raise RuntimeError(f"mock control {method} {path} failed: {response.text}")
        answer: dict[str, Any] = response.json()  # every control call answers a JSON object
        return answer

    def health(self) -> bool:
        return bool(self._call("GET", "/health")["status"] == "ok")

    def reset(self) -> None:
        """Forget every resource, fault and logged request."""
        self._call("POST", "/reset")

    def now(self) -> float:
        """Simulated seconds since the mock started."""
        return float(self._call("GET", "/clock")["now"])

    def advance(self, seconds: float) -> float:
        return float(self._call("POST", "/clock", {"advance": seconds})["now"])

    def set_clock(self, *, speed: float | None = None, per_poll: float | None = None) -> dict[str, Any]:
        """`speed=0` stops simulated time; `per_poll=N` advances it N seconds at every retrieve of a task."""
        return self._call("POST", "/clock", _given(speed=speed, per_poll=per_poll))

    def inject(self, fault: str, *, count: int = 1, operation: str | None = None, probability: float = 1.0) -> None:
        """Make the next `count` requests (of `operation`, an operationId, if given) fail as `fault` says,
        for example `status=503`, `status=429; retry_after=2`, `drop`, `stream_cut=3`. With `probability`
        below 1, each matching request gets the fault with that chance (seeded, so runs repeat)."""
        self._call("POST", "/faults", _given(fault=fault, count=count, operation=operation, probability=probability))

    def clear_faults(self) -> None:
        self._call("DELETE", "/faults")

    def requests(self) -> list[dict[str, Any]]:
        """The log of received API requests, oldest first (the API key is never in it)."""
        found: list[dict[str, Any]] = self._call("GET", "/requests")["requests"]
        return found

    def clear_requests(self) -> None:
        self._call("DELETE", "/requests")

    def configure(
        self,
        *,
        timings: dict[str, float] | None = None,
        stream_delay: float | None = None,
        outcome: str | None = None,
    ) -> dict[str, Any]:
        """Status durations (simulated seconds), the delay between stream events, and whether new tasks
        end `ready` or `failed`."""
        return self._call("POST", "/config", _given(timings=timings, stream_delay=stream_delay, outcome=outcome))

    def violations(self) -> list[str]:
        """Responses the mock sent that break the document (only recorded with self_check on)."""
        found: list[str] = self._call("GET", "/violations")["violations"]
        return found


def _given(**arguments: Any) -> dict[str, Any]:
    """A control call's body: the arguments given (not None)."""
    return {name: value for name, value in arguments.items() if value is not None}
