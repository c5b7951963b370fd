from typing import Literal

AnalyzeTaskStatus = Literal["canceled", "failed", "pending", "processing", "queued", "ready"]

ANALYZE_TASK_STATUS_VALUES: set[AnalyzeTaskStatus] = {
    "canceled",
    "failed",
    "pending",
    "processing",
    "queued",
    "ready",
}


def check_analyze_task_status(value: str) -> AnalyzeTaskStatus:
    if value in ANALYZE_TASK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_STATUS_VALUES!r}")
