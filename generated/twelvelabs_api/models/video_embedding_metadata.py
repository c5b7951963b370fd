from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoEmbeddingMetadata")


@_attrs_define
class VideoEmbeddingMetadata:
    input_url: str | Unset = UNSET
    input_filename: str | Unset = UNSET
    video_clip_length: float | Unset = UNSET
    video_embedding_scope: list[str] | Unset = UNSET
    video_embedding_option: list[str] | Unset = UNSET
    duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_url = self.input_url

        input_filename = self.input_filename

        video_clip_length = self.video_clip_length

        video_embedding_scope: list[str] | Unset = UNSET
        if not isinstance(self.video_embedding_scope, Unset):
            video_embedding_scope = self.video_embedding_scope

        video_embedding_option: list[str] | Unset = UNSET
        if not isinstance(self.video_embedding_option, Unset):
            video_embedding_option = self.video_embedding_option

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_url is not UNSET:
            field_dict["input_url"] = input_url
        if input_filename is not UNSET:
            field_dict["input_filename"] = input_filename
        if video_clip_length is not UNSET:
            field_dict["video_clip_length"] = video_clip_length
        if video_embedding_scope is not UNSET:
            field_dict["video_embedding_scope"] = video_embedding_scope
        if video_embedding_option is not UNSET:
            field_dict["video_embedding_option"] = video_embedding_option
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_url = d.pop("input_url", UNSET)

        input_filename = d.pop("input_filename", UNSET)

        video_clip_length = d.pop("video_clip_length", UNSET)

        video_embedding_scope = cast(list[str], d.pop("video_embedding_scope", UNSET))

        video_embedding_option = cast(list[str], d.pop("video_embedding_option", UNSET))

        duration = d.pop("duration", UNSET)

        video_embedding_metadata = cls(
            input_url=input_url,
            input_filename=input_filename,
            video_clip_length=video_clip_length,
            video_embedding_scope=video_embedding_scope,
            video_embedding_option=video_embedding_option,
            duration=duration,
        )

        video_embedding_metadata.additional_properties = d
        return video_embedding_metadata

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
