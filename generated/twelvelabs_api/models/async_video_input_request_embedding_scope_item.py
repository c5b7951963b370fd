from typing import Literal

AsyncVideoInputRequestEmbeddingScopeItem = Literal["asset", "clip", "local"]

ASYNC_VIDEO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES: set[AsyncVideoInputRequestEmbeddingScopeItem] = {
    "asset",
    "clip",
    "local",
}


def check_async_video_input_request_embedding_scope_item(value: str) -> AsyncVideoInputRequestEmbeddingScopeItem:
    if value in ASYNC_VIDEO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_VIDEO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES!r}"
    )
