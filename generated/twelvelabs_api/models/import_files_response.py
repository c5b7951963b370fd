from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.imported_file import ImportedFile


T = TypeVar("T", bound="ImportFilesResponse")


@_attrs_define
class ImportFilesResponse:
    id: str
    items: list[ImportedFile]
    has_failures: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        has_failures = self.has_failures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "items": items,
                "has_failures": has_failures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.imported_file import ImportedFile  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ImportedFile.from_dict(items_item_data)

            items.append(items_item)

        has_failures = d.pop("has_failures")

        import_files_response = cls(
            id=id,
            items=items,
            has_failures=has_failures,
        )

        import_files_response.additional_properties = d
        return import_files_response

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
