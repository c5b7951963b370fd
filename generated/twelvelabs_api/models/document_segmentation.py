from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_sequential_segmentation import DocumentSequentialSegmentation
    from ..models.document_spatial_segmentation import DocumentSpatialSegmentation


T = TypeVar("T", bound="DocumentSegmentation")


@_attrs_define
class DocumentSegmentation:
    spatial: DocumentSpatialSegmentation | Unset = UNSET
    """ A PDF embedded page by page (`quadrants` adds one embedding per quarter page). """
    sequential: DocumentSequentialSegmentation | Unset = UNSET
    """ A text or Markdown file embedded in chunks of whole sentences. """

    def to_dict(self) -> dict[str, Any]:
        spatial: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spatial, Unset):
            spatial = self.spatial.to_dict()

        sequential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sequential, Unset):
            sequential = self.sequential.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if spatial is not UNSET:
            field_dict["spatial"] = spatial
        if sequential is not UNSET:
            field_dict["sequential"] = sequential

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_sequential_segmentation import (
            DocumentSequentialSegmentation,  # noqa: PLC0415
        )
        from ..models.document_spatial_segmentation import DocumentSpatialSegmentation  # noqa: PLC0415

        d = dict(src_dict)
        _spatial = d.pop("spatial", UNSET)
        spatial: DocumentSpatialSegmentation | Unset
        if isinstance(_spatial, Unset):
            spatial = UNSET
        else:
            spatial = DocumentSpatialSegmentation.from_dict(_spatial)

        _sequential = d.pop("sequential", UNSET)
        sequential: DocumentSequentialSegmentation | Unset
        if isinstance(_sequential, Unset):
            sequential = UNSET
        else:
            sequential = DocumentSequentialSegmentation.from_dict(_sequential)

        document_segmentation = cls(
            spatial=spatial,
            sequential=sequential,
        )

        return document_segmentation
