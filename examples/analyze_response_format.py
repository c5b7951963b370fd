"""Seeds 000/001: ask for structured JSON with `response_format` (what replaces gist and summarize)."""

from _settings import API_KEY, VIDEO_URL  # the placeholders, filled from the environment

import json

from twelvelabs_client import TwelveLabs
from twelvelabs_client.types import ResponseFormat, VideoContext_Url

client = TwelveLabs(api_key=API_KEY)

result = client.analyze(
    video=VideoContext_Url(url=VIDEO_URL),
    prompt="Give the video a title, its topics and hashtags.",
    temperature=0.2,
    response_format=ResponseFormat(
        json_schema={
            "type": "object",
            "properties": {
                "title": {"type": "string"},
                "topics": {"type": "array", "items": {"type": "string"}},
                "hashtags": {"type": "array", "items": {"type": "string"}},
            },
            "required": ["title", "topics", "hashtags"],
        }
    ),
)

print("Result ID:", result.id)
if result.finish_reason == "length":
    print("The output was cut at max_tokens; the JSON may be incomplete.")
structured = json.loads(result.data)
print(f"Title: {structured['title']}")
print(f"Topics: {', '.join(structured['topics'])}")
print(f"Hashtags: {' '.join('#' + tag for tag in structured['hashtags'])}")
