from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.create_entity_request import CreateEntityRequest


T = TypeVar("T", bound="CreateEntitiesBulkRequest")


@_attrs_define
class CreateEntitiesBulkRequest:
    entities: list[CreateEntityRequest]

    def to_dict(self) -> dict[str, Any]:
        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.to_dict()
            entities.append(entities_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entities": entities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_entity_request import CreateEntityRequest  # noqa: PLC0415

        d = dict(src_dict)
        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = CreateEntityRequest.from_dict(entities_item_data)

            entities.append(entities_item)

        create_entities_bulk_request = cls(
            entities=entities,
        )

        return create_entities_bulk_request
