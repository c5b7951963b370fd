from typing import Literal

EmbeddingDataEmbeddingOption = Literal["audio", "fused", "text", "transcription", "visual"]

EMBEDDING_DATA_EMBEDDING_OPTION_VALUES: set[EmbeddingDataEmbeddingOption] = {
    "audio",
    "fused",
    "text",
    "transcription",
    "visual",
}


def check_embedding_data_embedding_option(value: str) -> EmbeddingDataEmbeddingOption:
    if value in EMBEDDING_DATA_EMBEDDING_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_DATA_EMBEDDING_OPTION_VALUES!r}")
