from typing import Literal

VideoInputRequestEmbeddingScopeItem = Literal["asset", "clip"]

VIDEO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES: set[VideoInputRequestEmbeddingScopeItem] = {
    "asset",
    "clip",
}


def check_video_input_request_embedding_scope_item(value: str) -> VideoInputRequestEmbeddingScopeItem:
    if value in VIDEO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES!r}")
