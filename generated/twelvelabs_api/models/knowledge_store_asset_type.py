from typing import Literal

KnowledgeStoreAssetType = Literal["audio", "document", "image", "video"]

KNOWLEDGE_STORE_ASSET_TYPE_VALUES: set[KnowledgeStoreAssetType] = {
    "audio",
    "document",
    "image",
    "video",
}


def check_knowledge_store_asset_type(value: str) -> KnowledgeStoreAssetType:
    if value in KNOWLEDGE_STORE_ASSET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_STORE_ASSET_TYPE_VALUES!r}")
