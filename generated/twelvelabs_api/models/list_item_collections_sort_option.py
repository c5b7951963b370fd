from typing import Literal

ListItemCollectionsSortOption = Literal["asc", "desc"]

LIST_ITEM_COLLECTIONS_SORT_OPTION_VALUES: set[ListItemCollectionsSortOption] = {
    "asc",
    "desc",
}


def check_list_item_collections_sort_option(value: str) -> ListItemCollectionsSortOption:
    if value in LIST_ITEM_COLLECTIONS_SORT_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ITEM_COLLECTIONS_SORT_OPTION_VALUES!r}")
