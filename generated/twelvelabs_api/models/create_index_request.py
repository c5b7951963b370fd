from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_index_request_addons_item import (
    CreateIndexRequestAddonsItem,
    check_create_index_request_addons_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_model import IndexModel


T = TypeVar("T", bound="CreateIndexRequest")


@_attrs_define
class CreateIndexRequest:
    index_name: str
    models: list[IndexModel]
    addons: list[CreateIndexRequestAddonsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        index_name = self.index_name

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        addons: list[str] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = []
            for addons_item_data in self.addons:
                addons_item: str = addons_item_data
                addons.append(addons_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "index_name": index_name,
                "models": models,
            }
        )
        if addons is not UNSET:
            field_dict["addons"] = addons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.index_model import IndexModel  # noqa: PLC0415

        d = dict(src_dict)
        index_name = d.pop("index_name")

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = IndexModel.from_dict(models_item_data)

            models.append(models_item)

        _addons = d.pop("addons", UNSET)
        addons: list[CreateIndexRequestAddonsItem] | Unset = UNSET
        if _addons is not UNSET:
            addons = []
            for addons_item_data in _addons:
                addons_item = check_create_index_request_addons_item(addons_item_data)

                addons.append(addons_item)

        create_index_request = cls(
            index_name=index_name,
            models=models,
            addons=addons,
        )

        return create_index_request
