from typing import Literal

AsyncDocumentInputRequestEmbeddingOptionItem = Literal["text", "visual"]

ASYNC_DOCUMENT_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES: set[AsyncDocumentInputRequestEmbeddingOptionItem] = {
    "text",
    "visual",
}


def check_async_document_input_request_embedding_option_item(
    value: str,
) -> AsyncDocumentInputRequestEmbeddingOptionItem:
    if value in ASYNC_DOCUMENT_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_DOCUMENT_INPUT_REQUEST_EMBEDDING_OPTION_ITEM_VALUES!r}"
    )
