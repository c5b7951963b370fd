from typing import Literal

ResponseOutputItemTypeType0 = Literal["function_call", "function_call_output", "message"]

RESPONSE_OUTPUT_ITEM_TYPE_TYPE_0_VALUES: set[ResponseOutputItemTypeType0] = {
    "function_call",
    "function_call_output",
    "message",
}


def check_response_output_item_type_type_0(value: str) -> ResponseOutputItemTypeType0:
    if value in RESPONSE_OUTPUT_ITEM_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_OUTPUT_ITEM_TYPE_TYPE_0_VALUES!r}")
