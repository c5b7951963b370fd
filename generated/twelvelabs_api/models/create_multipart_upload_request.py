from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multipart_upload_type import (
    MultipartUploadType,
    check_multipart_upload_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateMultipartUploadRequest")


@_attrs_define
class CreateMultipartUploadRequest:
    filename: str
    """ The file's name. """
    type_: MultipartUploadType = _attrs_field(alias="type")
    total_size: int
    """ The file's size in bytes: it decides the chunks. """
    enable_hls: bool | Unset = False
    """ Make an HLS stream of a video or audio asset. """
    enable_thumbnail: bool | Unset = False
    """ Make thumbnails. """
    user_metadata: Metadata | Unset = UNSET
    """ Your own key-value pairs; a value is a string, number, boolean or list of strings. """

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        type_: str = self.type_

        total_size = self.total_size

        enable_hls = self.enable_hls

        enable_thumbnail = self.enable_thumbnail

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filename": filename,
                "type": type_,
                "total_size": total_size,
            }
        )
        if enable_hls is not UNSET:
            field_dict["enable_hls"] = enable_hls
        if enable_thumbnail is not UNSET:
            field_dict["enable_thumbnail"] = enable_thumbnail
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        filename = d.pop("filename")

        type_ = check_multipart_upload_type(d.pop("type"))

        total_size = d.pop("total_size")

        enable_hls = d.pop("enable_hls", UNSET)

        enable_thumbnail = d.pop("enable_thumbnail", UNSET)

        _user_metadata = d.pop("user_metadata", UNSET)
        user_metadata: Metadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = Metadata.from_dict(_user_metadata)

        create_multipart_upload_request = cls(
            filename=filename,
            type=type_,
            total_size=total_size,
            enable_hls=enable_hls,
            enable_thumbnail=enable_thumbnail,
            user_metadata=user_metadata,
        )

        return create_multipart_upload_request

    @property
    def type(self) -> MultipartUploadType:
        return self.type_
