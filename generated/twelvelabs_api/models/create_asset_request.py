from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.asset_method import AssetMethod, check_asset_method
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateAssetRequest")


@_attrs_define
class CreateAssetRequest:
    method: AssetMethod
    file: File | Unset = UNSET
    """ The media file, with `method: direct` (at most 200 MB). """
    url: str | Unset = UNSET
    """ The media's URL, with `method: url`. """
    filename: str | Unset = UNSET
    enable_hls: bool | Unset = True
    enable_thumbnail: bool | Unset = True
    user_metadata: str | Unset = UNSET
    """ A JSON object """

    def to_dict(self) -> dict[str, Any]:
        method: str = self.method

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        url = self.url

        filename = self.filename

        enable_hls = self.enable_hls

        enable_thumbnail = self.enable_thumbnail

        user_metadata = self.user_metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if url is not UNSET:
            field_dict["url"] = url
        if filename is not UNSET:
            field_dict["filename"] = filename
        if enable_hls is not UNSET:
            field_dict["enable_hls"] = enable_hls
        if enable_thumbnail is not UNSET:
            field_dict["enable_thumbnail"] = enable_thumbnail
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("method", (None, str(self.method).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.url, Unset):
            files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.filename, Unset):
            files.append(("filename", (None, str(self.filename).encode(), "text/plain")))

        if not isinstance(self.enable_hls, Unset):
            files.append(("enable_hls", (None, str(self.enable_hls).encode(), "text/plain")))

        if not isinstance(self.enable_thumbnail, Unset):
            files.append(("enable_thumbnail", (None, str(self.enable_thumbnail).encode(), "text/plain")))

        if not isinstance(self.user_metadata, Unset):
            files.append(("user_metadata", (None, str(self.user_metadata).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = check_asset_method(d.pop("method"))

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        url = d.pop("url", UNSET)

        filename = d.pop("filename", UNSET)

        enable_hls = d.pop("enable_hls", UNSET)

        enable_thumbnail = d.pop("enable_thumbnail", UNSET)

        user_metadata = d.pop("user_metadata", UNSET)

        create_asset_request = cls(
            method=method,
            file=file,
            url=url,
            filename=filename,
            enable_hls=enable_hls,
            enable_thumbnail=enable_thumbnail,
            user_metadata=user_metadata,
        )

        return create_asset_request
