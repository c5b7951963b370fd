from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multipart_upload_status_type import (
    MultipartUploadStatusType,
    check_multipart_upload_status_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_info import ChunkInfo
    from ..models.page_info import PageInfo


T = TypeVar("T", bound="GetUploadStatusResponse")


@_attrs_define
class GetUploadStatusResponse:
    upload_id: str | Unset = UNSET
    status: MultipartUploadStatusType | str | Unset = UNSET
    uploaded_chunks: list[ChunkInfo] | Unset = UNSET
    chunks_completed: int | Unset = UNSET
    chunks_failed: int | Unset = UNSET
    chunks_pending: int | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    total_size: int | Unset = UNSET
    uploaded_size: int | Unset = UNSET
    """ The bytes of the reported chunks. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        uploaded_chunks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uploaded_chunks, Unset):
            uploaded_chunks = []
            for uploaded_chunks_item_data in self.uploaded_chunks:
                uploaded_chunks_item = uploaded_chunks_item_data.to_dict()
                uploaded_chunks.append(uploaded_chunks_item)

        chunks_completed = self.chunks_completed

        chunks_failed = self.chunks_failed

        chunks_pending = self.chunks_pending

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        total_size = self.total_size

        uploaded_size = self.uploaded_size

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if status is not UNSET:
            field_dict["status"] = status
        if uploaded_chunks is not UNSET:
            field_dict["uploaded_chunks"] = uploaded_chunks
        if chunks_completed is not UNSET:
            field_dict["chunks_completed"] = chunks_completed
        if chunks_failed is not UNSET:
            field_dict["chunks_failed"] = chunks_failed
        if chunks_pending is not UNSET:
            field_dict["chunks_pending"] = chunks_pending
        if page_info is not UNSET:
            field_dict["page_info"] = page_info
        if total_size is not UNSET:
            field_dict["total_size"] = total_size
        if uploaded_size is not UNSET:
            field_dict["uploaded_size"] = uploaded_size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chunk_info import ChunkInfo  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415

        d = dict(src_dict)
        upload_id = d.pop("upload_id", UNSET)

        def _parse_status(data: object) -> MultipartUploadStatusType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_multipart_upload_status_type(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultipartUploadStatusType | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _uploaded_chunks = d.pop("uploaded_chunks", UNSET)
        uploaded_chunks: list[ChunkInfo] | Unset = UNSET
        if _uploaded_chunks is not UNSET:
            uploaded_chunks = []
            for uploaded_chunks_item_data in _uploaded_chunks:
                uploaded_chunks_item = ChunkInfo.from_dict(uploaded_chunks_item_data)

                uploaded_chunks.append(uploaded_chunks_item)

        chunks_completed = d.pop("chunks_completed", UNSET)

        chunks_failed = d.pop("chunks_failed", UNSET)

        chunks_pending = d.pop("chunks_pending", UNSET)

        _page_info = d.pop("page_info", UNSET)
        page_info: PageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = PageInfo.from_dict(_page_info)

        total_size = d.pop("total_size", UNSET)

        uploaded_size = d.pop("uploaded_size", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at.replace("Z", "+00:00"))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at.replace("Z", "+00:00"))

        get_upload_status_response = cls(
            upload_id=upload_id,
            status=status,
            uploaded_chunks=uploaded_chunks,
            chunks_completed=chunks_completed,
            chunks_failed=chunks_failed,
            chunks_pending=chunks_pending,
            page_info=page_info,
            total_size=total_size,
            uploaded_size=uploaded_size,
            created_at=created_at,
            updated_at=updated_at,
        )

        get_upload_status_response.additional_properties = d
        return get_upload_status_response

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
