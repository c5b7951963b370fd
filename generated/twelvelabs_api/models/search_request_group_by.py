from typing import Literal

SearchRequestGroupBy = Literal["clip", "video"]

SEARCH_REQUEST_GROUP_BY_VALUES: set[SearchRequestGroupBy] = {
    "clip",
    "video",
}


def check_search_request_group_by(value: str) -> SearchRequestGroupBy:
    if value in SEARCH_REQUEST_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_REQUEST_GROUP_BY_VALUES!r}")
