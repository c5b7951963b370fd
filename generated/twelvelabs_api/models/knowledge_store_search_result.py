from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_store_search_result_metadata import (
        KnowledgeStoreSearchResultMetadata,
    )


T = TypeVar("T", bound="KnowledgeStoreSearchResult")


@_attrs_define
class KnowledgeStoreSearchResult:
    item_id: str
    asset_id: str
    score: float
    asset_type: str | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    metadata: KnowledgeStoreSearchResultMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        asset_id = self.asset_id

        score = self.score

        asset_type = self.asset_type

        start_time = self.start_time

        end_time = self.end_time

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "asset_id": asset_id,
                "score": score,
            }
        )
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_store_search_result_metadata import (
            KnowledgeStoreSearchResultMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        item_id = d.pop("item_id")

        asset_id = d.pop("asset_id")

        score = d.pop("score")

        asset_type = d.pop("asset_type", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: KnowledgeStoreSearchResultMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = KnowledgeStoreSearchResultMetadata.from_dict(_metadata)

        knowledge_store_search_result = cls(
            item_id=item_id,
            asset_id=asset_id,
            score=score,
            asset_type=asset_type,
            start_time=start_time,
            end_time=end_time,
            metadata=metadata,
        )

        knowledge_store_search_result.additional_properties = d
        return knowledge_store_search_result

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
