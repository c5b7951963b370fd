"""Control calls under `/_mock`, outside the public API document: reset, clock, faults, request log."""

from __future__ import annotations

import json
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


def control_routes(app: Controlled) -> list[BaseRoute]:
    async def body_of(request: Request) -> dict[str, Any]:
        raw = await request.body()
        if not raw:
            return {}
        value = json.loads(raw)
        if not isinstance(value, dict):
            raise ValueError("send a JSON object")
        return value

    def bad(message: str) -> JSONResponse:
        return JSONResponse({"code": "control_invalid", "message": message}, status_code=400)

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def reset(request: Request) -> Response:
        app.reset()
        return JSONResponse({"status": "reset"})

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            try:
                body = await body_of(request)
                if "speed" in body:
                    app.clock.speed = float(body["speed"])
                if "per_poll" in body:
                    app.clock.per_poll = float(body["per_poll"])
                if "advance" in body:
                    app.clock.advance(float(body["advance"]))
            except (ValueError, TypeError) as error:
                return bad(f"clock: {error}")
        return JSONResponse({"now": app.clock.now(), "speed": app.clock.speed, "per_poll": app.clock.per_poll})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            app.faults.clear()
        elif request.method == "POST":
            try:
                body = await body_of(request)
                fault = parse_fault(str(body["fault"]))
                probability = float(body.get("probability", 1.0))
                app.faults.add(fault, int(body.get("count", 1)), body.get("operation"), probability)
            except (KeyError, ValueError, TypeError, FaultSyntaxError) as error:
                return bad(f"faults: {error}; send {{'fault': 'status=503', 'count': 1, 'operation': 'analyze'}}")
        return JSONResponse({"queued": app.faults.pending()})

    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            app.requests.clear()
        return JSONResponse({"requests": app.requests})

    async def config(request: Request) -> Response:
        if request.method == "POST":
            try:
                body = await body_of(request)
                app.settings.timings.update(body.get("timings", {}))
                if "stream_delay" in body:
                    app.settings.stream_delay = max(0.0, float(body["stream_delay"]))
                if "outcome" in body:
                    if body["outcome"] not in ("ready", "failed"):
                        raise ValueError("outcome must be ready or failed")
                    app.settings.default_outcome = body["outcome"]
            except (ValueError, TypeError) as error:
                return bad(f"config: {error}")
        settings = app.settings
        return JSONResponse(
            {
                "timings": settings.timings.__dict__,
                "stream_delay": settings.stream_delay,
                "outcome": settings.default_outcome,
            }
        )

    async def violations(request: Request) -> Response:
        return JSONResponse({"violations": app.violations})

    return [
        Route("/health", health, methods=["GET"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/clock", clock, methods=["GET", "POST"]),
        Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/requests", requests, methods=["GET", "DELETE"]),
        Route("/config", config, methods=["GET", "POST"]),
        Route("/violations", violations, methods=["GET"]),
    ]
