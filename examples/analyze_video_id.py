"""Seed 000: open-ended analysis and streaming by `video_id` (the older shape; pegasus1.2, deprecated)."""

from _settings import API_KEY  # the placeholders, filled from the environment
from _indexed_video import indexed_video_id

from twelvelabs_client import TwelveLabs

client = TwelveLabs(api_key=API_KEY)
VIDEO_ID = indexed_video_id(client, "video-id-example")

result = client.analyze(
    video_id=VIDEO_ID,
    prompt="What happens in this video?",
    temperature=0.2
)

print("Result ID:", result.id)
print(f"Generated Text: {result.data}")
if result.usage is not None:
    print(f"Output tokens: {result.usage.output_tokens}")

response = client.analyze_stream(
    video_id=VIDEO_ID,
    prompt="What happens in this video?",
    temperature=0.2,
    stream=True
)

for chunk in response:
    if hasattr(chunk, 'event_type'):
        if chunk.event_type == "stream_start":
            print("Stream started")
        elif chunk.event_type == "text_generation":
            print(chunk.text, end="")
        elif chunk.event_type == "stream_end":
            print("\nStream ended")
            if chunk.metadata:
                print(f"Metadata: {chunk.metadata}")
