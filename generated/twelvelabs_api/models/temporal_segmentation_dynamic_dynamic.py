from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TemporalSegmentationDynamicDynamic")


@_attrs_define
class TemporalSegmentationDynamicDynamic:
    min_duration_sec: int

    def to_dict(self) -> dict[str, Any]:
        min_duration_sec = self.min_duration_sec

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "min_duration_sec": min_duration_sec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_duration_sec = d.pop("min_duration_sec")

        temporal_segmentation_dynamic_dynamic = cls(
            min_duration_sec=min_duration_sec,
        )

        return temporal_segmentation_dynamic_dynamic
