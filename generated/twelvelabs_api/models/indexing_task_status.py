from typing import Literal

IndexingTaskStatus = Literal["failed", "indexing", "pending", "queued", "ready", "uploading", "validating"]

INDEXING_TASK_STATUS_VALUES: set[IndexingTaskStatus] = {
    "failed",
    "indexing",
    "pending",
    "queued",
    "ready",
    "uploading",
    "validating",
}


def check_indexing_task_status(value: str) -> IndexingTaskStatus:
    if value in INDEXING_TASK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDEXING_TASK_STATUS_VALUES!r}")
