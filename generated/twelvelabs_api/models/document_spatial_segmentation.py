from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.document_spatial_segmentation_strategy import (
    DocumentSpatialSegmentationStrategy,
    check_document_spatial_segmentation_strategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentSpatialSegmentation")


@_attrs_define
class DocumentSpatialSegmentation:
    """A PDF embedded page by page (`quadrants` adds one embedding per quarter page)."""

    strategy: DocumentSpatialSegmentationStrategy | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _strategy = d.pop("strategy", UNSET)
        strategy: DocumentSpatialSegmentationStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = check_document_spatial_segmentation_strategy(_strategy)

        document_spatial_segmentation = cls(
            strategy=strategy,
        )

        return document_spatial_segmentation
