from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_store_asset_type import (
    KnowledgeStoreAssetType,
    check_knowledge_store_asset_type,
)
from ..models.knowledge_store_item_status import (
    KnowledgeStoreItemStatus,
    check_knowledge_store_item_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_store_item_metadata import KnowledgeStoreItemMetadata
    from ..models.knowledge_store_item_system_metadata import (
        KnowledgeStoreItemSystemMetadata,
    )


T = TypeVar("T", bound="KnowledgeStoreItem")


@_attrs_define
class KnowledgeStoreItem:
    id: str
    asset_id: str
    status: KnowledgeStoreItemStatus | str
    knowledge_store_id: str | Unset = UNSET
    asset_type: KnowledgeStoreAssetType | str | Unset = UNSET
    metadata: KnowledgeStoreItemMetadata | Unset = UNSET
    system_metadata: KnowledgeStoreItemSystemMetadata | Unset = UNSET
    """ What the platform knows of the media (`filename`, `duration`, ...). """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        asset_id = self.asset_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        knowledge_store_id = self.knowledge_store_id

        asset_type: str | Unset
        if isinstance(self.asset_type, Unset):
            asset_type = UNSET
        elif isinstance(self.asset_type, str):
            asset_type = self.asset_type
        else:
            asset_type = self.asset_type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        system_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_metadata, Unset):
            system_metadata = self.system_metadata.to_dict()

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
                "asset_id": asset_id,
                "status": status,
            }
        )
        if knowledge_store_id is not UNSET:
            field_dict["knowledge_store_id"] = knowledge_store_id
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = system_metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_store_item_metadata import KnowledgeStoreItemMetadata  # noqa: PLC0415
        from ..models.knowledge_store_item_system_metadata import (
            KnowledgeStoreItemSystemMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("_id")

        asset_id = d.pop("asset_id")

        def _parse_status(data: object) -> KnowledgeStoreItemStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_knowledge_store_item_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnowledgeStoreItemStatus | str, data)

        status = _parse_status(d.pop("status"))

        knowledge_store_id = d.pop("knowledge_store_id", UNSET)

        def _parse_asset_type(data: object) -> KnowledgeStoreAssetType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asset_type_type_0 = check_knowledge_store_asset_type(data)

                return asset_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnowledgeStoreAssetType | str | Unset, data)

        asset_type = _parse_asset_type(d.pop("asset_type", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: KnowledgeStoreItemMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = KnowledgeStoreItemMetadata.from_dict(_metadata)

        _system_metadata = d.pop("system_metadata", UNSET)
        system_metadata: KnowledgeStoreItemSystemMetadata | Unset
        if isinstance(_system_metadata, Unset):
            system_metadata = UNSET
        else:
            system_metadata = KnowledgeStoreItemSystemMetadata.from_dict(_system_metadata)

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

        knowledge_store_item = cls(
            id=id,
            asset_id=asset_id,
            status=status,
            knowledge_store_id=knowledge_store_id,
            asset_type=asset_type,
            metadata=metadata,
            system_metadata=system_metadata,
            created_at=created_at,
            updated_at=updated_at,
        )

        knowledge_store_item.additional_properties = d
        return knowledge_store_item

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
