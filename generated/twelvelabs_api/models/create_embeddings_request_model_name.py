from typing import Literal

CreateEmbeddingsRequestModelName = Literal["marengo3.0", "marengo3.5"]

CREATE_EMBEDDINGS_REQUEST_MODEL_NAME_VALUES: set[CreateEmbeddingsRequestModelName] = {
    "marengo3.0",
    "marengo3.5",
}


def check_create_embeddings_request_model_name(value: str) -> CreateEmbeddingsRequestModelName:
    if value in CREATE_EMBEDDINGS_REQUEST_MODEL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_REQUEST_MODEL_NAME_VALUES!r}")
