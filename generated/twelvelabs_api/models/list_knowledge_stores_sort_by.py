from typing import Literal

ListKnowledgeStoresSortBy = Literal["created_at", "updated_at"]

LIST_KNOWLEDGE_STORES_SORT_BY_VALUES: set[ListKnowledgeStoresSortBy] = {
    "created_at",
    "updated_at",
}


def check_list_knowledge_stores_sort_by(value: str) -> ListKnowledgeStoresSortBy:
    if value in LIST_KNOWLEDGE_STORES_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_KNOWLEDGE_STORES_SORT_BY_VALUES!r}")
