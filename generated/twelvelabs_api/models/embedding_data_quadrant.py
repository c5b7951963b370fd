from typing import Literal

EmbeddingDataQuadrant = Literal["bottom_left", "bottom_right", "top_left", "top_right"]

EMBEDDING_DATA_QUADRANT_VALUES: set[EmbeddingDataQuadrant] = {
    "bottom_left",
    "bottom_right",
    "top_left",
    "top_right",
}


def check_embedding_data_quadrant(value: str) -> EmbeddingDataQuadrant:
    if value in EMBEDDING_DATA_QUADRANT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_DATA_QUADRANT_VALUES!r}")
