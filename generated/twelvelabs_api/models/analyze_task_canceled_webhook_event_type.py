from typing import Literal

AnalyzeTaskCanceledWebhookEventType = Literal["analyze.task.canceled"]

ANALYZE_TASK_CANCELED_WEBHOOK_EVENT_TYPE_VALUES: set[AnalyzeTaskCanceledWebhookEventType] = {
    "analyze.task.canceled",
}


def check_analyze_task_canceled_webhook_event_type(value: str) -> AnalyzeTaskCanceledWebhookEventType:
    if value in ANALYZE_TASK_CANCELED_WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_CANCELED_WEBHOOK_EVENT_TYPE_VALUES!r}")
