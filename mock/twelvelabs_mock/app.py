"""The mock as an ASGI app: every API request goes faults -> auth -> validation -> engine -> log."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hmac
import itertools
import json
import logging
import time
from typing import Any

import jsonschema
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Mount
from starlette.types import Receive, Scope, Send

from .behaviours import default_behaviours
from .clock import Clock
from .control import control_routes
from .engine import Behaviours, Context, Engine
from .errors import ApiError, invalid, shorten
from .faults import HEADER as FAULT_HEADER
from .faults import Fault, FaultQueue, FaultSyntaxError, parse_fault
from .multipart import routes as upload_routes
from .spec import BASE_PATH, Operation, Spec, default_spec
from .state import Settings, Store, Timings
from .validation import validate_request

logger = logging.getLogger("twelvelabs_mock")
DEFAULT_API_KEY = "tlk_mock_key"
HTML_ERROR_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
ERROR_MESSAGES = {
    429: ("too_many_requests", "You have exceeded the rate limit. Retry after the time in Retry-After."),
    500: ("internal_error", "An internal error occurred. Retry the request."),
    502: ("bad_gateway", "The upstream service did not answer. Retry the request."),
    503: ("service_unavailable", "The service is temporarily unavailable. Retry the request."),
    504: ("gateway_timeout", "The upstream service timed out. Retry the request."),
}
_CYCLE_KEY = "twelvelabs_mock.cycle"


class UnservedOperations(ValueError):
    """The document has operations that neither the generic engine nor a behaviour can answer."""


class MockApp:
    """One mock API (an ASGI app) with its own state, clock, faults and request log, built from `document`
    (the packaged OpenAPI document by default). Serve it with uvicorn, or use it in-process with
    `httpx.ASGITransport` (faults that drop connections need a real server)."""

    def __init__(
        self,
        document: Spec | dict[str, Any] | None = None,
        *,
        api_key: str = DEFAULT_API_KEY,
        clock: Clock | None = None,
        timings: Timings | None = None,
        stream_delay: float = 0.0,
        self_check: bool = False,
        behaviours: Behaviours | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("the mock needs a non-empty API key")
        self.api_key = api_key
        self.spec = Spec(document) if isinstance(document, dict) else document or default_spec()
        self.engine = Engine(self.spec, behaviours or default_behaviours())
        if unserved := self.engine.unserved():
            names = ", ".join(f"{op.method} {op.path} ({op.operation_id})" for op in unserved)
            raise UnservedOperations(
                f"the mock cannot serve these documented operations: {names}. They are not create/list/"
                "retrieve/update/delete of a collection; add a behaviour for them (behaviours.py)."
            )
        self.clock = clock or Clock()
        self.store = Store(self.clock)
        self.settings = Settings(stream_delay=stream_delay, timings=timings or Timings())
        self.faults = FaultQueue()
        self.self_check = self_check
        self.violations: list[str] = []
        self.requests: list[dict[str, Any]] = []
        self._request_ids = itertools.count(1)
        # Only the control calls use Starlette's router; every API path goes through `dispatch`, so
        # that any path (even one Starlette cannot route) gets the API's error body.
        self.starlette = Starlette(routes=[Mount("/_mock", routes=control_routes(self)), *upload_routes(self)])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # uvicorn's `send` is a bound method of the connection's request cycle; keeping it lets a fault
        # close the socket (a dropped connection) instead of answering.
        if scope["type"] == "http" and scope["path"].startswith(BASE_PATH + "/"):
            scope[_CYCLE_KEY] = getattr(send, "__self__", None)
            response = await self.dispatch(Request(scope, receive))
            await response(scope, receive, send)
            return
        await self.starlette(scope, receive, send)

    def reset(self) -> None:
        """Forget every resource, fault and logged request. The self-check's violations survive: they
        are findings about the mock, and a reset between tests must not hide them from the final check."""
        self.store = Store(self.clock)
        self.faults.clear()
        self.requests.clear()
        self.settings.default_outcome = "ready"

    # ------------------------------------------------------------ the request pipeline
    async def dispatch(self, request: Request) -> Response:
        path = request.scope["path"].removeprefix(BASE_PATH)
        operation, path_params, allowed = self.spec.match(request.method, path)
        headers = {k.lower(): v for k, v in request.headers.items()}
        entry: dict[str, Any] = {
            "request_id": f"req_{next(self._request_ids):08x}",
            "method": request.method,
            "path": BASE_PATH + path,
            "operation": operation.operation_id if operation else None,
            "query": dict(request.query_params),
            "headers": {k: "<redacted>" if k == "x-api-key" else v for k, v in headers.items()},  # never the key
            "time": time.monotonic(),
            "clock": round(self.clock.now(), 6),
        }
        self.requests.append(entry)
        fault: Fault | None = None
        try:
            if operation is None:
                if allowed:
                    raise ApiError(405, "method_not_allowed", f"{request.method} is not allowed on {path}.",
                                   {"Allow": ", ".join(sorted(set(allowed)))})  # fmt: skip
                raise ApiError(404, "resource_not_exist", f"There is no endpoint {shorten(path, 80)}.")
            fault = self._fault_for(request, operation.operation_id)
            if fault is not None:
                entry["fault"] = fault.describe()
                if fault.delay:
                    await request.body()  # read first: the wait below then ends when the client hangs up
                    with contextlib.suppress(asyncio.TimeoutError):
                        await asyncio.wait_for(request.receive(), fault.delay)
                        raise ClientDisconnect  # once the body is read, only a disconnect arrives
                if fault.drop:
                    self._close_connection(request)
                    entry["status"] = None
                    return Response(status_code=500)  # never reaches the client: the socket is closed
                if fault.status is not None:
                    return self._finish(entry, _fault_response(fault))
            self._authenticate(request)
            valid = await validate_request(self.spec, operation, request, path_params)
            entry["body_size"] = valid.body_size
            if valid.files:
                entry["files"] = {name: f.__dict__ for name, f in valid.files.items()}
            context = Context(
                engine=self.engine,
                store=self.store,
                settings=self.settings,
                operation=operation,
                request=valid,
                headers=headers,
                fault=fault,
                cut_connection=lambda: self._close_connection(request),
                check_event=functools.partial(self.check_event, operation) if self.self_check else None,
            )
            response = await self.engine.serve(context)
            if fault is not None and fault.lost:
                self._close_connection(request)
                entry["status"] = None
                return response  # never reaches the client: what it asked for is done, the answer is lost
        except ApiError as error:
            response = JSONResponse(error.body(), status_code=error.status, headers=error.headers)
        except ClientDisconnect:
            # The client went away (for example during an injected delay) before sending its whole
            # body: nobody is left to answer, and it is not the mock's fault.
            entry["status"] = None
            entry["disconnected"] = True
            return Response(status_code=499)
        except Exception as error:  # a bug in the mock: answer like the API would, and record it
            logger.exception("mock handler failed")
            self.violations.append(f"{request.method} {path}: unhandled {type(error).__name__}: {error}")
            response = JSONResponse(
                {"code": "internal_error", "message": "The mock failed; see its log."}, status_code=500
            )
        if self.self_check and operation is not None and fault is None:
            self._check_response(operation, request.method, path, response)
        return self._finish(entry, response)

    def _finish(self, entry: dict[str, Any], response: Response) -> Response:
        entry["status"] = response.status_code
        response.headers["x-request-id"] = entry["request_id"]
        response.headers["X-Api-Version"] = "1.3"
        return response

    def _fault_for(self, request: Request, operation_id: str) -> Fault | None:
        if (header := request.headers.get(FAULT_HEADER)) is not None:
            try:
                return parse_fault(header)
            except FaultSyntaxError as error:
                raise invalid(f"The {FAULT_HEADER} header is invalid: {error}.") from None
        return self.faults.take(operation_id)

    def _authenticate(self, request: Request) -> None:
        key = request.headers.get("x-api-key")
        if not key:
            raise ApiError(401, "api_key_invalid", "The x-api-key header is missing; send your API key in it.")
        if not hmac.compare_digest(key.encode(), self.api_key.encode()):
            raise ApiError(401, "api_key_invalid", "The API key you provided is not valid.")

    def _close_connection(self, request: Request) -> None:
        cycle = request.scope.get(_CYCLE_KEY)
        transport = getattr(cycle, "transport", None)
        if transport is None:
            raise ConnectionAbortedError("this server cannot drop connections; run the mock under uvicorn")
        transport.close()

    # ------------------------------------------------------------ self-check (used by the tests)
    def _check_response(self, operation: Operation, method: str, path: str, response: Response) -> None:
        status = response.status_code
        if str(status) not in operation.responses:
            self.violations.append(f"{method} {path}: status {status} is not documented")
            return
        if isinstance(response, StreamingResponse) or status == 204:  # a stream is not one JSON document
            return
        validator = _response_validator(self.spec, operation.operation_id, status)
        if validator is None:
            self.violations.append(f"{method} {path}: {status} has a body the document does not describe")
            return
        error = jsonschema.exceptions.best_match(validator.iter_errors(json.loads(getattr(response, "body", b""))))
        if error is not None:
            self.violations.append(f"{method} {path} {status}: {error.message} at {list(error.absolute_path)}")

    def check_event(self, operation: Operation, event: dict[str, Any]) -> None:
        assert operation.stream_validator is not None  # only streamed operations send events
        if (error := jsonschema.exceptions.best_match(operation.stream_validator.iter_errors(event))) is not None:
            self.violations.append(f"{operation.operation_id} stream event {shorten(str(event))}: {error.message}")


@functools.cache  # per document: compiled once, at the first answer with that status
def _response_validator(spec: Spec, operation_id: str, status: int) -> jsonschema.Draft202012Validator | None:
    response = spec.resolve(spec.by_id[operation_id].responses[str(status)])
    media = response.get("content", {}).get("application/json")
    return spec.validator(media["schema"]) if media else None


def _fault_response(fault: Fault) -> Response:
    status = fault.status or 500
    retry_after = fault.retry_after_header()
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    if fault.body == "empty":
        return Response(b"", status_code=status, headers=headers)
    if fault.body == "html":
        return Response(HTML_ERROR_PAGE, status_code=status, headers=headers, media_type="text/html")
    code, message = ERROR_MESSAGES.get(status, ("injected_fault", f"An injected {status} error."))
    return JSONResponse({"code": code, "message": message}, status_code=status, headers=headers)


create_app = MockApp  # the documented way to make one
