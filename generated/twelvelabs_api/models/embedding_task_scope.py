from typing import Literal

EmbeddingTaskScope = Literal["clip", "video"]

EMBEDDING_TASK_SCOPE_VALUES: set[EmbeddingTaskScope] = {
    "clip",
    "video",
}


def check_embedding_task_scope(value: str) -> EmbeddingTaskScope:
    if value in EMBEDDING_TASK_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_TASK_SCOPE_VALUES!r}")
