from typing import Literal

RetrieveIndexedAssetEmbeddingOptionItem = Literal["audio", "transcription", "visual"]

RETRIEVE_INDEXED_ASSET_EMBEDDING_OPTION_ITEM_VALUES: set[RetrieveIndexedAssetEmbeddingOptionItem] = {
    "audio",
    "transcription",
    "visual",
}


def check_retrieve_indexed_asset_embedding_option_item(value: str) -> RetrieveIndexedAssetEmbeddingOptionItem:
    if value in RETRIEVE_INDEXED_ASSET_EMBEDDING_OPTION_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_INDEXED_ASSET_EMBEDDING_OPTION_ITEM_VALUES!r}"
    )
