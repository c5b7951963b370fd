from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.video_segmentation_dynamic_dynamic import (
        VideoSegmentationDynamicDynamic,
    )


T = TypeVar("T", bound="VideoSegmentationDynamic")


@_attrs_define
class VideoSegmentationDynamic:
    """Clips cut at scene changes, each at least `min_duration_sec` long."""

    dynamic: VideoSegmentationDynamicDynamic
    strategy: Literal["dynamic"] = "dynamic"

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy

        dynamic = self.dynamic.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "strategy": strategy,
                "dynamic": dynamic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_segmentation_dynamic_dynamic import (
            VideoSegmentationDynamicDynamic,  # noqa: PLC0415
        )

        d = dict(src_dict)
        strategy = cast(Literal["dynamic"], d.pop("strategy"))
        if strategy != "dynamic":
            raise ValueError(f"strategy must match const 'dynamic', got '{strategy}'")

        dynamic = VideoSegmentationDynamicDynamic.from_dict(d.pop("dynamic"))

        video_segmentation_dynamic = cls(
            strategy=strategy,
            dynamic=dynamic,
        )

        return video_segmentation_dynamic
