from typing import Literal

IndexModelModelOptionsItem = Literal["audio", "visual"]

INDEX_MODEL_MODEL_OPTIONS_ITEM_VALUES: set[IndexModelModelOptionsItem] = {
    "audio",
    "visual",
}


def check_index_model_model_options_item(value: str) -> IndexModelModelOptionsItem:
    if value in INDEX_MODEL_MODEL_OPTIONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDEX_MODEL_MODEL_OPTIONS_ITEM_VALUES!r}")
