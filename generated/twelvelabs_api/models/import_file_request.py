from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportFileRequest")


@_attrs_define
class ImportFileRequest:
    file_id: str
    """ The file's id at the provider. """
    name: str | Unset = UNSET
    mime_type: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        name = self.name

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_id": file_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        name = d.pop("name", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        import_file_request = cls(
            file_id=file_id,
            name=name,
            mime_type=mime_type,
        )

        return import_file_request
