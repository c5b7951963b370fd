from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioSegment")


@_attrs_define
class AudioSegment:
    """One embedding of a stretch of audio."""

    float_: list[float] | Unset = _attrs_field(default=UNSET, alias="float")
    start_offset_sec: float | Unset = UNSET
    end_offset_sec: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        float_: list[float] | Unset = UNSET
        if not isinstance(self.float_, Unset):
            float_ = self.float_

        start_offset_sec = self.start_offset_sec

        end_offset_sec = self.end_offset_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if float_ is not UNSET:
            field_dict["float"] = float_
        if start_offset_sec is not UNSET:
            field_dict["start_offset_sec"] = start_offset_sec
        if end_offset_sec is not UNSET:
            field_dict["end_offset_sec"] = end_offset_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        float_ = cast(list[float], d.pop("float", UNSET))

        start_offset_sec = d.pop("start_offset_sec", UNSET)

        end_offset_sec = d.pop("end_offset_sec", UNSET)

        audio_segment = cls(
            float=float_,
            start_offset_sec=start_offset_sec,
            end_offset_sec=end_offset_sec,
        )

        audio_segment.additional_properties = d
        return audio_segment

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
