from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_store_ingestion_config import KnowledgeStoreIngestionConfig
    from ..models.knowledge_store_metadata import KnowledgeStoreMetadata


T = TypeVar("T", bound="KnowledgeStore")


@_attrs_define
class KnowledgeStore:
    id: str
    name: str
    item_count: int
    description: str | Unset = UNSET
    metadata: KnowledgeStoreMetadata | Unset = UNSET
    ingestion_config: KnowledgeStoreIngestionConfig | Unset = UNSET
    """ How items are processed for search; fixed at creation. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        item_count = self.item_count

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        ingestion_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ingestion_config, Unset):
            ingestion_config = self.ingestion_config.to_dict()

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
                "item_count": item_count,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ingestion_config is not UNSET:
            field_dict["ingestion_config"] = ingestion_config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_store_ingestion_config import (
            KnowledgeStoreIngestionConfig,  # noqa: PLC0415
        )
        from ..models.knowledge_store_metadata import KnowledgeStoreMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name")

        item_count = d.pop("item_count")

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: KnowledgeStoreMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = KnowledgeStoreMetadata.from_dict(_metadata)

        _ingestion_config = d.pop("ingestion_config", UNSET)
        ingestion_config: KnowledgeStoreIngestionConfig | Unset
        if isinstance(_ingestion_config, Unset):
            ingestion_config = UNSET
        else:
            ingestion_config = KnowledgeStoreIngestionConfig.from_dict(_ingestion_config)

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

        knowledge_store = cls(
            id=id,
            name=name,
            item_count=item_count,
            description=description,
            metadata=metadata,
            ingestion_config=ingestion_config,
            created_at=created_at,
            updated_at=updated_at,
        )

        knowledge_store.additional_properties = d
        return knowledge_store

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
