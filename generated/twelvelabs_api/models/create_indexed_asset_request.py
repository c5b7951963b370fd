from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateIndexedAssetRequest")


@_attrs_define
class CreateIndexedAssetRequest:
    asset_id: str
    enable_video_stream: bool | Unset = True
    user_metadata: Metadata | Unset = UNSET
    """ Your own key-value pairs; a value is a string, number, boolean or list of strings. """

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        enable_video_stream = self.enable_video_stream

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_id": asset_id,
            }
        )
        if enable_video_stream is not UNSET:
            field_dict["enable_video_stream"] = enable_video_stream
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        enable_video_stream = d.pop("enable_video_stream", UNSET)

        _user_metadata = d.pop("user_metadata", UNSET)
        user_metadata: Metadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = Metadata.from_dict(_user_metadata)

        create_indexed_asset_request = cls(
            asset_id=asset_id,
            enable_video_stream=enable_video_stream,
            user_metadata=user_metadata,
        )

        return create_indexed_asset_request
