"""A 10,000-result search walked through its pages (50 a page, 200 pages), ours and the official
package's `search.query`, against one mock in its own process holding 3,334 indexed videos."""

from __future__ import annotations

import time

import twelvelabs as official
from _common import KEY, Figure
from _mock_process import mock_process

from twelvelabs_client import TwelveLabs
from twelvelabs_client.types import IndexesCreateRequestModelsItem

VIDEOS = 3334  # the mock draws three clips a video: 10,002 matches
PAGE = 50


def fill(client: TwelveLabs) -> str:
    model = IndexesCreateRequestModelsItem(model_name="marengo3.0", model_options=["visual", "audio"])
    index_id = client.indexes.create(index_name="bench-search", models=[model]).id
    for n in range(VIDEOS):
        asset = client.assets.create(method="url", url=f"https://cdn.example.com/videos/{n}.mp4")
        client.indexes.indexed_assets.create(index_id, asset_id=asset.id)
    return index_id


def measure(repeats: int = 3) -> dict[str, Figure]:
    times: dict[str, list[float]] = {"ours": [], "official": []}
    counts: dict[str, int] = {}
    with mock_process("--clock-speed", "1000") as base_url:
        ours = TwelveLabs(api_key=KEY, base_url=base_url)
        theirs = official.TwelveLabs(api_key=KEY, base_url=base_url)
        index_id = fill(ours)
        time.sleep(0.5)  # 500 simulated seconds at speed 1000: every video is indexed
        query = {"index_id": index_id, "search_options": ["visual"], "query_text": "x", "page_limit": PAGE}
        walks = {"ours": lambda: ours.search.query(**query), "official": lambda: theirs.search.query(**query)}
        for _ in range(repeats):
            for name, walk in walks.items():
                started = time.perf_counter()
                counts[name] = sum(1 for _ in walk())
                times[name].append(time.perf_counter() - started)
    assert counts["ours"] == counts["official"] == VIDEOS * 3, counts
    return {name: Figure.of(values) for name, values in times.items()}
