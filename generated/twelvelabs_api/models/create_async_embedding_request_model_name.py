from typing import Literal

CreateAsyncEmbeddingRequestModelName = Literal["marengo3.0", "marengo3.5"]

CREATE_ASYNC_EMBEDDING_REQUEST_MODEL_NAME_VALUES: set[CreateAsyncEmbeddingRequestModelName] = {
    "marengo3.0",
    "marengo3.5",
}


def check_create_async_embedding_request_model_name(value: str) -> CreateAsyncEmbeddingRequestModelName:
    if value in CREATE_ASYNC_EMBEDDING_REQUEST_MODEL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_ASYNC_EMBEDDING_REQUEST_MODEL_NAME_VALUES!r}")
