from typing import Literal

ListVideosSortBy = Literal["created_at", "updated_at"]

LIST_VIDEOS_SORT_BY_VALUES: set[ListVideosSortBy] = {
    "created_at",
    "updated_at",
}


def check_list_videos_sort_by(value: str) -> ListVideosSortBy:
    if value in LIST_VIDEOS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VIDEOS_SORT_BY_VALUES!r}")
