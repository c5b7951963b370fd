"""pytest plugin (installed with the package): the `twelvelabs_mock` fixture.

    def test_my_code(twelvelabs_mock):
        client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
        twelvelabs_mock.control.inject("status=503", count=1)
        ...

Each test gets a fresh mock on a free 127.0.0.1 port with simulated time stopped (advance it with
`control.advance(seconds)` or `control.set_clock(per_poll=...)`) and with self-checking on: the test
fails if the mock sent a response that the OpenAPI document does not allow.

pytest loads this module in every project where the package is installed, with or without the `[mock]`
extra, so it imports nothing beyond pytest until a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import MockServer

MISSING_EXTRA = "the twelvelabs_mock fixture needs the mock server: pip install 'twelvelabs-openapi[mock]'"


@pytest.fixture
def twelvelabs_mock() -> Iterator[MockServer]:
    """A running mock: `.base_url`, `.api_key`, `.control` (a `MockControl`) and `.app`."""
    try:
        from .app import create_app
        from .clock import Clock
        from .server import MockServer
    except ImportError as error:
        pytest.fail(f"{MISSING_EXTRA} ({error})", pytrace=False)
    app = create_app(clock=Clock(speed=0.0), self_check=True)
    with MockServer(app) as server:
        yield server
        violations = list(app.violations)
    assert not violations, "the mock answered outside its OpenAPI document:\n" + "\n".join(violations)
