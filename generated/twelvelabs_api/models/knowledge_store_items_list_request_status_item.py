from typing import Literal

KnowledgeStoreItemsListRequestStatusItem = Literal["failed", "processing", "ready"]

KNOWLEDGE_STORE_ITEMS_LIST_REQUEST_STATUS_ITEM_VALUES: set[KnowledgeStoreItemsListRequestStatusItem] = {
    "failed",
    "processing",
    "ready",
}


def check_knowledge_store_items_list_request_status_item(value: str) -> KnowledgeStoreItemsListRequestStatusItem:
    if value in KNOWLEDGE_STORE_ITEMS_LIST_REQUEST_STATUS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_STORE_ITEMS_LIST_REQUEST_STATUS_ITEM_VALUES!r}"
    )
