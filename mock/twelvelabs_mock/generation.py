"""Deterministic, plausibly shaped model output: the same video, prompt and settings give the same text."""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import random
from collections.abc import Iterator
from typing import Any, NamedTuple

SUBJECTS = ["a presenter", "an engineer", "a crowd", "a narrator", "the host", "a small team", "a reporter"]
ACTIONS = [
    "walks onto a brightly lit stage",
    "demonstrates a new device",
    "explains how the product works",
    "compares two prototypes side by side",
    "answers questions from the audience",
    "points at a chart of quarterly results",
    "unboxes a package on a wooden table",
]
SETTINGS = ["in a conference hall", "outdoors at dusk", "in a busy shopping mall", "in a studio", "on a city street"]
DETAILS = [
    "Upbeat music plays in the background.",
    "On-screen text lists the key features.",
    "The camera cuts to close-ups of the product.",
    "Applause follows the announcement.",
    "A voice-over summarizes the main points.",
    "The lighting shifts to a warm tone.",
]
TOPICS = ["Technology", "Product launch", "Consumer electronics", "Events", "Business", "Design", "Shopping"]
TITLES = [
    "Opening remarks", "Product reveal", "Live demo", "Feature walkthrough", "Audience questions",
    "Pricing and availability", "Behind the scenes", "Closing thoughts", "Design story", "Customer stories",
]  # fmt: skip
VIDEO_TITLES = [
    "Inside the launch of a new device", "Keynote highlights in ten minutes", "A first look at the new lineup",
    "Black Friday crowds at the mall", "How the product works, explained", "Behind the scenes of a product event",
]  # fmt: skip


def seeded_random(*parts: Any) -> random.Random:
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def estimate_tokens(text: str) -> int:
    """Roughly four characters a token, as tokenizers of English text average."""
    return math.ceil(len(text) / 4)


class Generation(NamedTuple):
    text: str
    output_tokens: int
    finish_reason: str  # stop or length


def limit(text: str, max_tokens: int | None) -> Generation:
    """Cut `text` to `max_tokens` (one token a word here); a cut JSON document is left cut, as the API does."""
    words = text.split(" ")
    if max_tokens is None or len(words) <= max_tokens:
        return Generation(text, len(text.split()), "stop")
    return Generation(" ".join(words[:max_tokens]), max_tokens, "length")


def free_text(seed: random.Random, *, target_words: int | None = None) -> str:
    sentences: list[str] = []
    words = target_words or seed.randint(40, 110)
    while sum(len(s.split()) for s in sentences) < words:
        if seed.random() < 0.6:
            sentence = f"{seed.choice(SUBJECTS).capitalize()} {seed.choice(ACTIONS)} {seed.choice(SETTINGS)}."
        else:
            sentence = seed.choice(DETAILS)
        sentences.append(sentence)
    return " ".join(sentences)


def gist(key: Any, types: list[str]) -> dict[str, Any]:
    seed = seeded_random("gist", key)
    result: dict[str, Any] = {}
    if "title" in types:
        result["title"] = seed.choice(VIDEO_TITLES)
    if "topic" in types:
        result["topics"] = seed.sample(TOPICS, k=seed.randint(2, 4))
    if "hashtag" in types:
        result["hashtags"] = [t.replace(" ", "") for t in seed.sample(TOPICS, k=seed.randint(3, 5))]
    return result


def chapters(key: Any, duration: float) -> list[dict[str, Any]]:
    seed = seeded_random("chapters", key)
    count = max(1, min(6, int(duration // 20) or 1))
    bounds = sorted({0.0, duration, *(round(seed.uniform(0.05, 0.95) * duration, 1) for _ in range(count - 1))})
    found = []
    for number, (start, end) in enumerate(itertools.pairwise(bounds)):  # a sorted set, so every start < end
        title, summary = seed.choice(TITLES), free_text(seed, target_words=14)
        times = {"chapter_number": number, "start_sec": start, "end_sec": end}  # numbered from 0, as the API does
        found.append({**times, "chapter_title": title, "chapter_summary": summary})
    return found


def highlights(key: Any, duration: float) -> list[dict[str, Any]]:
    seed = seeded_random("highlights", key)
    found = []
    for _ in range(seed.randint(2, 4)):
        start = round(seed.uniform(0, duration * 0.9), 1)
        end = round(min(duration, start + seed.uniform(1, max(1.0, duration * 0.1))), 1)
        if start < end:
            title = f"{seed.choice(SUBJECTS).capitalize()} {seed.choice(ACTIONS)}"
            summary = free_text(seed, target_words=12)
            found.append({"start_sec": start, "end_sec": end, "highlight": title, "highlight_summary": summary})
    return sorted(found, key=lambda item: item["start_sec"])


def fragments(text: str, seed: random.Random) -> Iterator[str]:
    """Split text at arbitrary points, mid-word included, as the API's stream does."""
    position = 0
    while position < len(text):
        step = seed.randint(1, 12)
        yield text[position : position + step]
        position += step


def json_instance(schema: dict[str, Any], seed: random.Random) -> Any:
    """A value that validates against `schema` (the JSON Schema subset the API accepts)."""
    return _instance(schema, schema.get("$defs", {}), seed, 0)


def _instance(schema: Any, defs: dict[str, Any], seed: random.Random, depth: int) -> Any:
    if not isinstance(schema, dict) or depth > 8:
        return None
    if "$ref" in schema:
        return _instance(defs.get(str(schema["$ref"]).rsplit("/", 1)[-1], {}), defs, seed, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return seed.choice(schema["enum"])
    for combinator in ("anyOf", "oneOf"):
        if schema.get(combinator):
            options = [o for o in schema[combinator] if not (isinstance(o, dict) and o.get("type") == "null")]
            return _instance((options or schema[combinator])[0], defs, seed, depth + 1)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        return {name: _instance(sub, defs, seed, depth + 1) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        count = max(int(schema.get("minItems", 1)), min(3, int(schema.get("maxItems", 3))))  # 3 if allowed
        return [_instance(schema.get("items", {}), defs, seed, depth + 1) for _ in range(count)]
    if kind == "integer":  # a whole number within the bounds
        over, under = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        low = math.ceil(schema.get("minimum", 0)) if over is None else math.floor(over) + 1
        high = math.floor(schema.get("maximum", low + 100)) if under is None else math.ceil(under) - 1
        return seed.randint(low, max(low, high))
    if kind in ("number", "timestamp"):
        num_low = float(schema["minimum"] if "minimum" in schema else schema.get("exclusiveMinimum", 0))
        num_high = float(schema["maximum"] if "maximum" in schema else schema.get("exclusiveMaximum", num_low + 100))
        value = round(seed.uniform(num_low, num_high), 2)
        inside = num_low < value < num_high or (value == num_low and "minimum" in schema)
        return value if inside else (num_low + num_high) / 2
    if kind == "boolean":
        return seed.random() < 0.5
    if kind == "null":
        return None
    return seed.choice(TOPICS + TITLES)
