from typing import Literal

AsyncImageInputRequestEmbeddingTypeItem = Literal["separate_embedding"]

ASYNC_IMAGE_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES: set[AsyncImageInputRequestEmbeddingTypeItem] = {
    "separate_embedding",
}


def check_async_image_input_request_embedding_type_item(value: str) -> AsyncImageInputRequestEmbeddingTypeItem:
    if value in ASYNC_IMAGE_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_IMAGE_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES!r}"
    )
