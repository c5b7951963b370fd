"""Seed 002, complete example: upload a video as an asset and analyze it asynchronously."""

from _settings import API_KEY, VIDEO_URL  # the placeholders, filled from the environment

import time
from twelvelabs_client import TwelveLabs
from twelvelabs_client.types import VideoContext_AssetId, VideoContext_Url, VideoContext_Base64String

# 1. Initialize the client
client = TwelveLabs(api_key=API_KEY)

# 2. Upload a video
asset = client.assets.create(
    method="url",
    url=VIDEO_URL # Use direct links to raw media files. Video hosting platforms and cloud storage sharing links are not supported
    # Or use method="direct" and file=open("<PATH_TO_VIDEO_FILE>", "rb") to upload a file from the local file system
)
print(f"Created asset: id={asset.id}")

# 3. Analyze your video
video = VideoContext_AssetId(asset_id=asset.id)
# Or instead of creating an asset, pass video inline:
# video = VideoContext_Url(url="<YOUR_VIDEO_URL>")
# video = VideoContext_Base64String(base64_string="<YOUR_BASE64_DATA>")
task = client.analyze_async.tasks.create(
    video=video,
    prompt="List the products that are shown, one per line.",
    # temperature=0.2,
    # max_tokens=1024,
    # You can also use `response_format` to request structured JSON responses
)
print(f"Task ID: {task.task_id}")

# 4. Monitor the status
while True:
    task = client.analyze_async.tasks.retrieve(task.task_id)

    if task.status == "ready":
        print("Task completed")
        break
    elif task.status == "failed":
        print("Task failed")
        break
    else:
        print("Task still processing...")
        time.sleep(5)

# 5. Process the results
print(f"{task.result.data}")
