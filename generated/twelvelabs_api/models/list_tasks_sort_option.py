from typing import Literal

ListTasksSortOption = Literal["asc", "desc"]

LIST_TASKS_SORT_OPTION_VALUES: set[ListTasksSortOption] = {
    "asc",
    "desc",
}


def check_list_tasks_sort_option(value: str) -> ListTasksSortOption:
    if value in LIST_TASKS_SORT_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TASKS_SORT_OPTION_VALUES!r}")
