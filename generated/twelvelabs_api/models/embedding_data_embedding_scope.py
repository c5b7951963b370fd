from typing import Literal

EmbeddingDataEmbeddingScope = Literal["asset", "chunk", "clip", "page"]

EMBEDDING_DATA_EMBEDDING_SCOPE_VALUES: set[EmbeddingDataEmbeddingScope] = {
    "asset",
    "chunk",
    "clip",
    "page",
}


def check_embedding_data_embedding_scope(value: str) -> EmbeddingDataEmbeddingScope:
    if value in EMBEDDING_DATA_EMBEDDING_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_DATA_EMBEDDING_SCOPE_VALUES!r}")
