from typing import Literal

AssetMethod = Literal["direct", "url"]

ASSET_METHOD_VALUES: set[AssetMethod] = {
    "direct",
    "url",
}


def check_asset_method(value: str) -> AssetMethod:
    if value in ASSET_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_METHOD_VALUES!r}")
