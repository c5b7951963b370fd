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

T = TypeVar("T", bound="EmbeddingMediaMetadataMultiInput")


@_attrs_define
class EmbeddingMediaMetadataMultiInput:
    input_type: Literal["multi_input"] = "multi_input"
    embedding_dimension: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type

        embedding_dimension = self.embedding_dimension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
            }
        )
        if embedding_dimension is not UNSET:
            field_dict["embedding_dimension"] = embedding_dimension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_type = cast(Literal["multi_input"], d.pop("input_type"))
        if input_type != "multi_input":
            raise ValueError(f"input_type must match const 'multi_input', got '{input_type}'")

        embedding_dimension = d.pop("embedding_dimension", UNSET)

        embedding_media_metadata_multi_input = cls(
            input_type=input_type,
            embedding_dimension=embedding_dimension,
        )

        embedding_media_metadata_multi_input.additional_properties = d
        return embedding_media_metadata_multi_input

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
