"""Analyze several videos in one batch: upload them as assets, create the batch, wait until every item has
finished, then stream the results one item at a time."""

from _settings import API_KEY, VIDEO_URL  # the placeholders, filled from the environment

import sys

from twelvelabs_client import TwelveLabs
from twelvelabs_client.types import BatchDefaults, BatchItemRequest, BatchPrompt, BatchVideoContext

VIDEO_URLS = sys.argv[2:] or [f"{VIDEO_URL}?part={n}" for n in range(1, 4)]

# 1. Initialize the client
client = TwelveLabs(api_key=API_KEY)

# 2. A batch analyzes assets: upload each video and wait until it is ready
asset_ids = []
for url in VIDEO_URLS:
    asset = client.assets.create(method="url", url=url)
    client.assets.wait_for_done(asset.id, sleep_interval=2)
    asset_ids.append(asset.id)

# 3. One request per asset; `defaults` applies to every request that does not set the field itself
batch = client.analyze_async.batches.create(
    model_name="pegasus1.5",
    analysis_mode="general",
    defaults=BatchDefaults(prompt=BatchPrompt(input_text="Summarize this video in two sentences."), max_tokens=1024),
    requests=[
        BatchItemRequest(video=BatchVideoContext(asset_id=asset_id), custom_id=f"part-{number}")
        for number, asset_id in enumerate(asset_ids, 1)
    ],
)
print(f"Created batch: id={batch.batch_id} items={batch.total_items}")


# 4. Wait until every item has finished ("completed" is not success: count the ready and failed items)
def on_progress(batch):
    print(f"  Status={batch.status} ready={batch.ready_items} failed={batch.failed_items} of {batch.total_items}")


done = client.analyze_async.batches.wait_for_done(batch.batch_id, sleep_interval=5, callback=on_progress)

# 5. Stream the results: each item is parsed as it arrives
for item in client.analyze_async.batches.results(batch.batch_id):
    if item.status == "ready":
        print(f"{item.custom_id}: {item.data.data}")
    else:
        print(f"{item.custom_id}: {item.status} ({item.error.message if item.error else 'no result'})")
