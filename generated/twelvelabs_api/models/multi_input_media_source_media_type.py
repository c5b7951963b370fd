from typing import Literal

MultiInputMediaSourceMediaType = Literal["audio", "document", "image", "video"]

MULTI_INPUT_MEDIA_SOURCE_MEDIA_TYPE_VALUES: set[MultiInputMediaSourceMediaType] = {
    "audio",
    "document",
    "image",
    "video",
}


def check_multi_input_media_source_media_type(value: str) -> MultiInputMediaSourceMediaType:
    if value in MULTI_INPUT_MEDIA_SOURCE_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTI_INPUT_MEDIA_SOURCE_MEDIA_TYPE_VALUES!r}")
