from typing import Literal

ListIndexesModelFamily = Literal["marengo", "pegasus"]

LIST_INDEXES_MODEL_FAMILY_VALUES: set[ListIndexesModelFamily] = {
    "marengo",
    "pegasus",
}


def check_list_indexes_model_family(value: str) -> ListIndexesModelFamily:
    if value in LIST_INDEXES_MODEL_FAMILY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INDEXES_MODEL_FAMILY_VALUES!r}")
