from typing import Literal

ListKnowledgeStoreItemsSortOption = Literal["asc", "desc"]

LIST_KNOWLEDGE_STORE_ITEMS_SORT_OPTION_VALUES: set[ListKnowledgeStoreItemsSortOption] = {
    "asc",
    "desc",
}


def check_list_knowledge_store_items_sort_option(value: str) -> ListKnowledgeStoreItemsSortOption:
    if value in LIST_KNOWLEDGE_STORE_ITEMS_SORT_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_KNOWLEDGE_STORE_ITEMS_SORT_OPTION_VALUES!r}")
