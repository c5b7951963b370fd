from __future__ import annotations

from collections.abc import Iterator

import pytest

from twelvelabs_mock import Clock, MockServer, create_app

KEY = "tlk_fault_matrix_key"


@pytest.fixture(scope="module")
def mock_server() -> Iterator[MockServer]:
    app = create_app(api_key=KEY, clock=Clock(speed=0.0), self_check=True)
    with MockServer(app) as server:
        yield server
    assert not app.violations, app.violations


@pytest.fixture
def mock(mock_server: MockServer) -> MockServer:
    mock_server.control.reset()
    mock_server.control.set_clock(per_poll=0.0)
    return mock_server
