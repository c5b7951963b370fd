from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.completed_chunk import CompletedChunk


T = TypeVar("T", bound="ReportChunkBatchRequest")


@_attrs_define
class ReportChunkBatchRequest:
    completed_chunks: list[CompletedChunk]

    def to_dict(self) -> dict[str, Any]:
        completed_chunks = []
        for completed_chunks_item_data in self.completed_chunks:
            completed_chunks_item = completed_chunks_item_data.to_dict()
            completed_chunks.append(completed_chunks_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completed_chunks": completed_chunks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.completed_chunk import CompletedChunk  # noqa: PLC0415

        d = dict(src_dict)
        completed_chunks = []
        _completed_chunks = d.pop("completed_chunks")
        for completed_chunks_item_data in _completed_chunks:
            completed_chunks_item = CompletedChunk.from_dict(completed_chunks_item_data)

            completed_chunks.append(completed_chunks_item)

        report_chunk_batch_request = cls(
            completed_chunks=completed_chunks,
        )

        return report_chunk_batch_request
