from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multipart_upload_status_type import (
    MultipartUploadStatusType,
    check_multipart_upload_status_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncompleteUploadSummary")


@_attrs_define
class IncompleteUploadSummary:
    upload_id: str
    status: MultipartUploadStatusType | str
    total_size: int
    chunk_size: int
    total_chunks: int
    created_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        total_size = self.total_size

        chunk_size = self.chunk_size

        total_chunks = self.total_chunks

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "status": status,
                "total_size": total_size,
                "chunk_size": chunk_size,
                "total_chunks": total_chunks,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_id = d.pop("upload_id")

        def _parse_status(data: object) -> MultipartUploadStatusType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_multipart_upload_status_type(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultipartUploadStatusType | str, data)

        status = _parse_status(d.pop("status"))

        total_size = d.pop("total_size")

        chunk_size = d.pop("chunk_size")

        total_chunks = d.pop("total_chunks")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at.replace("Z", "+00:00"))

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at.replace("Z", "+00:00"))

        incomplete_upload_summary = cls(
            upload_id=upload_id,
            status=status,
            total_size=total_size,
            chunk_size=chunk_size,
            total_chunks=total_chunks,
            created_at=created_at,
            expires_at=expires_at,
        )

        incomplete_upload_summary.additional_properties = d
        return incomplete_upload_summary

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
