from typing import Literal

KnowledgeStoreSearchRequestSearchOptionsItem = Literal["audio", "transcription", "visual"]

KNOWLEDGE_STORE_SEARCH_REQUEST_SEARCH_OPTIONS_ITEM_VALUES: set[KnowledgeStoreSearchRequestSearchOptionsItem] = {
    "audio",
    "transcription",
    "visual",
}


def check_knowledge_store_search_request_search_options_item(
    value: str,
) -> KnowledgeStoreSearchRequestSearchOptionsItem:
    if value in KNOWLEDGE_STORE_SEARCH_REQUEST_SEARCH_OPTIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_STORE_SEARCH_REQUEST_SEARCH_OPTIONS_ITEM_VALUES!r}"
    )
