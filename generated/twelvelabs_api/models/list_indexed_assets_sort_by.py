from typing import Literal

ListIndexedAssetsSortBy = Literal["created_at", "updated_at"]

LIST_INDEXED_ASSETS_SORT_BY_VALUES: set[ListIndexedAssetsSortBy] = {
    "created_at",
    "updated_at",
}


def check_list_indexed_assets_sort_by(value: str) -> ListIndexedAssetsSortBy:
    if value in LIST_INDEXED_ASSETS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INDEXED_ASSETS_SORT_BY_VALUES!r}")
