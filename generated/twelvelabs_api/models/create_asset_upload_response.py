from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_asset_upload_response_upload_headers import (
        CreateAssetUploadResponseUploadHeaders,
    )
    from ..models.presigned_url_chunk import PresignedUrlChunk


T = TypeVar("T", bound="CreateAssetUploadResponse")


@_attrs_define
class CreateAssetUploadResponse:
    upload_id: str
    asset_id: str
    """ Reserved now; the asset exists once the upload completes. """
    chunk_size: int
    """ Every chunk but the last has exactly this many bytes. """
    total_chunks: int
    upload_urls: list[PresignedUrlChunk] | Unset = UNSET
    upload_headers: CreateAssetUploadResponseUploadHeaders | Unset = UNSET
    """ Headers to send with every chunk PUT. """
    expires_at: datetime.datetime | Unset = UNSET
    """ When the session ends (24 hours after creation). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        asset_id = self.asset_id

        chunk_size = self.chunk_size

        total_chunks = self.total_chunks

        upload_urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upload_urls, Unset):
            upload_urls = []
            for upload_urls_item_data in self.upload_urls:
                upload_urls_item = upload_urls_item_data.to_dict()
                upload_urls.append(upload_urls_item)

        upload_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload_headers, Unset):
            upload_headers = self.upload_headers.to_dict()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "asset_id": asset_id,
                "chunk_size": chunk_size,
                "total_chunks": total_chunks,
            }
        )
        if upload_urls is not UNSET:
            field_dict["upload_urls"] = upload_urls
        if upload_headers is not UNSET:
            field_dict["upload_headers"] = upload_headers
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_asset_upload_response_upload_headers import (
            CreateAssetUploadResponseUploadHeaders,  # noqa: PLC0415
        )
        from ..models.presigned_url_chunk import PresignedUrlChunk  # noqa: PLC0415

        d = dict(src_dict)
        upload_id = d.pop("upload_id")

        asset_id = d.pop("asset_id")

        chunk_size = d.pop("chunk_size")

        total_chunks = d.pop("total_chunks")

        _upload_urls = d.pop("upload_urls", UNSET)
        upload_urls: list[PresignedUrlChunk] | Unset = UNSET
        if _upload_urls is not UNSET:
            upload_urls = []
            for upload_urls_item_data in _upload_urls:
                upload_urls_item = PresignedUrlChunk.from_dict(upload_urls_item_data)

                upload_urls.append(upload_urls_item)

        _upload_headers = d.pop("upload_headers", UNSET)
        upload_headers: CreateAssetUploadResponseUploadHeaders | Unset
        if isinstance(_upload_headers, Unset):
            upload_headers = UNSET
        else:
            upload_headers = CreateAssetUploadResponseUploadHeaders.from_dict(_upload_headers)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at.replace("Z", "+00:00"))

        create_asset_upload_response = cls(
            upload_id=upload_id,
            asset_id=asset_id,
            chunk_size=chunk_size,
            total_chunks=total_chunks,
            upload_urls=upload_urls,
            upload_headers=upload_headers,
            expires_at=expires_at,
        )

        create_asset_upload_response.additional_properties = d
        return create_asset_upload_response

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
