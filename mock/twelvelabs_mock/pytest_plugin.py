"""pytest plugin (installed with the package): the `twelvelabs_mock` fixture.

    def test_my_code(twelvelabs_mock):
        client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
        twelvelabs_mock.control.inject("status=503", count=1)
        ...

Each test gets a fresh mock on a free 127.0.0.1 port with simulated time stopped (advance it with
`control.advance(seconds)` or `control.set_clock(per_poll=...)`) and with self-checking on: the test
fails if the mock sent a response that the OpenAPI document does not allow.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .app import create_app
from .clock import Clock
from .server import MockServer


@pytest.fixture
def twelvelabs_mock() -> Iterator[MockServer]:
    """A running mock: `.base_url`, `.api_key`, `.control` (a `MockControl`) and `.app`."""
    app = create_app(clock=Clock(speed=0.0), self_check=True)
    with MockServer(app) as server:
        yield server
        violations = list(app.violations)
    assert not violations, "the mock answered outside its OpenAPI document:\n" + "\n".join(violations)
