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
    from ..models.temporal_segmentation_fixed_fixed import TemporalSegmentationFixedFixed


T = TypeVar("T", bound="TemporalSegmentationFixed")


@_attrs_define
class TemporalSegmentationFixed:
    fixed: TemporalSegmentationFixedFixed
    strategy: Literal["fixed"] = "fixed"

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy

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
        from ..models.temporal_segmentation_fixed_fixed import (
            TemporalSegmentationFixedFixed,  # noqa: PLC0415
        )

        d = dict(src_dict)
        strategy = cast(Literal["fixed"], d.pop("strategy"))
        if strategy != "fixed":
            raise ValueError(f"strategy must match const 'fixed', got '{strategy}'")

        fixed = TemporalSegmentationFixedFixed.from_dict(d.pop("fixed"))

        temporal_segmentation_fixed = cls(
            strategy=strategy,
            fixed=fixed,
        )

        return temporal_segmentation_fixed
