from typing import Literal

AnalyzeTaskReadyWebhookEventType = Literal["analyze.task.ready"]

ANALYZE_TASK_READY_WEBHOOK_EVENT_TYPE_VALUES: set[AnalyzeTaskReadyWebhookEventType] = {
    "analyze.task.ready",
}


def check_analyze_task_ready_webhook_event_type(value: str) -> AnalyzeTaskReadyWebhookEventType:
    if value in ANALYZE_TASK_READY_WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_READY_WEBHOOK_EVENT_TYPE_VALUES!r}")
