"""Run a mock on a loopback port in a background thread (tests, examples, the CLI's --mock)."""

from __future__ import annotations

import functools
import logging
import threading
import time

import uvicorn

from .app import DEFAULT_API_KEY, MockApp, create_app
from .handle import MockControl
from .spec import BASE_PATH


def _quiet_drops(record: logging.LogRecord) -> bool:
    """A dropped connection is asked for; uvicorn's complaint about it is noise."""
    return "returned without starting response" not in record.getMessage()


class MockServer:
    """A mock served by uvicorn on `host` (loopback) and a free port, in a daemon thread.

    >>> with MockServer() as mock:
    ...     client = TwelveLabs(api_key=mock.api_key, base_url=mock.base_url)
    """

    def __init__(
        self,
        app: MockApp | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str = DEFAULT_API_KEY,
        log_level: str = "warning",
    ) -> None:
        self.app = app or create_app(api_key=api_key)
        self.api_key = self.app.api_key
        config = uvicorn.Config(self.app, host=host, port=port, log_level=log_level, lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="twelvelabs-mock", daemon=True)
        self.host = host
        self.port = port
        logging.getLogger("uvicorn.error").addFilter(_quiet_drops)

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API's base URL on this mock (what `TWELVELABS_BASE_URL` should be)."""
        return self.root_url + BASE_PATH

    @functools.cached_property
    def control(self) -> MockControl:
        return MockControl(self.root_url)

    def start(self, timeout: float = 10.0) -> MockServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the mock did not start on {self.host}:{self.port}")
            time.sleep(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        if "control" in vars(self):  # made on first use
            self.control.close()
            del self.control

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
