from typing import Literal

KnowledgeStoreSearchRequestGroupBy = Literal["clip", "item"]

KNOWLEDGE_STORE_SEARCH_REQUEST_GROUP_BY_VALUES: set[KnowledgeStoreSearchRequestGroupBy] = {
    "clip",
    "item",
}


def check_knowledge_store_search_request_group_by(value: str) -> KnowledgeStoreSearchRequestGroupBy:
    if value in KNOWLEDGE_STORE_SEARCH_REQUEST_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_STORE_SEARCH_REQUEST_GROUP_BY_VALUES!r}")
