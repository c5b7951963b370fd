from typing import Literal

AsyncVideoInputRequestEmbeddingTypeItem = Literal["fused_embedding", "separate_embedding"]

ASYNC_VIDEO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES: set[AsyncVideoInputRequestEmbeddingTypeItem] = {
    "fused_embedding",
    "separate_embedding",
}


def check_async_video_input_request_embedding_type_item(value: str) -> AsyncVideoInputRequestEmbeddingTypeItem:
    if value in ASYNC_VIDEO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_VIDEO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES!r}"
    )
