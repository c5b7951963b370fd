from typing import Literal

ResponseOutputContentPartTypeType0 = Literal["output_text"]

RESPONSE_OUTPUT_CONTENT_PART_TYPE_TYPE_0_VALUES: set[ResponseOutputContentPartTypeType0] = {
    "output_text",
}


def check_response_output_content_part_type_type_0(value: str) -> ResponseOutputContentPartTypeType0:
    if value in RESPONSE_OUTPUT_CONTENT_PART_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_OUTPUT_CONTENT_PART_TYPE_TYPE_0_VALUES!r}")
