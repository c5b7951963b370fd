from __future__ import annotations

from tests.document import ROOT
from tests.faults.matrix import render_table


def test_reliability_page_shows_the_tested_matrix() -> None:
    assert render_table() in (ROOT / "docs" / "reliability.md").read_text()
