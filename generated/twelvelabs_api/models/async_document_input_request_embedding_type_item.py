from typing import Literal

AsyncDocumentInputRequestEmbeddingTypeItem = Literal["fused_embedding", "separate_embedding"]

ASYNC_DOCUMENT_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES: set[AsyncDocumentInputRequestEmbeddingTypeItem] = {
    "fused_embedding",
    "separate_embedding",
}


def check_async_document_input_request_embedding_type_item(value: str) -> AsyncDocumentInputRequestEmbeddingTypeItem:
    if value in ASYNC_DOCUMENT_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_DOCUMENT_INPUT_REQUEST_EMBEDDING_TYPE_ITEM_VALUES!r}"
    )
