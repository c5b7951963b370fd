"""Seed 001: sync analysis with the newer request shape (model, video context, clip, token limit)."""

from _settings import API_KEY, VIDEO_URL  # the placeholders, filled from the environment

from twelvelabs_client import TwelveLabs
from twelvelabs_client.types import VideoContext_Url

client = TwelveLabs(api_key=API_KEY)

result = client.analyze(
    model_name="pegasus1.5",
    video=VideoContext_Url(url=VIDEO_URL),
    prompt="Summarize the first ten seconds.",
    temperature=0.2,
    max_tokens=1024,
    start_time=0,
    end_time=10,
)

print("Result ID:", result.id)
print(f"Generated Text: {result.data}")
print(f"Finish reason: {result.finish_reason}")
if result.usage is not None:
    print(f"Output tokens: {result.usage.output_tokens}")
