from typing import Literal

ResponseOutputItemRoleType0 = Literal["assistant"]

RESPONSE_OUTPUT_ITEM_ROLE_TYPE_0_VALUES: set[ResponseOutputItemRoleType0] = {
    "assistant",
}


def check_response_output_item_role_type_0(value: str) -> ResponseOutputItemRoleType0:
    if value in RESPONSE_OUTPUT_ITEM_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_OUTPUT_ITEM_ROLE_TYPE_0_VALUES!r}")
