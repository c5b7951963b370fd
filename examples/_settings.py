"""What the examples need from outside: the key (TWELVELABS_API_KEY), the API's address
(TWELVELABS_BASE_URL, optional) and a video URL (first argument, or TWELVELABS_VIDEO_URL)."""

from __future__ import annotations

import atexit
import builtins
import os
import sys

API_KEY = os.environ.get("TWELVELABS_API_KEY", "")
if not API_KEY:
    sys.exit("Set TWELVELABS_API_KEY (or run `make demo`, which starts a mock and sets it for you).")

VIDEO_URL = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TWELVELABS_VIDEO_URL", "")
if not VIDEO_URL:
    sys.exit("Give a video URL: python examples/<name>.py https://.../video.mp4 (or set TWELVELABS_VIDEO_URL).")



class _FlowingPrint:
    """`print` for the streaming example: the built-in print, except that calls made again and again
    from one line of the program (the documentation's `for text in text_stream: print(text.text)`) flow
    into one paragraph, as a stream reads, instead of one fragment per line. Every other print keeps
    its own line. The documentation's code stays as written; only its placeholder import brings this."""

    def __init__(self) -> None:
        self.last_caller: tuple[str, int] | None = None
        self.pending_end = ""

    def __call__(self, *values: object, sep: str = " ", end: str = "\n", file=None, flush: bool = False) -> None:
        if file not in (None, sys.stdout):
            builtins.print(*values, sep=sep, end=end, file=file, flush=flush)
            return
        frame = sys._getframe(1)
        caller = (frame.f_code.co_filename, frame.f_lineno)
        if caller != self.last_caller:
            sys.stdout.write(self.pending_end)  # a different line of code: end the previous output first
        builtins.print(*values, sep=sep, end="", flush=True)
        self.last_caller, self.pending_end = caller, end

    def finish(self) -> None:
        sys.stdout.write(self.pending_end)
        self.pending_end = ""
        sys.stdout.flush()


print = _FlowingPrint()
atexit.register(print.finish)
