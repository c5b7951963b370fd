from typing import Literal

VideoInputRequestEmbeddingOptionItem = Literal["audio", "transcription", "visual"]

VIDEO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES: set[VideoInputRequestEmbeddingOptionItem] = {
    "audio",
    "transcription",
    "visual",
}


def check_video_input_request_embedding_option_item(value: str) -> VideoInputRequestEmbeddingOptionItem:
    if value in VIDEO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES!r}")
