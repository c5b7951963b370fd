from typing import Literal

RetrieveVideoEmbeddingOptionItem = Literal["audio", "transcription", "visual"]

RETRIEVE_VIDEO_EMBEDDING_OPTION_ITEM_VALUES: set[RetrieveVideoEmbeddingOptionItem] = {
    "audio",
    "transcription",
    "visual",
}


def check_retrieve_video_embedding_option_item(value: str) -> RetrieveVideoEmbeddingOptionItem:
    if value in RETRIEVE_VIDEO_EMBEDDING_OPTION_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RETRIEVE_VIDEO_EMBEDDING_OPTION_ITEM_VALUES!r}")
