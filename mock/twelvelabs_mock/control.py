"""Control calls under `/_mock`, outside the public API document: reset, clock, faults, request log."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .clock import Clock
from .faults import FaultQueue, FaultSyntaxError, parse_fault
from .state import Settings


class Controlled(Protocol):
    """What the control calls reach of a mock app (the app depends on this module, not the reverse)."""

    clock: Clock
    faults: FaultQueue
    settings: Settings
    requests: list[dict[str, Any]]
    violations: list[str]

    def reset(self) -> None: ...


Answer = Callable[[], dict[str, Any]]
Change = Callable[[dict[str, Any]], None]
FAULT_EXAMPLE = "; send {'fault': 'status=503', 'count': 1, 'operation': 'analyze'}"


def control_routes(app: Controlled) -> list[BaseRoute]:
    def reset() -> dict[str, Any]:
        app.reset()
        return {"status": "reset"}

    def clock() -> dict[str, Any]:
        return {"now": app.clock.now(), "speed": app.clock.speed, "per_poll": app.clock.per_poll}

    def set_clock(body: dict[str, Any]) -> None:
        if "speed" in body:
            app.clock.speed = float(body["speed"])
        if "per_poll" in body:
            app.clock.per_poll = float(body["per_poll"])
        if "advance" in body:
            app.clock.advance(float(body["advance"]))

    def add_fault(body: dict[str, Any]) -> None:
        fault = parse_fault(str(body["fault"]))
        probability = float(body.get("probability", 1.0))
        app.faults.add(fault, int(body.get("count", 1)), body.get("operation"), probability)

    def config() -> dict[str, Any]:
        settings = app.settings
        return {
            "timings": vars(settings.timings),
            "stream_delay": settings.stream_delay,
            "outcome": settings.default_outcome,
        }

    def configure(body: dict[str, Any]) -> None:
        app.settings.timings.update(body.get("timings", {}))
        if "stream_delay" in body:
            app.settings.stream_delay = max(0.0, float(body["stream_delay"]))
        if "outcome" in body:
            if body["outcome"] not in ("ready", "failed"):
                raise ValueError("outcome must be ready or failed")
            app.settings.default_outcome = body["outcome"]

    def route(path: str, methods: list[str], answer: Answer, post: Change | None = None, hint: str = "") -> Route:
        """A control call: it answers `answer()`, after POST changes things from its JSON body (or DELETE clears)."""

        async def endpoint(request: Request) -> Response:
            if request.method == "DELETE":
                clears[path]()
            elif request.method == "POST" and post is not None:
                try:
                    post(await _body(request))
                except (KeyError, ValueError, TypeError, FaultSyntaxError) as error:
                    message = f"{path[1:]}: {error}{hint}"
                    return JSONResponse({"code": "control_invalid", "message": message}, status_code=400)
            return JSONResponse(answer())

        return Route(path, endpoint, methods=methods)

    # What DELETE empties (the app keeps these objects for its lifetime; a reset empties them in place).
    clears: dict[str, Callable[[], None]] = {"/faults": app.faults.clear, "/requests": app.requests.clear}
    return [
        route("/health", ["GET"], lambda: {"status": "ok"}),
        route("/reset", ["POST"], reset),
        route("/clock", ["GET", "POST"], clock, set_clock),
        route("/faults", ["GET", "POST", "DELETE"], lambda: {"queued": app.faults.pending()}, add_fault, FAULT_EXAMPLE),
        route("/requests", ["GET", "DELETE"], lambda: {"requests": app.requests}),
        route("/config", ["GET", "POST"], config, configure),
        route("/violations", ["GET"], lambda: {"violations": app.violations}),
    ]


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise ValueError("send a JSON object")
    return value
