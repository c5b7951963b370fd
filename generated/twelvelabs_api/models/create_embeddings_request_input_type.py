from typing import Literal

CreateEmbeddingsRequestInputType = Literal["audio", "image", "multi_input", "text", "text_image", "video"]

CREATE_EMBEDDINGS_REQUEST_INPUT_TYPE_VALUES: set[CreateEmbeddingsRequestInputType] = {
    "audio",
    "image",
    "multi_input",
    "text",
    "text_image",
    "video",
}


def check_create_embeddings_request_input_type(value: str) -> CreateEmbeddingsRequestInputType:
    if value in CREATE_EMBEDDINGS_REQUEST_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_REQUEST_INPUT_TYPE_VALUES!r}")
