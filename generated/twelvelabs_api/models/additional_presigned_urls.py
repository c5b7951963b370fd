from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.presigned_url_chunk import PresignedUrlChunk


T = TypeVar("T", bound="AdditionalPresignedUrls")


@_attrs_define
class AdditionalPresignedUrls:
    upload_id: str | Unset = UNSET
    start_index: int | Unset = UNSET
    count: int | Unset = UNSET
    upload_urls: list[PresignedUrlChunk] | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        start_index = self.start_index

        count = self.count

        upload_urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upload_urls, Unset):
            upload_urls = []
            for upload_urls_item_data in self.upload_urls:
                upload_urls_item = upload_urls_item_data.to_dict()
                upload_urls.append(upload_urls_item)

        generated_at: str | Unset = UNSET
        if not isinstance(self.generated_at, Unset):
            generated_at = self.generated_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if count is not UNSET:
            field_dict["count"] = count
        if upload_urls is not UNSET:
            field_dict["upload_urls"] = upload_urls
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.presigned_url_chunk import PresignedUrlChunk  # noqa: PLC0415

        d = dict(src_dict)
        upload_id = d.pop("upload_id", UNSET)

        start_index = d.pop("start_index", UNSET)

        count = d.pop("count", UNSET)

        _upload_urls = d.pop("upload_urls", UNSET)
        upload_urls: list[PresignedUrlChunk] | Unset = UNSET
        if _upload_urls is not UNSET:
            upload_urls = []
            for upload_urls_item_data in _upload_urls:
                upload_urls_item = PresignedUrlChunk.from_dict(upload_urls_item_data)

                upload_urls.append(upload_urls_item)

        _generated_at = d.pop("generated_at", UNSET)
        generated_at: datetime.datetime | Unset
        if isinstance(_generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = datetime.datetime.fromisoformat(_generated_at.replace("Z", "+00:00"))

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at.replace("Z", "+00:00"))

        additional_presigned_urls = cls(
            upload_id=upload_id,
            start_index=start_index,
            count=count,
            upload_urls=upload_urls,
            generated_at=generated_at,
            expires_at=expires_at,
        )

        additional_presigned_urls.additional_properties = d
        return additional_presigned_urls

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
