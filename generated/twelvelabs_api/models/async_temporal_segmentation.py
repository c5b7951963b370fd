from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.temporal_segmentation_dynamic import TemporalSegmentationDynamic
    from ..models.temporal_segmentation_fixed import TemporalSegmentationFixed


T = TypeVar("T", bound="AsyncTemporalSegmentation")


@_attrs_define
class AsyncTemporalSegmentation:
    """Segmentation wrapped in `temporal` (Marengo 3.5)."""

    temporal: TemporalSegmentationDynamic | TemporalSegmentationFixed

    def to_dict(self) -> dict[str, Any]:
        from ..models.temporal_segmentation_dynamic import TemporalSegmentationDynamic  # noqa: PLC0415

        temporal: dict[str, Any]
        if isinstance(self.temporal, TemporalSegmentationDynamic):
            temporal = self.temporal.to_dict()
        else:
            temporal = self.temporal.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "temporal": temporal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.temporal_segmentation_dynamic import TemporalSegmentationDynamic  # noqa: PLC0415
        from ..models.temporal_segmentation_fixed import TemporalSegmentationFixed  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_temporal(data: object) -> TemporalSegmentationDynamic | TemporalSegmentationFixed:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_temporal_segmentation_type_0 = TemporalSegmentationDynamic.from_dict(data)

                return componentsschemas_temporal_segmentation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_temporal_segmentation_type_1 = TemporalSegmentationFixed.from_dict(data)

            return componentsschemas_temporal_segmentation_type_1

        temporal = _parse_temporal(d.pop("temporal"))

        async_temporal_segmentation = cls(
            temporal=temporal,
        )

        return async_temporal_segmentation
