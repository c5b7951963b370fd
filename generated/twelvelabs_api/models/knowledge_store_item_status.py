from typing import Literal

KnowledgeStoreItemStatus = Literal["failed", "processing", "ready"]

KNOWLEDGE_STORE_ITEM_STATUS_VALUES: set[KnowledgeStoreItemStatus] = {
    "failed",
    "processing",
    "ready",
}


def check_knowledge_store_item_status(value: str) -> KnowledgeStoreItemStatus:
    if value in KNOWLEDGE_STORE_ITEM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_STORE_ITEM_STATUS_VALUES!r}")
