"""For the seed-000 snippets, which start from an indexed `video_id`: index the video with pegasus1.2."""

from _settings import VIDEO_URL

from twelvelabs_client import TwelveLabs
from twelvelabs_client.indexes import IndexesCreateRequestModelsItem


def indexed_video_id(client: TwelveLabs, index_name: str) -> str:
    model = IndexesCreateRequestModelsItem(model_name="pegasus1.2", model_options=["visual", "audio"])
    index = client.indexes.create(index_name=index_name, models=[model])
    task = client.tasks.create(index_id=index.id, video_url=VIDEO_URL)
    done = client.tasks.wait_for_done(task.id, sleep_interval=5)
    if done.status != "ready":
        raise RuntimeError(f"Indexing failed with status {done.status}")
    return str(done.video_id)
