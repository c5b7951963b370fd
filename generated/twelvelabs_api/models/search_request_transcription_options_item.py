from typing import Literal

SearchRequestTranscriptionOptionsItem = Literal["lexical", "semantic"]

SEARCH_REQUEST_TRANSCRIPTION_OPTIONS_ITEM_VALUES: set[SearchRequestTranscriptionOptionsItem] = {
    "lexical",
    "semantic",
}


def check_search_request_transcription_options_item(value: str) -> SearchRequestTranscriptionOptionsItem:
    if value in SEARCH_REQUEST_TRANSCRIPTION_OPTIONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_REQUEST_TRANSCRIPTION_OPTIONS_ITEM_VALUES!r}")
