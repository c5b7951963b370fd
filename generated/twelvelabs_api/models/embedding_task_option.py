from typing import Literal

EmbeddingTaskOption = Literal["audio", "transcription", "visual", "visual-text"]

EMBEDDING_TASK_OPTION_VALUES: set[EmbeddingTaskOption] = {
    "audio",
    "transcription",
    "visual",
    "visual-text",
}


def check_embedding_task_option(value: str) -> EmbeddingTaskOption:
    if value in EMBEDDING_TASK_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_TASK_OPTION_VALUES!r}")
