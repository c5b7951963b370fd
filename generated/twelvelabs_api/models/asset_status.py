from typing import Literal

AssetStatus = Literal["failed", "processing", "ready"]

ASSET_STATUS_VALUES: set[AssetStatus] = {
    "failed",
    "processing",
    "ready",
}


def check_asset_status(value: str) -> AssetStatus:
    if value in ASSET_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_STATUS_VALUES!r}")
