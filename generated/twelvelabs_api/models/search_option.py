from typing import Literal

SearchOption = Literal["audio", "transcription", "visual"]

SEARCH_OPTION_VALUES: set[SearchOption] = {
    "audio",
    "transcription",
    "visual",
}


def check_search_option(value: str) -> SearchOption:
    if value in SEARCH_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_OPTION_VALUES!r}")
