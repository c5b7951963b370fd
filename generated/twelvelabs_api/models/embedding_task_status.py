from typing import Literal

EmbeddingTaskStatus = Literal["failed", "processing", "ready"]

EMBEDDING_TASK_STATUS_VALUES: set[EmbeddingTaskStatus] = {
    "failed",
    "processing",
    "ready",
}


def check_embedding_task_status(value: str) -> EmbeddingTaskStatus:
    if value in EMBEDDING_TASK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_TASK_STATUS_VALUES!r}")
