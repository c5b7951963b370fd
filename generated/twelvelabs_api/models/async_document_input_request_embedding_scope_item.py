from typing import Literal

AsyncDocumentInputRequestEmbeddingScopeItem = Literal["asset", "local"]

ASYNC_DOCUMENT_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES: set[AsyncDocumentInputRequestEmbeddingScopeItem] = {
    "asset",
    "local",
}


def check_async_document_input_request_embedding_scope_item(value: str) -> AsyncDocumentInputRequestEmbeddingScopeItem:
    if value in ASYNC_DOCUMENT_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_DOCUMENT_INPUT_REQUEST_EMBEDDING_SCOPE_ITEM_VALUES!r}"
    )
