from typing import Literal

AudioInputRequestEmbeddingScopeItem = Literal["asset", "clip"]

AUDIO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES: set[AudioInputRequestEmbeddingScopeItem] = {
    "asset",
    "clip",
}


def check_audio_input_request_embedding_scope_item(value: str) -> AudioInputRequestEmbeddingScopeItem:
    if value in AUDIO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES!r}")
