"""Search: index two videos with Marengo, then find the moments that match a text query, page by page."""

from _settings import API_KEY, VIDEO_URL  # the placeholders, filled from the environment

from twelvelabs_client import TwelveLabs
from twelvelabs_client.indexes import IndexesCreateRequestModelsItem

client = TwelveLabs(api_key=API_KEY)

# A search needs an index with a Marengo model; every video indexed into it can be searched.
index = client.indexes.create(
    index_name="search-example",
    models=[IndexesCreateRequestModelsItem(model_name="marengo3.0", model_options=["visual", "audio"])],
)
for url in (VIDEO_URL, VIDEO_URL.replace(".mp4", "-2.mp4")):
    task = client.tasks.create(index_id=index.id, video_url=url)
    task = client.tasks.wait_for_done(task.id, sleep_interval=5)
    print(f"Indexed {url}: video {task.video_id} ({task.status})")

# `query` gives a pager: iterating it fetches the next page (by its token) only when it is reached.
pager = client.search.query(
    index_id=index.id, search_options=["visual", "audio"], query_text="a person on stage", page_limit=2
)
print(f"{pager.page_info.total_results} matches; first page: {len(pager.items)}, more pages: {pager.has_next}")
for match in pager:
    print(f"  rank {match.rank}: video {match.video_id}, {match.start:.1f}s - {match.end:.1f}s")
