"""`python -m twelvelabs_mock`: serve the mock API until interrupted."""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path

MISSING_EXTRA = "error: the mock server needs its extra: pip install 'twelvelabs-openapi[mock]'"


def main(argv: list[str] | None = None) -> int:
    try:
        import uvicorn

        from .app import DEFAULT_API_KEY, UnservedOperations, create_app
        from .clock import Clock
        from .spec import BASE_PATH, load_document
    except ImportError as error:
        print(f"{MISSING_EXTRA} (missing: {error.name or error})", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(prog="python -m twelvelabs_mock", description="A mock of the TwelveLabs v1.3 API.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port (default 4010; 0 picks a free one)")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY, help=f"the only key accepted (default {DEFAULT_API_KEY})")
    parser.add_argument("--stream-delay", type=float, default=0.02, help="seconds between stream events")
    parser.add_argument("--clock-speed", type=float, default=1.0, help="simulated seconds per real second")
    parser.add_argument("--document", type=Path, help="an OpenAPI document to serve (default: the packaged one)")
    args = parser.parse_args(argv)
    try:
        document = load_document(args.document) if args.document else None  # None: the packaged one
        app = create_app(document, api_key=args.api_key, clock=Clock(args.clock_speed), stream_delay=args.stream_delay)
    except UnservedOperations as error:
        parser.exit(2, f"error: {error}\n")
    # Bind first, so that --port 0 can print the port it got before serving.
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted sockets inherit this: without it, small responses wait on delayed ACKs (~40 ms each).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as error:
        parser.exit(2, f"error: cannot listen on {args.host}:{args.port}: {error.strerror}; try --port 0\n")
    port = sock.getsockname()[1]
    base_url = f"http://{args.host}:{port}{BASE_PATH}"
    print(f"TwelveLabs mock API listening on {base_url}", flush=True)
    print(f"  export TWELVELABS_BASE_URL={base_url}", flush=True)
    print(f"  export TWELVELABS_API_KEY={args.api_key}", flush=True)
    print(f"  control calls under http://{args.host}:{port}/_mock (see docs/mock.md); Ctrl-C stops it", flush=True)
    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
