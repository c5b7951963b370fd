from typing import Literal

AsyncImageInputRequestEmbeddingScopeItem = Literal["asset"]

ASYNC_IMAGE_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES: set[AsyncImageInputRequestEmbeddingScopeItem] = {
    "asset",
}


def check_async_image_input_request_embedding_scope_item(value: str) -> AsyncImageInputRequestEmbeddingScopeItem:
    if value in ASYNC_IMAGE_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_IMAGE_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES!r}"
    )
