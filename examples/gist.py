"""Seed 003, complete example: create an index, index a video, wait, and generate a gist (deprecated)."""

from _settings import API_KEY, VIDEO_URL  # the placeholders, filled from the environment

from twelvelabs_client import TwelveLabs
from twelvelabs_client.indexes import IndexesCreateRequestModelsItem
from twelvelabs_client.tasks import TasksRetrieveResponse

# 1. Initialize the client
client = TwelveLabs(api_key=API_KEY)

# 2. Create an index
# An index is a container for organizing your video content
index = client.indexes.create(
    index_name="gist-example",
    models=[
        IndexesCreateRequestModelsItem(
            model_name="pegasus1.2", model_options=["visual", "audio"]
        )
    ]
)
print(f"Created index: id={index.id}")

# 3. Upload a video
task = client.tasks.create(
    index_id=index.id,
    video_url=VIDEO_URL # Use direct links to raw media files. Video hosting platforms and cloud storage sharing links are not supported
    # Or for a local file: video_file=open("<PATH_TO_VIDEO_FILE>", "rb")
    )
print(f"Created task: id={task.id}")

# 4. Monitor the indexing process
def on_task_update(task: TasksRetrieveResponse):
    print(f"  Status={task.status}")

task = client.tasks.wait_for_done(sleep_interval= 5, task_id=task.id, callback=on_task_update)
if task.status != "ready":
    raise RuntimeError(f"Indexing failed with status {task.status}")
print(
    f"Upload complete. The unique identifier of your video is {task.video_id}.")

# 5. Generate title, topics, and hashtags
gist = client.gist(video_id=task.video_id,types=["title", "topic", "hashtag"])

# 6. Process the results
print(f"Title={gist.title}\nTopics={gist.topics}\nHashtags={gist.hashtags}")

client.indexes.delete(index.id)
