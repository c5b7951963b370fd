from typing import Literal

ResponseObjectObjectType0 = Literal["response"]

RESPONSE_OBJECT_OBJECT_TYPE_0_VALUES: set[ResponseObjectObjectType0] = {
    "response",
}


def check_response_object_object_type_0(value: str) -> ResponseObjectObjectType0:
    if value in RESPONSE_OBJECT_OBJECT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_OBJECT_OBJECT_TYPE_0_VALUES!r}")
