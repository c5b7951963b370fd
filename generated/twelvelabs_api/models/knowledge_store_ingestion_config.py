from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeStoreIngestionConfig")


@_attrs_define
class KnowledgeStoreIngestionConfig:
    """How items are processed for search; fixed at creation."""

    model_name: str | Unset = UNSET
    """ The embedding model, e.g. `marengo3.0`. """
    modalities: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = self.modalities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if modalities is not UNSET:
            field_dict["modalities"] = modalities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_name = d.pop("model_name", UNSET)

        modalities = cast(list[str], d.pop("modalities", UNSET))

        knowledge_store_ingestion_config = cls(
            model_name=model_name,
            modalities=modalities,
        )

        knowledge_store_ingestion_config.additional_properties = d
        return knowledge_store_ingestion_config

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
