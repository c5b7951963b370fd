"""Seeds 000 and 004: summaries, chapters and highlights (deprecated; use analyze with response_format)."""

from _settings import API_KEY  # the placeholders, filled from the environment
from _indexed_video import indexed_video_id

from twelvelabs_client import TwelveLabs

client = TwelveLabs(api_key=API_KEY)
VIDEO_ID = indexed_video_id(client, "summarize-example")

for summary_type in ("summary", "chapter", "highlight"):
    print(f"--- type={summary_type}")
    result = client.summarize(
        video_id=VIDEO_ID,
        type=summary_type,
        prompt="Generate a summary of this video for a social media post, up to two sentences." if summary_type == "summary" else None,
        temperature=0.2
    )

    print(f"Result ID: {result.id}")

    if hasattr(result, 'summary') and result.summary is not None:
        print(f"Summary: {result.summary}")

    if hasattr(result, 'chapters') and result.chapters is not None:
        print("Chapters:")
        for chapter in result.chapters:
            print(f"  Chapter {chapter.chapter_number}:")
            print(f"    Start: {chapter.start_sec}")
            print(f"    End: {chapter.end_sec}")
            print(f"    Title: {chapter.chapter_title}")
            print(f"    Summary: {chapter.chapter_summary}")

    if hasattr(result, 'highlights') and result.highlights is not None:
        print("Highlights:")
        for highlight in result.highlights:
            print(f"  Start: {highlight.start_sec}")
            print(f"  End: {highlight.end_sec}")
            print(f"  Highlight: {highlight.highlight}")
            print(f"  Summary: {highlight.highlight_summary}")

    if result.usage is not None:
        print(f"Output tokens: {result.usage.output_tokens}")
