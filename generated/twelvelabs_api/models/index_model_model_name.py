from typing import Literal

IndexModelModelName = Literal["marengo2.7", "marengo3.0", "pegasus1.2", "pegasus1.5"]

INDEX_MODEL_MODEL_NAME_VALUES: set[IndexModelModelName] = {
    "marengo2.7",
    "marengo3.0",
    "pegasus1.2",
    "pegasus1.5",
}


def check_index_model_model_name(value: str) -> IndexModelModelName:
    if value in INDEX_MODEL_MODEL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDEX_MODEL_MODEL_NAME_VALUES!r}")
