from typing import Literal

ResponseObjectTypeType0 = Literal["response"]

RESPONSE_OBJECT_TYPE_TYPE_0_VALUES: set[ResponseObjectTypeType0] = {
    "response",
}


def check_response_object_type_type_0(value: str) -> ResponseObjectTypeType0:
    if value in RESPONSE_OBJECT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_OBJECT_TYPE_TYPE_0_VALUES!r}")
