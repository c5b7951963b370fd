from typing import Literal

ListIndexesSortBy = Literal["created_at", "updated_at"]

LIST_INDEXES_SORT_BY_VALUES: set[ListIndexesSortBy] = {
    "created_at",
    "updated_at",
}


def check_list_indexes_sort_by(value: str) -> ListIndexesSortBy:
    if value in LIST_INDEXES_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INDEXES_SORT_BY_VALUES!r}")
