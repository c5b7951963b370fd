from typing import Literal

ListEntitiesSortBy = Literal["created_at", "name", "updated_at"]

LIST_ENTITIES_SORT_BY_VALUES: set[ListEntitiesSortBy] = {
    "created_at",
    "name",
    "updated_at",
}


def check_list_entities_sort_by(value: str) -> ListEntitiesSortBy:
    if value in LIST_ENTITIES_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ENTITIES_SORT_BY_VALUES!r}")
