from typing import Literal

ResponsesCreateStreamRequestIncludeItem = Literal["intermediate_outputs"]

RESPONSES_CREATE_STREAM_REQUEST_INCLUDE_ITEM_VALUES: set[ResponsesCreateStreamRequestIncludeItem] = {
    "intermediate_outputs",
}


def check_responses_create_stream_request_include_item(value: str) -> ResponsesCreateStreamRequestIncludeItem:
    if value in RESPONSES_CREATE_STREAM_REQUEST_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_CREATE_STREAM_REQUEST_INCLUDE_ITEM_VALUES!r}"
    )
