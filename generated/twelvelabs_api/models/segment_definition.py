from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_field import SegmentField
    from ..models.sme_media_source import SmeMediaSource
    from ..models.time_range import TimeRange


T = TypeVar("T", bound="SegmentDefinition")


@_attrs_define
class SegmentDefinition:
    id: str
    description: str
    fields: list[SegmentField] | Unset = UNSET
    media_sources: list[SmeMediaSource] | Unset = UNSET
    time_ranges: list[TimeRange] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        media_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_sources, Unset):
            media_sources = []
            for media_sources_item_data in self.media_sources:
                media_sources_item = media_sources_item_data.to_dict()
                media_sources.append(media_sources_item)

        time_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_ranges, Unset):
            time_ranges = []
            for time_ranges_item_data in self.time_ranges:
                time_ranges_item = time_ranges_item_data.to_dict()
                time_ranges.append(time_ranges_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "description": description,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if media_sources is not UNSET:
            field_dict["media_sources"] = media_sources
        if time_ranges is not UNSET:
            field_dict["time_ranges"] = time_ranges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_field import SegmentField  # noqa: PLC0415
        from ..models.sme_media_source import SmeMediaSource  # noqa: PLC0415
        from ..models.time_range import TimeRange  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        _fields = d.pop("fields", UNSET)
        fields: list[SegmentField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = SegmentField.from_dict(fields_item_data)

                fields.append(fields_item)

        _media_sources = d.pop("media_sources", UNSET)
        media_sources: list[SmeMediaSource] | Unset = UNSET
        if _media_sources is not UNSET:
            media_sources = []
            for media_sources_item_data in _media_sources:
                media_sources_item = SmeMediaSource.from_dict(media_sources_item_data)

                media_sources.append(media_sources_item)

        _time_ranges = d.pop("time_ranges", UNSET)
        time_ranges: list[TimeRange] | Unset = UNSET
        if _time_ranges is not UNSET:
            time_ranges = []
            for time_ranges_item_data in _time_ranges:
                time_ranges_item = TimeRange.from_dict(time_ranges_item_data)

                time_ranges.append(time_ranges_item)

        segment_definition = cls(
            id=id,
            description=description,
            fields=fields,
            media_sources=media_sources,
            time_ranges=time_ranges,
        )

        return segment_definition

    @property
    def fields_(self) -> list[SegmentField] | Unset:
        return self.fields
