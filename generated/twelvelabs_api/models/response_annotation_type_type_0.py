from typing import Literal

ResponseAnnotationTypeType0 = Literal["collection_citation", "image_citation", "video_citation"]

RESPONSE_ANNOTATION_TYPE_TYPE_0_VALUES: set[ResponseAnnotationTypeType0] = {
    "collection_citation",
    "image_citation",
    "video_citation",
}


def check_response_annotation_type_type_0(value: str) -> ResponseAnnotationTypeType0:
    if value in RESPONSE_ANNOTATION_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_ANNOTATION_TYPE_TYPE_0_VALUES!r}")
