from typing import Literal

AsyncAudioInputRequestEmbeddingScopeItem = Literal["asset", "clip", "local"]

ASYNC_AUDIO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES: set[AsyncAudioInputRequestEmbeddingScopeItem] = {
    "asset",
    "clip",
    "local",
}


def check_async_audio_input_request_embedding_scope_item(value: str) -> AsyncAudioInputRequestEmbeddingScopeItem:
    if value in ASYNC_AUDIO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_AUDIO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES!r}"
    )
