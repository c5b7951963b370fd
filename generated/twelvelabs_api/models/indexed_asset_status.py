from typing import Literal

IndexedAssetStatus = Literal["failed", "indexing", "pending", "queued", "ready", "validating"]

INDEXED_ASSET_STATUS_VALUES: set[IndexedAssetStatus] = {
    "failed",
    "indexing",
    "pending",
    "queued",
    "ready",
    "validating",
}


def check_indexed_asset_status(value: str) -> IndexedAssetStatus:
    if value in INDEXED_ASSET_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDEXED_ASSET_STATUS_VALUES!r}")
