"""Simulated time: tasks move through their statuses on this clock, which tests can stop and advance."""

from __future__ import annotations

import time
from collections.abc import Callable


class Clock:
    """Simulated seconds since the app started.

    `now()` is `offset + real elapsed * speed`. The default speed of 1 lets programs that poll with
    real sleeps finish; tests set `speed=0` and move time with `advance()`, or with `per_poll`, which
    advances the clock every time a task or asset is retrieved.
    """

    def __init__(self, speed: float = 1.0, per_poll: float = 0.0, monotonic: Callable[[], float] = time.monotonic):
        self._monotonic = monotonic
        self._started = monotonic()
        self._offset = 0.0
        self._speed = speed
        self.per_poll = per_poll

    def now(self) -> float:
        return self._offset + (self._monotonic() - self._started) * self._speed

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self._offset += seconds
        return self.now()

    @property
    def speed(self) -> float:
        return self._speed

    @speed.setter
    def speed(self, speed: float) -> None:
        if speed < 0:
            raise ValueError("speed must be >= 0")
        self._offset, self._started = self.now(), self._monotonic()  # now() stays continuous across the change
        self._speed = speed

    def polled(self) -> None:
        if self.per_poll:
            self._offset += self.per_poll
