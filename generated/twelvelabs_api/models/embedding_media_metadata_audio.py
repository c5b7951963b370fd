from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingMediaMetadataAudio")


@_attrs_define
class EmbeddingMediaMetadataAudio:
    embedding_options: list[str]
    embedding_scopes: list[str]
    duration: float
    input_type: Literal["audio"] = "audio"
    input_url: str | Unset = UNSET
    input_filename: str | Unset = UNSET
    start_offset_sec: float | Unset = UNSET
    end_offset_sec: float | Unset = UNSET
    embedding_dimension: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type

        embedding_options = self.embedding_options

        embedding_scopes = self.embedding_scopes

        duration = self.duration

        input_url = self.input_url

        input_filename = self.input_filename

        start_offset_sec = self.start_offset_sec

        end_offset_sec = self.end_offset_sec

        embedding_dimension = self.embedding_dimension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
                "embedding_options": embedding_options,
                "embedding_scopes": embedding_scopes,
                "duration": duration,
            }
        )
        if input_url is not UNSET:
            field_dict["input_url"] = input_url
        if input_filename is not UNSET:
            field_dict["input_filename"] = input_filename
        if start_offset_sec is not UNSET:
            field_dict["start_offset_sec"] = start_offset_sec
        if end_offset_sec is not UNSET:
            field_dict["end_offset_sec"] = end_offset_sec
        if embedding_dimension is not UNSET:
            field_dict["embedding_dimension"] = embedding_dimension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_type = cast(Literal["audio"], d.pop("input_type"))
        if input_type != "audio":
            raise ValueError(f"input_type must match const 'audio', got '{input_type}'")

        embedding_options = cast(list[str], d.pop("embedding_options"))

        embedding_scopes = cast(list[str], d.pop("embedding_scopes"))

        duration = d.pop("duration")

        input_url = d.pop("input_url", UNSET)

        input_filename = d.pop("input_filename", UNSET)

        start_offset_sec = d.pop("start_offset_sec", UNSET)

        end_offset_sec = d.pop("end_offset_sec", UNSET)

        embedding_dimension = d.pop("embedding_dimension", UNSET)

        embedding_media_metadata_audio = cls(
            input_type=input_type,
            embedding_options=embedding_options,
            embedding_scopes=embedding_scopes,
            duration=duration,
            input_url=input_url,
            input_filename=input_filename,
            start_offset_sec=start_offset_sec,
            end_offset_sec=end_offset_sec,
            embedding_dimension=embedding_dimension,
        )

        embedding_media_metadata_audio.additional_properties = d
        return embedding_media_metadata_audio

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
