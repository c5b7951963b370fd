from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateIndexingTaskRequest")


@_attrs_define
class CreateIndexingTaskRequest:
    index_id: str
    video_file: File | Unset = UNSET
    """ The video file (at most 2 GB); give this or `video_url`. """
    video_url: str | Unset = UNSET
    enable_video_stream: bool | Unset = True
    user_metadata: str | Unset = UNSET
    """ A JSON object """

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        video_file: FileTypes | Unset = UNSET
        if not isinstance(self.video_file, Unset):
            video_file = self.video_file.to_tuple()

        video_url = self.video_url

        enable_video_stream = self.enable_video_stream

        user_metadata = self.user_metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "index_id": index_id,
            }
        )
        if video_file is not UNSET:
            field_dict["video_file"] = video_file
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if enable_video_stream is not UNSET:
            field_dict["enable_video_stream"] = enable_video_stream
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("index_id", (None, str(self.index_id).encode(), "text/plain")))

        if not isinstance(self.video_file, Unset):
            files.append(("video_file", self.video_file.to_tuple()))

        if not isinstance(self.video_url, Unset):
            files.append(("video_url", (None, str(self.video_url).encode(), "text/plain")))

        if not isinstance(self.enable_video_stream, Unset):
            files.append(("enable_video_stream", (None, str(self.enable_video_stream).encode(), "text/plain")))

        if not isinstance(self.user_metadata, Unset):
            files.append(("user_metadata", (None, str(self.user_metadata).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index_id = d.pop("index_id")

        _video_file = d.pop("video_file", UNSET)
        video_file: File | Unset
        if isinstance(_video_file, Unset):
            video_file = UNSET
        else:
            video_file = File(payload=BytesIO(_video_file))

        video_url = d.pop("video_url", UNSET)

        enable_video_stream = d.pop("enable_video_stream", UNSET)

        user_metadata = d.pop("user_metadata", UNSET)

        create_indexing_task_request = cls(
            index_id=index_id,
            video_file=video_file,
            video_url=video_url,
            enable_video_stream=enable_video_stream,
            user_metadata=user_metadata,
        )

        return create_indexing_task_request
