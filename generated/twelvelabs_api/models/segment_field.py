from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_field_type import SegmentFieldType, check_segment_field_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_field_items import SegmentFieldItems


T = TypeVar("T", bound="SegmentField")


@_attrs_define
class SegmentField:
    name: str
    type_: SegmentFieldType = _attrs_field(alias="type")
    description: str | Unset = UNSET
    format_: str | Unset = _attrs_field(default=UNSET, alias="format")
    enum: list[str] | Unset = UNSET
    items: SegmentFieldItems | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        description = self.description

        format_ = self.format_

        enum: list[str] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_
        if enum is not UNSET:
            field_dict["enum"] = enum
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_field_items import SegmentFieldItems  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_segment_field_type(d.pop("type"))

        description = d.pop("description", UNSET)

        format_ = d.pop("format", UNSET)

        enum = cast(list[str], d.pop("enum", UNSET))

        _items = d.pop("items", UNSET)
        items: SegmentFieldItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = SegmentFieldItems.from_dict(_items)

        segment_field = cls(
            name=name,
            type=type_,
            description=description,
            format=format_,
            enum=enum,
            items=items,
        )

        return segment_field

    @property
    def type(self) -> SegmentFieldType:
        return self.type_

    @property
    def format(self) -> str | Unset:
        return self.format_
