from typing import Literal

CreateAsyncEmbeddingRequestInputType = Literal["audio", "document", "image", "video"]

CREATE_ASYNC_EMBEDDING_REQUEST_INPUT_TYPE_VALUES: set[CreateAsyncEmbeddingRequestInputType] = {
    "audio",
    "document",
    "image",
    "video",
}


def check_create_async_embedding_request_input_type(value: str) -> CreateAsyncEmbeddingRequestInputType:
    if value in CREATE_ASYNC_EMBEDDING_REQUEST_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_ASYNC_EMBEDDING_REQUEST_INPUT_TYPE_VALUES!r}")
