from typing import Literal

ListKnowledgeStoreItemsSortBy = Literal["created_at", "updated_at"]

LIST_KNOWLEDGE_STORE_ITEMS_SORT_BY_VALUES: set[ListKnowledgeStoreItemsSortBy] = {
    "created_at",
    "updated_at",
}


def check_list_knowledge_store_items_sort_by(value: str) -> ListKnowledgeStoreItemsSortBy:
    if value in LIST_KNOWLEDGE_STORE_ITEMS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_KNOWLEDGE_STORE_ITEMS_SORT_BY_VALUES!r}")
