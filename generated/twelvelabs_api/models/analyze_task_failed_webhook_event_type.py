from typing import Literal

AnalyzeTaskFailedWebhookEventType = Literal["analyze.task.failed"]

ANALYZE_TASK_FAILED_WEBHOOK_EVENT_TYPE_VALUES: set[AnalyzeTaskFailedWebhookEventType] = {
    "analyze.task.failed",
}


def check_analyze_task_failed_webhook_event_type(value: str) -> AnalyzeTaskFailedWebhookEventType:
    if value in ANALYZE_TASK_FAILED_WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_FAILED_WEBHOOK_EVENT_TYPE_VALUES!r}")
