from typing import Literal

ResponseCreateRequestIncludeItem = Literal["intermediate_outputs"]

RESPONSE_CREATE_REQUEST_INCLUDE_ITEM_VALUES: set[ResponseCreateRequestIncludeItem] = {
    "intermediate_outputs",
}


def check_response_create_request_include_item(value: str) -> ResponseCreateRequestIncludeItem:
    if value in RESPONSE_CREATE_REQUEST_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_CREATE_REQUEST_INCLUDE_ITEM_VALUES!r}")
