from typing import Literal

ResponseInputItemType = Literal["message"]

RESPONSE_INPUT_ITEM_TYPE_VALUES: set[ResponseInputItemType] = {
    "message",
}


def check_response_input_item_type(value: str) -> ResponseInputItemType:
    if value in RESPONSE_INPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_INPUT_ITEM_TYPE_VALUES!r}")
