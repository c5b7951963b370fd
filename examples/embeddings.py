"""Embeddings: a text query at once, a video in the background, then the clip that matches the query best."""

from _settings import API_KEY, VIDEO_URL  # the placeholders, filled from the environment

from twelvelabs_client import TwelveLabs
from twelvelabs_client.types import AsyncVideoInputRequest, MediaSource, TextInputRequest

# 1. Initialize the client
client = TwelveLabs(api_key=API_KEY)

# 2. Embed a text query at once
query = client.embed.v_2.create(
    input_type="text",
    model_name="marengo3.0",
    text=TextInputRequest(input_text="A product shown on stage"),
)
query_vector = query.data[0].embedding
print(f"Query embedding: {len(query_vector)} dimensions")

# 3. Embed the video in the background, one embedding per 6-second clip
task = client.embed.v_2.tasks.create(
    input_type="video",
    model_name="marengo3.0",
    video=AsyncVideoInputRequest(
        media_source=MediaSource(url=VIDEO_URL),
        embedding_option=["visual"],
        embedding_scope=["clip"],
    ),
)
print(f"Task ID: {task.id}")
task = client.embed.v_2.tasks.wait_for_done(task.id, sleep_interval=5, callback=lambda t: print(f"Status={t.status}"))

# 4. Compare: the vectors have unit length, so the dot product is the cosine similarity
def similarity(a, b):
    return sum(x * y for x, y in zip(a, b, strict=True))

best = max(task.data, key=lambda clip: similarity(query_vector, clip.embedding))
print(f"{len(task.data)} clips; best match: {best.start_sec:.0f}-{best.end_sec:.0f} s")
print(f"Similarity: {similarity(query_vector, best.embedding):.3f}")
