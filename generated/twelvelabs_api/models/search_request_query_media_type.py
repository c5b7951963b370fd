from typing import Literal

SearchRequestQueryMediaType = Literal["image"]

SEARCH_REQUEST_QUERY_MEDIA_TYPE_VALUES: set[SearchRequestQueryMediaType] = {
    "image",
}


def check_search_request_query_media_type(value: str) -> SearchRequestQueryMediaType:
    if value in SEARCH_REQUEST_QUERY_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_REQUEST_QUERY_MEDIA_TYPE_VALUES!r}")
