from typing import Literal

AsyncVideoInputRequestEmbeddingOptionItem = Literal["audio", "transcription", "visual"]

ASYNC_VIDEO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES: set[AsyncVideoInputRequestEmbeddingOptionItem] = {
    "audio",
    "transcription",
    "visual",
}


def check_async_video_input_request_embedding_option_item(value: str) -> AsyncVideoInputRequestEmbeddingOptionItem:
    if value in ASYNC_VIDEO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_VIDEO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES!r}"
    )
