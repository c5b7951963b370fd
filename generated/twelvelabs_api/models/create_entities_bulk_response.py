from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity import Entity
    from ..models.entity_bulk_error import EntityBulkError


T = TypeVar("T", bound="CreateEntitiesBulkResponse")


@_attrs_define
class CreateEntitiesBulkResponse:
    success_count: int
    failed_count: int
    entities: list[Entity]
    errors: list[EntityBulkError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_count = self.success_count

        failed_count = self.failed_count

        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.to_dict()
            entities.append(entities_item)

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success_count": success_count,
                "failed_count": failed_count,
                "entities": entities,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity import Entity  # noqa: PLC0415
        from ..models.entity_bulk_error import EntityBulkError  # noqa: PLC0415

        d = dict(src_dict)
        success_count = d.pop("success_count")

        failed_count = d.pop("failed_count")

        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = Entity.from_dict(entities_item_data)

            entities.append(entities_item)

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = EntityBulkError.from_dict(errors_item_data)

            errors.append(errors_item)

        create_entities_bulk_response = cls(
            success_count=success_count,
            failed_count=failed_count,
            entities=entities,
            errors=errors,
        )

        create_entities_bulk_response.additional_properties = d
        return create_entities_bulk_response

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
