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

T = TypeVar("T", bound="EmbeddingTaskMediaMetadataDocument")


@_attrs_define
class EmbeddingTaskMediaMetadataDocument:
    input_type: Literal["document"] = "document"
    input_url: str | Unset = UNSET
    input_filename: str | Unset = UNSET
    embedding_options: list[str] | Unset = UNSET
    embedding_scopes: list[str] | Unset = UNSET
    embedding_dimension: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type

        input_url = self.input_url

        input_filename = self.input_filename

        embedding_options: list[str] | Unset = UNSET
        if not isinstance(self.embedding_options, Unset):
            embedding_options = self.embedding_options

        embedding_scopes: list[str] | Unset = UNSET
        if not isinstance(self.embedding_scopes, Unset):
            embedding_scopes = self.embedding_scopes

        embedding_dimension = self.embedding_dimension

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
        if embedding_options is not UNSET:
            field_dict["embedding_options"] = embedding_options
        if embedding_scopes is not UNSET:
            field_dict["embedding_scopes"] = embedding_scopes
        if embedding_dimension is not UNSET:
            field_dict["embedding_dimension"] = embedding_dimension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_type = cast(Literal["document"], d.pop("input_type"))
        if input_type != "document":
            raise ValueError(f"input_type must match const 'document', got '{input_type}'")

        input_url = d.pop("input_url", UNSET)

        input_filename = d.pop("input_filename", UNSET)

        embedding_options = cast(list[str], d.pop("embedding_options", UNSET))

        embedding_scopes = cast(list[str], d.pop("embedding_scopes", UNSET))

        embedding_dimension = d.pop("embedding_dimension", UNSET)

        embedding_task_media_metadata_document = cls(
            input_type=input_type,
            input_url=input_url,
            input_filename=input_filename,
            embedding_options=embedding_options,
            embedding_scopes=embedding_scopes,
            embedding_dimension=embedding_dimension,
        )

        embedding_task_media_metadata_document.additional_properties = d
        return embedding_task_media_metadata_document

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
