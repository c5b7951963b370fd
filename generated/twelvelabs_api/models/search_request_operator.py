from typing import Literal

SearchRequestOperator = Literal["and", "or"]

SEARCH_REQUEST_OPERATOR_VALUES: set[SearchRequestOperator] = {
    "and",
    "or",
}


def check_search_request_operator(value: str) -> SearchRequestOperator:
    if value in SEARCH_REQUEST_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_REQUEST_OPERATOR_VALUES!r}")
