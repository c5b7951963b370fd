from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.audio_segmentation_strategy import (
    AudioSegmentationStrategy,
    check_audio_segmentation_strategy,
)

if TYPE_CHECKING:
    from ..models.audio_segmentation_fixed import AudioSegmentationFixed


T = TypeVar("T", bound="AudioSegmentation")


@_attrs_define
class AudioSegmentation:
    """Audio cut into pieces of `fixed.duration_sec` seconds."""

    strategy: AudioSegmentationStrategy
    fixed: AudioSegmentationFixed

    def to_dict(self) -> dict[str, Any]:
        strategy: str = self.strategy

        fixed = self.fixed.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "strategy": strategy,
                "fixed": fixed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_segmentation_fixed import AudioSegmentationFixed  # noqa: PLC0415

        d = dict(src_dict)
        strategy = check_audio_segmentation_strategy(d.pop("strategy"))

        fixed = AudioSegmentationFixed.from_dict(d.pop("fixed"))

        audio_segmentation = cls(
            strategy=strategy,
            fixed=fixed,
        )

        return audio_segmentation
