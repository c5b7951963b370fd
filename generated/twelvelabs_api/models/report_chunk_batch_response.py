from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportChunkBatchResponse")


@_attrs_define
class ReportChunkBatchResponse:
    url: str | Unset = UNSET
    """ The asset's URL, once the upload is complete. """
    asset_id: str | Unset = UNSET
    processed_chunks: int | Unset = UNSET
    duplicate_chunks: int | Unset = UNSET
    total_completed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        asset_id = self.asset_id

        processed_chunks = self.processed_chunks

        duplicate_chunks = self.duplicate_chunks

        total_completed = self.total_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if processed_chunks is not UNSET:
            field_dict["processed_chunks"] = processed_chunks
        if duplicate_chunks is not UNSET:
            field_dict["duplicate_chunks"] = duplicate_chunks
        if total_completed is not UNSET:
            field_dict["total_completed"] = total_completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        processed_chunks = d.pop("processed_chunks", UNSET)

        duplicate_chunks = d.pop("duplicate_chunks", UNSET)

        total_completed = d.pop("total_completed", UNSET)

        report_chunk_batch_response = cls(
            url=url,
            asset_id=asset_id,
            processed_chunks=processed_chunks,
            duplicate_chunks=duplicate_chunks,
            total_completed=total_completed,
        )

        report_chunk_batch_response.additional_properties = d
        return report_chunk_batch_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
