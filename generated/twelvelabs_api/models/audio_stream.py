from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioStream")


@_attrs_define
class AudioStream:
    index: int | Unset = UNSET
    codec: str | Unset = UNSET
    codec_long: str | Unset = UNSET
    sample_rate: int | Unset = UNSET
    bit_depth: int | Unset = UNSET
    channels: int | Unset = UNSET
    channel_layout: str | Unset = UNSET
    bitrate_bps: int | Unset = UNSET
    language: str | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        codec = self.codec

        codec_long = self.codec_long

        sample_rate = self.sample_rate

        bit_depth = self.bit_depth

        channels = self.channels

        channel_layout = self.channel_layout

        bitrate_bps = self.bitrate_bps

        language = self.language

        duration_seconds = self.duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if codec is not UNSET:
            field_dict["codec"] = codec
        if codec_long is not UNSET:
            field_dict["codec_long"] = codec_long
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if bit_depth is not UNSET:
            field_dict["bit_depth"] = bit_depth
        if channels is not UNSET:
            field_dict["channels"] = channels
        if channel_layout is not UNSET:
            field_dict["channel_layout"] = channel_layout
        if bitrate_bps is not UNSET:
            field_dict["bitrate_bps"] = bitrate_bps
        if language is not UNSET:
            field_dict["language"] = language
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        codec = d.pop("codec", UNSET)

        codec_long = d.pop("codec_long", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        bit_depth = d.pop("bit_depth", UNSET)

        channels = d.pop("channels", UNSET)

        channel_layout = d.pop("channel_layout", UNSET)

        bitrate_bps = d.pop("bitrate_bps", UNSET)

        language = d.pop("language", UNSET)

        duration_seconds = d.pop("duration_seconds", UNSET)

        audio_stream = cls(
            index=index,
            codec=codec,
            codec_long=codec_long,
            sample_rate=sample_rate,
            bit_depth=bit_depth,
            channels=channels,
            channel_layout=channel_layout,
            bitrate_bps=bitrate_bps,
            language=language,
            duration_seconds=duration_seconds,
        )

        audio_stream.additional_properties = d
        return audio_stream

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
