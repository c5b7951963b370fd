from typing import Literal

EmbeddingModelName = Literal["Marengo-retrieval-2.7", "marengo3.0"]

EMBEDDING_MODEL_NAME_VALUES: set[EmbeddingModelName] = {
    "Marengo-retrieval-2.7",
    "marengo3.0",
}


def check_embedding_model_name(value: str) -> EmbeddingModelName:
    if value in EMBEDDING_MODEL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_MODEL_NAME_VALUES!r}")
