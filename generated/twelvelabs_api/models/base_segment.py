from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BaseSegment")


@_attrs_define
class BaseSegment:
    """One embedding."""

    float_: list[float] | Unset = _attrs_field(default=UNSET, alias="float")
    """ The vector """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        float_: list[float] | Unset = UNSET
        if not isinstance(self.float_, Unset):
            float_ = self.float_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if float_ is not UNSET:
            field_dict["float"] = float_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        float_ = cast(list[float], d.pop("float", UNSET))

        base_segment = cls(
            float=float_,
        )

        base_segment.additional_properties = d
        return base_segment

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
    def float(self) -> list[float] | Unset:
        return self.float_
