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

T = TypeVar("T", bound="EmbeddingMediaMetadataImage")


@_attrs_define
class EmbeddingMediaMetadataImage:
    input_type: Literal["image"] = "image"
    input_url: str | Unset = UNSET
    input_filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type

        input_url = self.input_url

        input_filename = self.input_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
            }
        )
        if input_url is not UNSET:
            field_dict["input_url"] = input_url
        if input_filename is not UNSET:
            field_dict["input_filename"] = input_filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_type = cast(Literal["image"], d.pop("input_type"))
        if input_type != "image":
            raise ValueError(f"input_type must match const 'image', got '{input_type}'")

        input_url = d.pop("input_url", UNSET)

        input_filename = d.pop("input_filename", UNSET)

        embedding_media_metadata_image = cls(
            input_type=input_type,
            input_url=input_url,
            input_filename=input_filename,
        )

        embedding_media_metadata_image.additional_properties = d
        return embedding_media_metadata_image

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
