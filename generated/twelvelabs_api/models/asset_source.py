from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_source_type_type_0 import (
    AssetSourceTypeType0,
    check_asset_source_type_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_source_details import AssetSourceDetails


T = TypeVar("T", bound="AssetSource")


@_attrs_define
class AssetSource:
    """Where an imported asset came from; absent for assets uploaded to `/assets`."""

    type_: AssetSourceTypeType0 | str | Unset = _attrs_field(default=UNSET, alias="type")
    details: AssetSourceDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_source_details import AssetSourceDetails  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> AssetSourceTypeType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_asset_source_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetSourceTypeType0 | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _details = d.pop("details", UNSET)
        details: AssetSourceDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = AssetSourceDetails.from_dict(_details)

        asset_source = cls(
            type=type_,
            details=details,
        )

        asset_source.additional_properties = d
        return asset_source

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

    @property
    def type(self) -> AssetSourceTypeType0 | str | Unset:
        return self.type_
