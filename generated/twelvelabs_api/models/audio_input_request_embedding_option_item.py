from typing import Literal

AudioInputRequestEmbeddingOptionItem = Literal["audio", "transcription"]

AUDIO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES: set[AudioInputRequestEmbeddingOptionItem] = {
    "audio",
    "transcription",
}


def check_audio_input_request_embedding_option_item(value: str) -> AudioInputRequestEmbeddingOptionItem:
    if value in AUDIO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES!r}")
