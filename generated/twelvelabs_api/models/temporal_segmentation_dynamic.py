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
    from ..models.temporal_segmentation_dynamic_dynamic import (
        TemporalSegmentationDynamicDynamic,
    )


T = TypeVar("T", bound="TemporalSegmentationDynamic")


@_attrs_define
class TemporalSegmentationDynamic:
    dynamic: TemporalSegmentationDynamicDynamic
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
        from ..models.temporal_segmentation_dynamic_dynamic import (
            TemporalSegmentationDynamicDynamic,  # noqa: PLC0415
        )

        d = dict(src_dict)
        strategy = cast(Literal["dynamic"], d.pop("strategy"))
        if strategy != "dynamic":
            raise ValueError(f"strategy must match const 'dynamic', got '{strategy}'")

        dynamic = TemporalSegmentationDynamicDynamic.from_dict(d.pop("dynamic"))

        temporal_segmentation_dynamic = cls(
            strategy=strategy,
            dynamic=dynamic,
        )

        return temporal_segmentation_dynamic
