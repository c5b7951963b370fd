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

if TYPE_CHECKING:  # `name as name`: re-exported, for type checkers
    from .app import DEFAULT_API_KEY as DEFAULT_API_KEY
    from .app import MockApp as MockApp
    from .app import UnservedOperations as UnservedOperations
    from .app import create_app as create_app
    from .clock import Clock as Clock
    from .handle import MockControl as MockControl
    from .server import MockServer as MockServer
    from .state import Timings as Timings

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
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
