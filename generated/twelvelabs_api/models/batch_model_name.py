from typing import Literal

BatchModelName = Literal["pegasus1.5"]

BATCH_MODEL_NAME_VALUES: set[BatchModelName] = {
    "pegasus1.5",
}


def check_batch_model_name(value: str) -> BatchModelName:
    if value in BATCH_MODEL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BATCH_MODEL_NAME_VALUES!r}")
