from typing import Literal

AnalyzeTaskWebhookVideoSourceType = Literal["asset_id", "base64_string", "url", "video_id"]

ANALYZE_TASK_WEBHOOK_VIDEO_SOURCE_TYPE_VALUES: set[AnalyzeTaskWebhookVideoSourceType] = {
    "asset_id",
    "base64_string",
    "url",
    "video_id",
}


def check_analyze_task_webhook_video_source_type(value: str) -> AnalyzeTaskWebhookVideoSourceType:
    if value in ANALYZE_TASK_WEBHOOK_VIDEO_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_WEBHOOK_VIDEO_SOURCE_TYPE_VALUES!r}")
