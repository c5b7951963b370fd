from typing import Literal

AsyncModelName = Literal["pegasus1.5", "pegasus1.6"]

ASYNC_MODEL_NAME_VALUES: set[AsyncModelName] = {
    "pegasus1.5",
    "pegasus1.6",
}


def check_async_model_name(value: str) -> AsyncModelName:
    if value in ASYNC_MODEL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASYNC_MODEL_NAME_VALUES!r}")
