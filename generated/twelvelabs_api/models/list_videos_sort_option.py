from typing import Literal

ListVideosSortOption = Literal["asc", "desc"]

LIST_VIDEOS_SORT_OPTION_VALUES: set[ListVideosSortOption] = {
    "asc",
    "desc",
}


def check_list_videos_sort_option(value: str) -> ListVideosSortOption:
    if value in LIST_VIDEOS_SORT_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VIDEOS_SORT_OPTION_VALUES!r}")
