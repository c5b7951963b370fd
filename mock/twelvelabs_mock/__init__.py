"""A stateful mock of the TwelveLabs v1.3 API, driven by the project's OpenAPI document.

python -m twelvelabs_mock --port 4010 --api-key KEY     # serve it
create_app(document)                                    # an ASGI app, for in-process use
MockServer(...)                                         # uvicorn on a free loopback port, in a thread

The names below are imported on first use: the package's pytest plugin (loaded by pytest wherever the
package is installed) imports this package, and must work without the `[mock]` extra's dependencies.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import DEFAULT_API_KEY, MockApp, UnservedOperations, create_app
    from .clock import Clock
    from .handle import MockControl
    from .server import MockServer
    from .state import Timings

_WHERE = {
    "DEFAULT_API_KEY": ".app",
    "MockApp": ".app",
    "UnservedOperations": ".app",
    "create_app": ".app",
    "Clock": ".clock",
    "MockControl": ".handle",
    "MockServer": ".server",
    "Timings": ".state",
}

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
