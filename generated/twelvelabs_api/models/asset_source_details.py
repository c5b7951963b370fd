from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_source_details_provider_type_0 import (
    AssetSourceDetailsProviderType0,
    check_asset_source_details_provider_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetSourceDetails")


@_attrs_define
class AssetSourceDetails:
    provider: AssetSourceDetailsProviderType0 | str | Unset = UNSET
    source_id: str | Unset = UNSET
    original_filename: str | Unset = UNSET
    source_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, str):
            provider = self.provider
        else:
            provider = self.provider

        source_id = self.source_id

        original_filename = self.original_filename

        source_link = self.source_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if original_filename is not UNSET:
            field_dict["original_filename"] = original_filename
        if source_link is not UNSET:
            field_dict["source_link"] = source_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_provider(data: object) -> AssetSourceDetailsProviderType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_0 = check_asset_source_details_provider_type_0(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetSourceDetailsProviderType0 | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        source_id = d.pop("source_id", UNSET)

        original_filename = d.pop("original_filename", UNSET)

        source_link = d.pop("source_link", UNSET)

        asset_source_details = cls(
            provider=provider,
            source_id=source_id,
            original_filename=original_filename,
            source_link=source_link,
        )

        asset_source_details.additional_properties = d
        return asset_source_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
