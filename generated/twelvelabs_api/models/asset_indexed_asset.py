from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_reference import IndexReference


T = TypeVar("T", bound="AssetIndexedAsset")


@_attrs_define
class AssetIndexedAsset:
    id: str
    index: IndexReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        index: dict[str, Any] | Unset = UNSET
        if not isinstance(self.index, Unset):
            index = self.index.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.index_reference import IndexReference  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        _index = d.pop("index", UNSET)
        index: IndexReference | Unset
        if isinstance(_index, Unset):
            index = UNSET
        else:
            index = IndexReference.from_dict(_index)

        asset_indexed_asset = cls(
            id=id,
            index=index,
        )

        asset_indexed_asset.additional_properties = d
        return asset_indexed_asset

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
