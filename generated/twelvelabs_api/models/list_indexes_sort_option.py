from typing import Literal

ListIndexesSortOption = Literal["asc", "desc"]

LIST_INDEXES_SORT_OPTION_VALUES: set[ListIndexesSortOption] = {
    "asc",
    "desc",
}


def check_list_indexes_sort_option(value: str) -> ListIndexesSortOption:
    if value in LIST_INDEXES_SORT_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INDEXES_SORT_OPTION_VALUES!r}")
