from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.knowledge_store_asset_type import (
    KnowledgeStoreAssetType,
    check_knowledge_store_asset_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateKnowledgeStoreItemRequest")


@_attrs_define
class CreateKnowledgeStoreItemRequest:
    asset_id: str
    asset_type: KnowledgeStoreAssetType | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Your own key-value pairs; a value is a string, number, boolean or list of strings. """

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        asset_type: str | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_id": asset_id,
            }
        )
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        _asset_type = d.pop("asset_type", UNSET)
        asset_type: KnowledgeStoreAssetType | Unset
        if isinstance(_asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = check_knowledge_store_asset_type(_asset_type)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        create_knowledge_store_item_request = cls(
            asset_id=asset_id,
            asset_type=asset_type,
            metadata=metadata,
        )

        return create_knowledge_store_item_request
