from typing import Literal

AsyncImageInputRequestEmbeddingOptionItem = Literal["visual"]

ASYNC_IMAGE_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES: set[AsyncImageInputRequestEmbeddingOptionItem] = {
    "visual",
}


def check_async_image_input_request_embedding_option_item(value: str) -> AsyncImageInputRequestEmbeddingOptionItem:
    if value in ASYNC_IMAGE_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_IMAGE_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES!r}"
    )
