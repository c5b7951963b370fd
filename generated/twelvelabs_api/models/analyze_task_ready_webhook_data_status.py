from typing import Literal

AnalyzeTaskReadyWebhookDataStatus = Literal["ready"]

ANALYZE_TASK_READY_WEBHOOK_DATA_STATUS_VALUES: set[AnalyzeTaskReadyWebhookDataStatus] = {
    "ready",
}


def check_analyze_task_ready_webhook_data_status(value: str) -> AnalyzeTaskReadyWebhookDataStatus:
    if value in ANALYZE_TASK_READY_WEBHOOK_DATA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_READY_WEBHOOK_DATA_STATUS_VALUES!r}")
