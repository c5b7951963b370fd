from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioEmbeddingMetadata")


@_attrs_define
class AudioEmbeddingMetadata:
    input_url: str | Unset = UNSET
    input_filename: str | Unset = UNSET
    audio_embedding_option: list[str] | Unset = UNSET
    audio_embedding_scope: list[str] | Unset = UNSET
    duration: float | Unset = UNSET
    start_offset_sec: float | Unset = UNSET
    end_offset_sec: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_url = self.input_url

        input_filename = self.input_filename

        audio_embedding_option: list[str] | Unset = UNSET
        if not isinstance(self.audio_embedding_option, Unset):
            audio_embedding_option = self.audio_embedding_option

        audio_embedding_scope: list[str] | Unset = UNSET
        if not isinstance(self.audio_embedding_scope, Unset):
            audio_embedding_scope = self.audio_embedding_scope

        duration = self.duration

        start_offset_sec = self.start_offset_sec

        end_offset_sec = self.end_offset_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_url is not UNSET:
            field_dict["input_url"] = input_url
        if input_filename is not UNSET:
            field_dict["input_filename"] = input_filename
        if audio_embedding_option is not UNSET:
            field_dict["audio_embedding_option"] = audio_embedding_option
        if audio_embedding_scope is not UNSET:
            field_dict["audio_embedding_scope"] = audio_embedding_scope
        if duration is not UNSET:
            field_dict["duration"] = duration
        if start_offset_sec is not UNSET:
            field_dict["start_offset_sec"] = start_offset_sec
        if end_offset_sec is not UNSET:
            field_dict["end_offset_sec"] = end_offset_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_url = d.pop("input_url", UNSET)

        input_filename = d.pop("input_filename", UNSET)

        audio_embedding_option = cast(list[str], d.pop("audio_embedding_option", UNSET))

        audio_embedding_scope = cast(list[str], d.pop("audio_embedding_scope", UNSET))

        duration = d.pop("duration", UNSET)

        start_offset_sec = d.pop("start_offset_sec", UNSET)

        end_offset_sec = d.pop("end_offset_sec", UNSET)

        audio_embedding_metadata = cls(
            input_url=input_url,
            input_filename=input_filename,
            audio_embedding_option=audio_embedding_option,
            audio_embedding_scope=audio_embedding_scope,
            duration=duration,
            start_offset_sec=start_offset_sec,
            end_offset_sec=end_offset_sec,
        )

        audio_embedding_metadata.additional_properties = d
        return audio_embedding_metadata

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
