from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_store_ingestion_config import KnowledgeStoreIngestionConfig
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateKnowledgeStoreRequest")


@_attrs_define
class CreateKnowledgeStoreRequest:
    name: str
    description: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Your own key-value pairs; a value is a string, number, boolean or list of strings. """
    ingestion_config: KnowledgeStoreIngestionConfig | Unset = UNSET
    """ How items are processed for search; fixed at creation. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        ingestion_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ingestion_config, Unset):
            ingestion_config = self.ingestion_config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ingestion_config is not UNSET:
            field_dict["ingestion_config"] = ingestion_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_store_ingestion_config import (
            KnowledgeStoreIngestionConfig,  # noqa: PLC0415
        )
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _ingestion_config = d.pop("ingestion_config", UNSET)
        ingestion_config: KnowledgeStoreIngestionConfig | Unset
        if isinstance(_ingestion_config, Unset):
            ingestion_config = UNSET
        else:
            ingestion_config = KnowledgeStoreIngestionConfig.from_dict(_ingestion_config)

        create_knowledge_store_request = cls(
            name=name,
            description=description,
            metadata=metadata,
            ingestion_config=ingestion_config,
        )

        return create_knowledge_store_request
