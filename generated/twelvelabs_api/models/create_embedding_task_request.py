from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.embedding_model_name import EmbeddingModelName, check_embedding_model_name
from ..models.embedding_task_scope import EmbeddingTaskScope, check_embedding_task_scope
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateEmbeddingTaskRequest")


@_attrs_define
class CreateEmbeddingTaskRequest:
    model_name: EmbeddingModelName
    """ The Marengo model; `marengo3.0` embeds in 512 dimensions, `Marengo-retrieval-2.7` in 1024. """
    video_file: File | Unset = UNSET
    """ The video file (at most 2 GB); give this or `video_url`. """
    video_url: str | Unset = UNSET
    video_start_offset_sec: float | Unset = UNSET
    """ Where embedding starts (seconds; default 0). """
    video_end_offset_sec: float | Unset = UNSET
    """ Where embedding stops (seconds); give the start offset too. """
    video_clip_length: float | Unset = 6.0
    """ The length of each clip (seconds). """
    video_embedding_scope: list[EmbeddingTaskScope] | Unset = UNSET
    """ `clip` embeds each clip; with `video` too, the whole span gets one more embedding. """

    def to_dict(self) -> dict[str, Any]:
        model_name: str = self.model_name

        video_file: FileTypes | Unset = UNSET
        if not isinstance(self.video_file, Unset):
            video_file = self.video_file.to_tuple()

        video_url = self.video_url

        video_start_offset_sec = self.video_start_offset_sec

        video_end_offset_sec = self.video_end_offset_sec

        video_clip_length = self.video_clip_length

        video_embedding_scope: list[str] | Unset = UNSET
        if not isinstance(self.video_embedding_scope, Unset):
            video_embedding_scope = []
            for video_embedding_scope_item_data in self.video_embedding_scope:
                video_embedding_scope_item: str = video_embedding_scope_item_data
                video_embedding_scope.append(video_embedding_scope_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if video_file is not UNSET:
            field_dict["video_file"] = video_file
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_start_offset_sec is not UNSET:
            field_dict["video_start_offset_sec"] = video_start_offset_sec
        if video_end_offset_sec is not UNSET:
            field_dict["video_end_offset_sec"] = video_end_offset_sec
        if video_clip_length is not UNSET:
            field_dict["video_clip_length"] = video_clip_length
        if video_embedding_scope is not UNSET:
            field_dict["video_embedding_scope"] = video_embedding_scope

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("model_name", (None, str(self.model_name).encode(), "text/plain")))

        if not isinstance(self.video_file, Unset):
            files.append(("video_file", self.video_file.to_tuple()))

        if not isinstance(self.video_url, Unset):
            files.append(("video_url", (None, str(self.video_url).encode(), "text/plain")))

        if not isinstance(self.video_start_offset_sec, Unset):
            files.append(("video_start_offset_sec", (None, str(self.video_start_offset_sec).encode(), "text/plain")))

        if not isinstance(self.video_end_offset_sec, Unset):
            files.append(("video_end_offset_sec", (None, str(self.video_end_offset_sec).encode(), "text/plain")))

        if not isinstance(self.video_clip_length, Unset):
            files.append(("video_clip_length", (None, str(self.video_clip_length).encode(), "text/plain")))

        if not isinstance(self.video_embedding_scope, Unset):
            for video_embedding_scope_item_element in self.video_embedding_scope:
                files.append(
                    ("video_embedding_scope", (None, str(video_embedding_scope_item_element).encode(), "text/plain"))
                )

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_name = check_embedding_model_name(d.pop("model_name"))

        _video_file = d.pop("video_file", UNSET)
        video_file: File | Unset
        if isinstance(_video_file, Unset):
            video_file = UNSET
        else:
            video_file = File(payload=BytesIO(_video_file))

        video_url = d.pop("video_url", UNSET)

        video_start_offset_sec = d.pop("video_start_offset_sec", UNSET)

        video_end_offset_sec = d.pop("video_end_offset_sec", UNSET)

        video_clip_length = d.pop("video_clip_length", UNSET)

        _video_embedding_scope = d.pop("video_embedding_scope", UNSET)
        video_embedding_scope: list[EmbeddingTaskScope] | Unset = UNSET
        if _video_embedding_scope is not UNSET:
            video_embedding_scope = []
            for video_embedding_scope_item_data in _video_embedding_scope:
                video_embedding_scope_item = check_embedding_task_scope(video_embedding_scope_item_data)

                video_embedding_scope.append(video_embedding_scope_item)

        create_embedding_task_request = cls(
            model_name=model_name,
            video_file=video_file,
            video_url=video_url,
            video_start_offset_sec=video_start_offset_sec,
            video_end_offset_sec=video_end_offset_sec,
            video_clip_length=video_clip_length,
            video_embedding_scope=video_embedding_scope,
        )

        return create_embedding_task_request
