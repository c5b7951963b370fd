from typing import Literal

MultipartUploadType = Literal["audio", "image", "video"]

MULTIPART_UPLOAD_TYPE_VALUES: set[MultipartUploadType] = {
    "audio",
    "image",
    "video",
}


def check_multipart_upload_type(value: str) -> MultipartUploadType:
    if value in MULTIPART_UPLOAD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTIPART_UPLOAD_TYPE_VALUES!r}")
