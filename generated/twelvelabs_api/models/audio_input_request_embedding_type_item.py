from typing import Literal

AudioInputRequestEmbeddingTypeItem = Literal["fused_embedding", "separate_embedding"]

AUDIO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES: set[AudioInputRequestEmbeddingTypeItem] = {
    "fused_embedding",
    "separate_embedding",
}


def check_audio_input_request_embedding_type_item(value: str) -> AudioInputRequestEmbeddingTypeItem:
    if value in AUDIO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES!r}")
