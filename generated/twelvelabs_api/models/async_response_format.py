from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_response_format_segment_time_format import (
    AsyncResponseFormatSegmentTimeFormat,
    check_async_response_format_segment_time_format,
)
from ..models.async_response_format_type import (
    AsyncResponseFormatType,
    check_async_response_format_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_response_format_json_schema import AsyncResponseFormatJsonSchema
    from ..models.segment_definition import SegmentDefinition


T = TypeVar("T", bound="AsyncResponseFormat")


@_attrs_define
class AsyncResponseFormat:
    type_: AsyncResponseFormatType = _attrs_field(alias="type")
    json_schema: AsyncResponseFormatJsonSchema | Unset = UNSET
    segment_definitions: list[SegmentDefinition] | Unset = UNSET
    segment_time_format: AsyncResponseFormatSegmentTimeFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        segment_definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segment_definitions, Unset):
            segment_definitions = []
            for segment_definitions_item_data in self.segment_definitions:
                segment_definitions_item = segment_definitions_item_data.to_dict()
                segment_definitions.append(segment_definitions_item)

        segment_time_format: str | Unset = UNSET
        if not isinstance(self.segment_time_format, Unset):
            segment_time_format = self.segment_time_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        if segment_definitions is not UNSET:
            field_dict["segment_definitions"] = segment_definitions
        if segment_time_format is not UNSET:
            field_dict["segment_time_format"] = segment_time_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_response_format_json_schema import (
            AsyncResponseFormatJsonSchema,  # noqa: PLC0415
        )
        from ..models.segment_definition import SegmentDefinition  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_async_response_format_type(d.pop("type"))

        _json_schema = d.pop("json_schema", UNSET)
        json_schema: AsyncResponseFormatJsonSchema | Unset
        if isinstance(_json_schema, Unset):
            json_schema = UNSET
        else:
            json_schema = AsyncResponseFormatJsonSchema.from_dict(_json_schema)

        _segment_definitions = d.pop("segment_definitions", UNSET)
        segment_definitions: list[SegmentDefinition] | Unset = UNSET
        if _segment_definitions is not UNSET:
            segment_definitions = []
            for segment_definitions_item_data in _segment_definitions:
                segment_definitions_item = SegmentDefinition.from_dict(segment_definitions_item_data)

                segment_definitions.append(segment_definitions_item)

        _segment_time_format = d.pop("segment_time_format", UNSET)
        segment_time_format: AsyncResponseFormatSegmentTimeFormat | Unset
        if isinstance(_segment_time_format, Unset):
            segment_time_format = UNSET
        else:
            segment_time_format = check_async_response_format_segment_time_format(_segment_time_format)

        async_response_format = cls(
            type=type_,
            json_schema=json_schema,
            segment_definitions=segment_definitions,
            segment_time_format=segment_time_format,
        )

        return async_response_format

    @property
    def type(self) -> AsyncResponseFormatType:
        return self.type_
