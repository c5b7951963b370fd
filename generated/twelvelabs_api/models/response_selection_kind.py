from typing import Literal

ResponseSelectionKind = Literal["collection", "item"]

RESPONSE_SELECTION_KIND_VALUES: set[ResponseSelectionKind] = {
    "collection",
    "item",
}


def check_response_selection_kind(value: str) -> ResponseSelectionKind:
    if value in RESPONSE_SELECTION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_SELECTION_KIND_VALUES!r}")
