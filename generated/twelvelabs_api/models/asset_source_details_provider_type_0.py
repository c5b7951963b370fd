from typing import Literal

AssetSourceDetailsProviderType0 = Literal["google_drive"]

ASSET_SOURCE_DETAILS_PROVIDER_TYPE_0_VALUES: set[AssetSourceDetailsProviderType0] = {
    "google_drive",
}


def check_asset_source_details_provider_type_0(value: str) -> AssetSourceDetailsProviderType0:
    if value in ASSET_SOURCE_DETAILS_PROVIDER_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_SOURCE_DETAILS_PROVIDER_TYPE_0_VALUES!r}")
