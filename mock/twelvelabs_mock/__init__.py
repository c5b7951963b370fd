"""A stateful mock of the TwelveLabs v1.3 API, driven by the project's OpenAPI document.

python -m twelvelabs_mock --port 4010 --api-key KEY     # serve it
create_app(document)                                    # an ASGI app, for in-process use
MockServer(...)                                         # uvicorn on a free loopback port, in a thread
"""

from .app import DEFAULT_API_KEY, MockApp, UnservedOperations, create_app
from .clock import Clock
from .handle import MockControl
from .server import MockServer
from .state import Timings

__all__ = [
    "DEFAULT_API_KEY",
    "Clock",
    "MockApp",
    "MockControl",
    "MockServer",
    "Timings",
    "UnservedOperations",
    "create_app",
]
