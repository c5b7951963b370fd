from typing import Literal

ResponseOutputItemPhaseType0 = Literal["commentary", "final_answer"]

RESPONSE_OUTPUT_ITEM_PHASE_TYPE_0_VALUES: set[ResponseOutputItemPhaseType0] = {
    "commentary",
    "final_answer",
}


def check_response_output_item_phase_type_0(value: str) -> ResponseOutputItemPhaseType0:
    if value in RESPONSE_OUTPUT_ITEM_PHASE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_OUTPUT_ITEM_PHASE_TYPE_0_VALUES!r}")
