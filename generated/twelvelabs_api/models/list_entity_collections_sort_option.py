from typing import Literal

ListEntityCollectionsSortOption = Literal["asc", "desc"]

LIST_ENTITY_COLLECTIONS_SORT_OPTION_VALUES: set[ListEntityCollectionsSortOption] = {
    "asc",
    "desc",
}


def check_list_entity_collections_sort_option(value: str) -> ListEntityCollectionsSortOption:
    if value in LIST_ENTITY_COLLECTIONS_SORT_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ENTITY_COLLECTIONS_SORT_OPTION_VALUES!r}")
