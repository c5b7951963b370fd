from typing import Literal

VideoInputRequestEmbeddingTypeItem = Literal["fused_embedding", "separate_embedding"]

VIDEO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES: set[VideoInputRequestEmbeddingTypeItem] = {
    "fused_embedding",
    "separate_embedding",
}


def check_video_input_request_embedding_type_item(value: str) -> VideoInputRequestEmbeddingTypeItem:
    if value in VIDEO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES!r}")
