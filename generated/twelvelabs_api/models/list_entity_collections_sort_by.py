from typing import Literal

ListEntityCollectionsSortBy = Literal["created_at", "name", "updated_at"]

LIST_ENTITY_COLLECTIONS_SORT_BY_VALUES: set[ListEntityCollectionsSortBy] = {
    "created_at",
    "name",
    "updated_at",
}


def check_list_entity_collections_sort_by(value: str) -> ListEntityCollectionsSortBy:
    if value in LIST_ENTITY_COLLECTIONS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ENTITY_COLLECTIONS_SORT_BY_VALUES!r}")
