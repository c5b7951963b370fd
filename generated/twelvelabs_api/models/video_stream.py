from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoStream")


@_attrs_define
class VideoStream:
    index: int | Unset = UNSET
    codec: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    fps: float | Unset = UNSET
    avg_fps: float | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    bitrate_bps: int | Unset = UNSET
    rotation: int | Unset = UNSET
    pixel_aspect_ratio: str | Unset = UNSET
    display_aspect_ratio: str | Unset = UNSET
    scan_type: str | Unset = UNSET
    pixel_format: str | Unset = UNSET
    bit_depth: int | Unset = UNSET
    color_range: str | Unset = UNSET
    color_transfer: str | Unset = UNSET
    color_space: str | Unset = UNSET
    color_primaries: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        codec = self.codec

        width = self.width

        height = self.height

        fps = self.fps

        avg_fps = self.avg_fps

        duration_seconds = self.duration_seconds

        bitrate_bps = self.bitrate_bps

        rotation = self.rotation

        pixel_aspect_ratio = self.pixel_aspect_ratio

        display_aspect_ratio = self.display_aspect_ratio

        scan_type = self.scan_type

        pixel_format = self.pixel_format

        bit_depth = self.bit_depth

        color_range = self.color_range

        color_transfer = self.color_transfer

        color_space = self.color_space

        color_primaries = self.color_primaries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if codec is not UNSET:
            field_dict["codec"] = codec
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if fps is not UNSET:
            field_dict["fps"] = fps
        if avg_fps is not UNSET:
            field_dict["avg_fps"] = avg_fps
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if bitrate_bps is not UNSET:
            field_dict["bitrate_bps"] = bitrate_bps
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if pixel_aspect_ratio is not UNSET:
            field_dict["pixel_aspect_ratio"] = pixel_aspect_ratio
        if display_aspect_ratio is not UNSET:
            field_dict["display_aspect_ratio"] = display_aspect_ratio
        if scan_type is not UNSET:
            field_dict["scan_type"] = scan_type
        if pixel_format is not UNSET:
            field_dict["pixel_format"] = pixel_format
        if bit_depth is not UNSET:
            field_dict["bit_depth"] = bit_depth
        if color_range is not UNSET:
            field_dict["color_range"] = color_range
        if color_transfer is not UNSET:
            field_dict["color_transfer"] = color_transfer
        if color_space is not UNSET:
            field_dict["color_space"] = color_space
        if color_primaries is not UNSET:
            field_dict["color_primaries"] = color_primaries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        codec = d.pop("codec", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        fps = d.pop("fps", UNSET)

        avg_fps = d.pop("avg_fps", UNSET)

        duration_seconds = d.pop("duration_seconds", UNSET)

        bitrate_bps = d.pop("bitrate_bps", UNSET)

        rotation = d.pop("rotation", UNSET)

        pixel_aspect_ratio = d.pop("pixel_aspect_ratio", UNSET)

        display_aspect_ratio = d.pop("display_aspect_ratio", UNSET)

        scan_type = d.pop("scan_type", UNSET)

        pixel_format = d.pop("pixel_format", UNSET)

        bit_depth = d.pop("bit_depth", UNSET)

        color_range = d.pop("color_range", UNSET)

        color_transfer = d.pop("color_transfer", UNSET)

        color_space = d.pop("color_space", UNSET)

        color_primaries = d.pop("color_primaries", UNSET)

        video_stream = cls(
            index=index,
            codec=codec,
            width=width,
            height=height,
            fps=fps,
            avg_fps=avg_fps,
            duration_seconds=duration_seconds,
            bitrate_bps=bitrate_bps,
            rotation=rotation,
            pixel_aspect_ratio=pixel_aspect_ratio,
            display_aspect_ratio=display_aspect_ratio,
            scan_type=scan_type,
            pixel_format=pixel_format,
            bit_depth=bit_depth,
            color_range=color_range,
            color_transfer=color_transfer,
            color_space=color_space,
            color_primaries=color_primaries,
        )

        video_stream.additional_properties = d
        return video_stream

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
