"""A loopback HTTP server that reads and discards each request body, then answers 201 with an asset.
Prints its port. Used by bench_upload.py (no parsing, no buffering: it measures the client)."""

from __future__ import annotations

import socket
import sys
import threading

ANSWER = (
    b'{"_id":"6772a1b0c9e8f3d2a1b4c5d6","status":"processing","method":"direct","filename":"big.mp4",'
    b'"file_type":"video","created_at":"2026-11-20T10:14:30Z"}'
)
RESPONSE = b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (
    len(ANSWER),
    ANSWER,
)


def serve(connection: socket.socket) -> None:
    with connection:
        while True:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = connection.recv(65536)
                if not chunk:
                    return
                head += chunk
            header, _, rest = head.partition(b"\r\n\r\n")
            length = 0
            for line in header.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            remaining = length - len(rest)
            while remaining > 0:
                chunk = connection.recv(min(1 << 20, remaining))
                if not chunk:
                    return
                remaining -= len(chunk)
            connection.sendall(RESPONSE)


def main() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    print(server.getsockname()[1], flush=True)
    while True:
        connection, _ = server.accept()
        threading.Thread(target=serve, args=(connection,), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
