from typing import Literal

AnalyzeTaskCanceledWebhookDataStatus = Literal["canceled"]

ANALYZE_TASK_CANCELED_WEBHOOK_DATA_STATUS_VALUES: set[AnalyzeTaskCanceledWebhookDataStatus] = {
    "canceled",
}


def check_analyze_task_canceled_webhook_data_status(value: str) -> AnalyzeTaskCanceledWebhookDataStatus:
    if value in ANALYZE_TASK_CANCELED_WEBHOOK_DATA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_CANCELED_WEBHOOK_DATA_STATUS_VALUES!r}")
