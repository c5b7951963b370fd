from typing import Literal

AssetSourceTypeType0 = Literal["connector"]

ASSET_SOURCE_TYPE_TYPE_0_VALUES: set[AssetSourceTypeType0] = {
    "connector",
}


def check_asset_source_type_type_0(value: str) -> AssetSourceTypeType0:
    if value in ASSET_SOURCE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_SOURCE_TYPE_TYPE_0_VALUES!r}")
