from typing import Literal

AssetType = Literal["audio", "document", "image", "video"]

ASSET_TYPE_VALUES: set[AssetType] = {
    "audio",
    "document",
    "image",
    "video",
}


def check_asset_type(value: str) -> AssetType:
    if value in ASSET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_TYPE_VALUES!r}")
