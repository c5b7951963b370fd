from typing import Literal

AnalyzeTaskFailedWebhookDataStatus = Literal["failed"]

ANALYZE_TASK_FAILED_WEBHOOK_DATA_STATUS_VALUES: set[AnalyzeTaskFailedWebhookDataStatus] = {
    "failed",
}


def check_analyze_task_failed_webhook_data_status(value: str) -> AnalyzeTaskFailedWebhookDataStatus:
    if value in ANALYZE_TASK_FAILED_WEBHOOK_DATA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_FAILED_WEBHOOK_DATA_STATUS_VALUES!r}")
