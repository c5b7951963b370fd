"""The mechanisms behind the generated `twelvelabs_client` package, the same for every operation:
transport (retries, timeouts, typed errors), wire encoding, pagers, streams, polling, uploads,
configuration and the command-line tool. Import the client from `twelvelabs_client`, not from here."""

import sys

if "httpx" not in sys.modules:
    # At import, httpx loads its own command-line tool (click, rich and pygments when installed: about
    # 40 ms), which no client uses. Blocking that one submodule while httpx loads makes httpx keep its
    # stub `httpx.main`; the block is lifted at once, so `import httpx._main` still works later.
    sys.modules["httpx._main"] = None  # type: ignore[assignment]
    try:
        import httpx  # noqa: F401
    finally:
        del sys.modules["httpx._main"]
