from typing import Literal

ListKnowledgeStoresSortOption = Literal["asc", "desc"]

LIST_KNOWLEDGE_STORES_SORT_OPTION_VALUES: set[ListKnowledgeStoresSortOption] = {
    "asc",
    "desc",
}


def check_list_knowledge_stores_sort_option(value: str) -> ListKnowledgeStoresSortOption:
    if value in LIST_KNOWLEDGE_STORES_SORT_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_KNOWLEDGE_STORES_SORT_OPTION_VALUES!r}")
