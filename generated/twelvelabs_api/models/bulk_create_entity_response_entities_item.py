from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_status import EntityStatus, check_entity_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_create_entity_response_entities_item_metadata import (
        BulkCreateEntityResponseEntitiesItemMetadata,
    )


T = TypeVar("T", bound="BulkCreateEntityResponseEntitiesItem")


@_attrs_define
class BulkCreateEntityResponseEntitiesItem:
    id: str
    name: str
    status: EntityStatus | str
    entity_collection_id: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: BulkCreateEntityResponseEntitiesItemMetadata | Unset = UNSET
    asset_ids: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        entity_collection_id = self.entity_collection_id

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
                "status": status,
            }
        )
        if entity_collection_id is not UNSET:
            field_dict["entity_collection_id"] = entity_collection_id
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_ids is not UNSET:
            field_dict["asset_ids"] = asset_ids
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_create_entity_response_entities_item_metadata import (
            BulkCreateEntityResponseEntitiesItemMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name")

        def _parse_status(data: object) -> EntityStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_entity_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityStatus | str, data)

        status = _parse_status(d.pop("status"))

        entity_collection_id = d.pop("entity_collection_id", UNSET)

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: BulkCreateEntityResponseEntitiesItemMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BulkCreateEntityResponseEntitiesItemMetadata.from_dict(_metadata)

        asset_ids = cast(list[str], d.pop("asset_ids", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at.replace("Z", "+00:00"))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at.replace("Z", "+00:00"))

        bulk_create_entity_response_entities_item = cls(
            id=id,
            name=name,
            status=status,
            entity_collection_id=entity_collection_id,
            description=description,
            metadata=metadata,
            asset_ids=asset_ids,
            created_at=created_at,
            updated_at=updated_at,
        )

        bulk_create_entity_response_entities_item.additional_properties = d
        return bulk_create_entity_response_entities_item

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
