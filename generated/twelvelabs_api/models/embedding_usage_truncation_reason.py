from typing import Literal

EmbeddingUsageTruncationReason = Literal["model_context_window"]

EMBEDDING_USAGE_TRUNCATION_REASON_VALUES: set[EmbeddingUsageTruncationReason] = {
    "model_context_window",
}


def check_embedding_usage_truncation_reason(value: str) -> EmbeddingUsageTruncationReason:
    if value in EMBEDDING_USAGE_TRUNCATION_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_USAGE_TRUNCATION_REASON_VALUES!r}")
