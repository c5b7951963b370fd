from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchPool")


@_attrs_define
class SearchPool:
    total_count: int | Unset = UNSET
    total_duration: float | Unset = UNSET
    index_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        total_duration = self.total_duration

        index_id = self.index_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if index_id is not UNSET:
            field_dict["index_id"] = index_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        total_duration = d.pop("total_duration", UNSET)

        index_id = d.pop("index_id", UNSET)

        search_pool = cls(
            total_count=total_count,
            total_duration=total_duration,
            index_id=index_id,
        )

        search_pool.additional_properties = d
        return search_pool

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
