"""Start `python -m twelvelabs_mock` in its own process on a free port (so it does not share our GIL)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from _common import KEY


@contextmanager
def mock_process(*extra: str) -> Iterator[str]:
    command = [sys.executable, "-m", "twelvelabs_mock", "--port", "0", "--api-key", KEY, *extra]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip().rsplit(" ", 1)[-1]  # the base URL it printed
    finally:
        process.terminate()
        process.wait(10)
