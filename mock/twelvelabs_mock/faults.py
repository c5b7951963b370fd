"""Fault injection: asked for per request (`x-mock-fault` header) or for the next N requests (control call).

A fault is written as `;`-separated settings, for example:

    status=503                      answer 503 with the API's error body
    status=429; retry_after=2       ... with `Retry-After: 2` (or `retry_after=http-date:2` for a date)
    status=429; body=empty          ... with an empty body (`body=html` sends an HTML error page)
    drop                            close the connection before any response
    delay=1.5                       wait 1.5 s before answering (less if the client hangs up)
    stream_cut=3                    end a stream abruptly after 3 events
    malformed_line=2                make the stream's 3rd line (index 2) invalid JSON
    unknown_event=2                 insert an event of an unknown type before index 2
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

HEADER = "x-mock-fault"
INDEXES = ("stream_cut", "malformed_line", "unknown_event")  # stream faults: the index of an event


class FaultSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class Fault:
    status: int | None = None
    retry_after: str | None = None
    body: str = "json"  # json, empty or html
    drop: bool = False
    lost: bool = False  # the request is carried out, then the connection drops before the answer
    delay: float = 0.0
    stream_cut: int | None = None
    malformed_line: int | None = None
    unknown_event: int | None = None

    def retry_after_header(self) -> str | None:
        if self.retry_after is None:
            return None
        if self.retry_after.startswith("http-date:"):
            seconds = float(self.retry_after.removeprefix("http-date:"))
            return email.utils.formatdate(time.time() + seconds, usegmt=True)
        return self.retry_after

    def describe(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, False, 0.0, "json")}


def _always(value: str) -> bool:
    return True


# Each setting: how its text converts, the rule its value keeps, and the message when it does not.
_SETTINGS: dict[str, tuple[Callable[[str], Any], Callable[[Any], bool], str]] = {
    "status": (int, lambda status: 400 <= status <= 599, "status must be 400-599"),
    "retry_after": (str, bool, "retry_after needs a value"),
    "body": (str, lambda body: body in ("json", "empty", "html"), "body must be json, empty or html"),
    "drop": (_always, _always, ""),
    "lost": (_always, _always, ""),
    "delay": (float, _always, ""),
    **{name: (int, lambda index: index >= 0, f"{name} must be >= 0") for name in INDEXES},
}


def parse_fault(text: str) -> Fault:
    settings: dict[str, Any] = {}
    for part in filter(None, (piece.strip() for piece in text.split(";"))):
        name, _, value = part.partition("=")
        name, value = name.strip().replace("-", "_"), value.strip()
        if name not in _SETTINGS:
            raise FaultSyntaxError(f"unknown fault setting {name!r}")
        convert, keeps_rule, rule = _SETTINGS[name]
        try:
            settings[name] = convert(value)
        except ValueError:
            raise FaultSyntaxError(f"bad value for {name}: {value!r}") from None
        if not keeps_rule(settings[name]):
            raise FaultSyntaxError(rule)
    if not settings:
        raise FaultSyntaxError("empty fault")
    return Fault(**settings)


@dataclass
class QueuedFault:
    fault: Fault
    remaining: int
    operation: str | None = None  # an operationId; None matches every API request
    probability: float = 1.0  # the share of matching requests that get the fault


class FaultQueue:
    """Faults for the next N matching requests, applied in the order they were queued."""

    def __init__(self, seed: int = 0) -> None:
        self._queued: list[QueuedFault] = []
        self._random = random.Random(seed)  # seeded: a probabilistic run is repeatable

    def add(self, fault: Fault, count: int = 1, operation: str | None = None, probability: float = 1.0) -> None:
        if count < 1:
            raise ValueError("count must be >= 1")
        if not 0 < probability <= 1:
            raise ValueError("probability must be in (0, 1]")
        self._queued.append(QueuedFault(fault, count, operation, probability))

    def clear(self) -> None:
        self._queued.clear()

    def take(self, operation_id: str | None) -> Fault | None:
        for queued in self._queued:
            if queued.operation in (None, operation_id):
                if queued.probability < 1 and self._random.random() >= queued.probability:
                    return None
                queued.remaining -= 1
                if queued.remaining == 0:
                    self._queued.remove(queued)
                return queued.fault
        return None

    def pending(self) -> list[dict[str, Any]]:
        return [{**vars(queued), "fault": queued.fault.describe()} for queued in self._queued]
