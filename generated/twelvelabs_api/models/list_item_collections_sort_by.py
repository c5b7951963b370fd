from typing import Literal

ListItemCollectionsSortBy = Literal["created_at", "updated_at"]

LIST_ITEM_COLLECTIONS_SORT_BY_VALUES: set[ListItemCollectionsSortBy] = {
    "created_at",
    "updated_at",
}


def check_list_item_collections_sort_by(value: str) -> ListItemCollectionsSortBy:
    if value in LIST_ITEM_COLLECTIONS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ITEM_COLLECTIONS_SORT_BY_VALUES!r}")
