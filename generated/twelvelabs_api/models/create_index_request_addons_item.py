from typing import Literal

CreateIndexRequestAddonsItem = Literal["thumbnail"]

CREATE_INDEX_REQUEST_ADDONS_ITEM_VALUES: set[CreateIndexRequestAddonsItem] = {
    "thumbnail",
}


def check_create_index_request_addons_item(value: str) -> CreateIndexRequestAddonsItem:
    if value in CREATE_INDEX_REQUEST_ADDONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_INDEX_REQUEST_ADDONS_ITEM_VALUES!r}")
