"""A 1 GiB multipart upload (`multipart_upload.upload_file`) to the mock in its own process, which serves the
chunk PUTs itself (MD5 of every chunk, as S3 does): ours and the official package's, each in a fresh process
on the same file. Reports the peak RSS growth during the upload (VmHWM after minus before, imports and client
included in "before") and the throughput (1 GiB over the wall time of `upload_file`)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _common import KEY, Figure
from _mock_process import mock_process

GIB = 1 << 30
CLIENTS = {
    "ours": (
        "from twelvelabs_client import TwelveLabs\n"
        "client = TwelveLabs(api_key=KEY, base_url=BASE)\n"
    ),
    "official": (
        "from twelvelabs import TwelveLabs\n"
        "client = TwelveLabs(api_key=KEY, base_url=BASE)\n"
    ),
}  # fmt: skip
# VmHWM is this process's own peak RSS (as in bench_upload.py).
PRELUDE = (
    "import sys, time\n"
    "KEY, BASE, PATH = sys.argv[1], sys.argv[2], sys.argv[3]\n"
    "def peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            return int(line.split()[1]) * 1024\n"
    "    raise RuntimeError('no VmHWM')\n"
)
UPLOAD = (
    "before = peak()\n"
    "started = time.perf_counter()\n"
    "result = client.multipart_upload.upload_file(PATH)\n"
    "elapsed = time.perf_counter() - started\n"
    "assert result.asset_id and result.asset_url\n"
    "print(before, peak(), elapsed)\n"
)


def measure(repeats: int = 2, size: int = GIB) -> dict[str, Figure]:
    grown: dict[str, list[float]] = {name: [] for name in CLIENTS}
    rates: dict[str, list[float]] = {name: [] for name in CLIENTS}
    with mock_process() as base_url, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.mp4"
        with path.open("wb") as handle:
            handle.truncate(size)  # sparse: reading it costs no disk (the official package writes chunk files)
        for _ in range(repeats):
            for name, client in CLIENTS.items():
                result = subprocess.run(
                    [sys.executable, "-c", PRELUDE + client + UPLOAD, KEY, base_url, str(path)],
                    capture_output=True,
                    text=True,
                    timeout=900,
                )
                if result.returncode != 0:
                    raise RuntimeError(f"{name} upload failed: {result.stderr[-800:]}")
                before, after, elapsed = (float(v) for v in result.stdout.split())
                grown[name].append(after - before)
                rates[name].append(size / elapsed)
    figures = {f"{name}: peak RSS growth during the upload": Figure.of(values) for name, values in grown.items()}
    figures.update({f"{name}: throughput (bytes/s)": Figure.of(values) for name, values in rates.items()})
    return figures


def section(figures: dict[str, Figure], repeats: int) -> list[str]:
    """The RESULTS.md section (benchmarks/run.py writes it; run this file alone to print it)."""
    rate = {name: figures[f"{name}: throughput (bytes/s)"] for name in CLIENTS}
    lines = [
        f"## Multipart upload: 1 GiB in the mock's 5 MiB chunks, a fresh process per run, {repeats} runs",
        "",
        "`multipart_upload.upload_file(path)` with default settings (5 workers), to the mock in its own process,",
        "which serves the chunk PUTs itself (it reads each chunk and keeps its MD5, as S3 does).",
        "",
        "| client | peak RSS growth during the upload | spread | throughput | spread | throughput ratio to official |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name in CLIENTS:
        grown, speed = figures[f"{name}: peak RSS growth during the upload"], rate[name]
        lines.append(
            f"| {name} | {grown.median / 2**20:.1f} MiB | {grown.spread(1 / 2**20, 1)} MiB | "
            f"{speed.median / 2**20:.0f} MiB/s | {speed.spread(1 / 2**20, 0)} MiB/s | "
            f"{speed.median / rate['official'].median:.2f}x |"
        )
    lines += [
        "",
        "Target: ours under 64 MiB above the interpreter's baseline, and at least the official's throughput.",
        "",
    ]
    return lines


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    print("\n".join(section(measure(repeats=runs), runs)))
