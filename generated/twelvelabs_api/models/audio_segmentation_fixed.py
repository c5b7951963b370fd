from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AudioSegmentationFixed")


@_attrs_define
class AudioSegmentationFixed:
    duration_sec: int

    def to_dict(self) -> dict[str, Any]:
        duration_sec = self.duration_sec

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "duration_sec": duration_sec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        duration_sec = d.pop("duration_sec")

        audio_segmentation_fixed = cls(
            duration_sec=duration_sec,
        )

        return audio_segmentation_fixed
