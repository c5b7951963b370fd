from typing import Literal

ResponseInputItemRole = Literal["user"]

RESPONSE_INPUT_ITEM_ROLE_VALUES: set[ResponseInputItemRole] = {
    "user",
}


def check_response_input_item_role(value: str) -> ResponseInputItemRole:
    if value in RESPONSE_INPUT_ITEM_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_INPUT_ITEM_ROLE_VALUES!r}")
