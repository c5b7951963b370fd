from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_field_items_type import (
    SegmentFieldItemsType,
    check_segment_field_items_type,
)

T = TypeVar("T", bound="SegmentFieldItems")


@_attrs_define
class SegmentFieldItems:
    type_: SegmentFieldItemsType = _attrs_field(alias="type")

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_segment_field_items_type(d.pop("type"))

        segment_field_items = cls(
            type=type_,
        )

        return segment_field_items

    @property
    def type(self) -> SegmentFieldItemsType:
        return self.type_
