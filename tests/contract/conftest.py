from __future__ import annotations

import pytest

from tests.contract.seed import REPLAY


def pytest_report_header(config: pytest.Config) -> str:
    return REPLAY


def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> None:
    """A failing contract test names the seed that replays it."""
    if call.excinfo is not None and item.path.name == "test_contract.py":
        item.add_report_section(call.when, "seed", REPLAY)
