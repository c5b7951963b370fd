"""What the examples need from outside: the key (TWELVELABS_API_KEY), the API's address
(TWELVELABS_BASE_URL, optional) and a video URL (first argument, or TWELVELABS_VIDEO_URL)."""

from __future__ import annotations

import os
import sys

API_KEY = os.environ.get("TWELVELABS_API_KEY", "")
if not API_KEY:
    sys.exit("Set TWELVELABS_API_KEY (or run `make demo`, which starts a mock and sets it for you).")

VIDEO_URL = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TWELVELABS_VIDEO_URL", "")
if not VIDEO_URL:
    sys.exit("Give a video URL: python examples/<name>.py https://.../video.mp4 (or set TWELVELABS_VIDEO_URL).")
