from typing import Literal

ListEntitiesSortOption = Literal["asc", "desc"]

LIST_ENTITIES_SORT_OPTION_VALUES: set[ListEntitiesSortOption] = {
    "asc",
    "desc",
}


def check_list_entities_sort_option(value: str) -> ListEntitiesSortOption:
    if value in LIST_ENTITIES_SORT_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ENTITIES_SORT_OPTION_VALUES!r}")
