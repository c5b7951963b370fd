"""Analyze several videos at once with AsyncTwelveLabs, at most MAX_IN_FLIGHT requests at a time."""

from _settings import API_KEY, VIDEO_URL  # the placeholders, filled from the environment

import asyncio
import sys

from twelvelabs_client import AsyncTwelveLabs, TwelveLabsError
from twelvelabs_client.types import VideoContext_Url

MAX_IN_FLIGHT = 4
VIDEO_URLS = sys.argv[2:] or [f"{VIDEO_URL}?part={n}" for n in range(1, 9)]


async def analyze_one(client: AsyncTwelveLabs, limit: asyncio.Semaphore, url: str) -> tuple[str, str]:
    async with limit:
        try:
            result = await client.analyze(video=VideoContext_Url(url=url), prompt="One sentence: what is this video about?")
        except TwelveLabsError as error:  # one failure does not stop the others
            return url, f"failed: {error}"
        return url, result.data


async def main() -> None:
    limit = asyncio.Semaphore(MAX_IN_FLIGHT)
    async with AsyncTwelveLabs(api_key=API_KEY) as client:
        for url, text in await asyncio.gather(*(analyze_one(client, limit, url) for url in VIDEO_URLS)):
            print(f"{url}\n  {text[:100]}")


asyncio.run(main())
