from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_status import MediaStatus, check_media_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetHls")


@_attrs_define
class AssetHls:
    """HLS streaming of a video or audio asset; `manifest_url` once `ready`."""

    manifest_url: str | Unset = UNSET
    status: MediaStatus | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        manifest_url = self.manifest_url

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if manifest_url is not UNSET:
            field_dict["manifest_url"] = manifest_url
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        manifest_url = d.pop("manifest_url", UNSET)

        def _parse_status(data: object) -> MediaStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_media_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        asset_hls = cls(
            manifest_url=manifest_url,
            status=status,
        )

        asset_hls.additional_properties = d
        return asset_hls

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
