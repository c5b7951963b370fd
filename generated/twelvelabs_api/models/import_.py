from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.imported_file import ImportedFile


T = TypeVar("T", bound="Import")


@_attrs_define
class Import:
    id: str
    connection_id: str
    item_count: int
    provider: str | Unset = UNSET
    custom_id: str | Unset = UNSET
    items: list[ImportedFile] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        connection_id = self.connection_id

        item_count = self.item_count

        provider = self.provider

        custom_id = self.custom_id

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "connection_id": connection_id,
                "item_count": item_count,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if items is not UNSET:
            field_dict["items"] = items
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.imported_file import ImportedFile  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        connection_id = d.pop("connection_id")

        item_count = d.pop("item_count")

        provider = d.pop("provider", UNSET)

        custom_id = d.pop("custom_id", UNSET)

        _items = d.pop("items", UNSET)
        items: list[ImportedFile] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ImportedFile.from_dict(items_item_data)

                items.append(items_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at.replace("Z", "+00:00"))

        import_ = cls(
            id=id,
            connection_id=connection_id,
            item_count=item_count,
            provider=provider,
            custom_id=custom_id,
            items=items,
            created_at=created_at,
        )

        import_.additional_properties = d
        return import_

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
