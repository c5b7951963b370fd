from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.document_sequential_segmentation_strategy import (
    DocumentSequentialSegmentationStrategy,
    check_document_sequential_segmentation_strategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentSequentialSegmentation")


@_attrs_define
class DocumentSequentialSegmentation:
    """A text or Markdown file embedded in chunks of whole sentences."""

    strategy: DocumentSequentialSegmentationStrategy
    max_sentences: int
    overlap_sentences: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        strategy: str = self.strategy

        max_sentences = self.max_sentences

        overlap_sentences = self.overlap_sentences

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "strategy": strategy,
                "max_sentences": max_sentences,
            }
        )
        if overlap_sentences is not UNSET:
            field_dict["overlap_sentences"] = overlap_sentences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        strategy = check_document_sequential_segmentation_strategy(d.pop("strategy"))

        max_sentences = d.pop("max_sentences")

        overlap_sentences = d.pop("overlap_sentences", UNSET)

        document_sequential_segmentation = cls(
            strategy=strategy,
            max_sentences=max_sentences,
            overlap_sentences=overlap_sentences,
        )

        return document_sequential_segmentation
