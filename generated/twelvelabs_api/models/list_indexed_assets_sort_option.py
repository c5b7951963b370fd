from typing import Literal

ListIndexedAssetsSortOption = Literal["asc", "desc"]

LIST_INDEXED_ASSETS_SORT_OPTION_VALUES: set[ListIndexedAssetsSortOption] = {
    "asc",
    "desc",
}


def check_list_indexed_assets_sort_option(value: str) -> ListIndexedAssetsSortOption:
    if value in LIST_INDEXED_ASSETS_SORT_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INDEXED_ASSETS_SORT_OPTION_VALUES!r}")
