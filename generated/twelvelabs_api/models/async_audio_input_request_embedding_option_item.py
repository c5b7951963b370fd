from typing import Literal

AsyncAudioInputRequestEmbeddingOptionItem = Literal["audio", "transcription"]

ASYNC_AUDIO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES: set[AsyncAudioInputRequestEmbeddingOptionItem] = {
    "audio",
    "transcription",
}


def check_async_audio_input_request_embedding_option_item(value: str) -> AsyncAudioInputRequestEmbeddingOptionItem:
    if value in ASYNC_AUDIO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_AUDIO_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES!r}"
    )
