from typing import Literal

AsyncAudioInputRequestEmbeddingTypeItem = Literal["fused_embedding", "separate_embedding"]

ASYNC_AUDIO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES: set[AsyncAudioInputRequestEmbeddingTypeItem] = {
    "fused_embedding",
    "separate_embedding",
}


def check_async_audio_input_request_embedding_type_item(value: str) -> AsyncAudioInputRequestEmbeddingTypeItem:
    if value in ASYNC_AUDIO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_AUDIO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES!r}"
    )
