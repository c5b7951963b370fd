"""Seed 002, short videos: upload a video and stream the analysis as it is generated."""

from _settings import API_KEY, VIDEO_URL, print  # the placeholders, filled from the environment; print lets the streamed fragments flow as one paragraph

from twelvelabs_client import TwelveLabs
from twelvelabs_client.types import VideoContext_AssetId

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
text_stream = client.analyze_stream(
    video=video,
    prompt="Describe what happens in the video.",
    # temperature=0.2,
    # max_tokens=1024,
    # You can also use `response_format` to request structured JSON responses
)

# 4. Process the results
for text in text_stream:
    if text.event_type == "text_generation":
        print(text.text)
