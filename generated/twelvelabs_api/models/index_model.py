from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.index_model_model_name import (
    IndexModelModelName,
    check_index_model_model_name,
)
from ..models.index_model_model_options_item import (
    IndexModelModelOptionsItem,
    check_index_model_model_options_item,
)

T = TypeVar("T", bound="IndexModel")


@_attrs_define
class IndexModel:
    model_name: IndexModelModelName
    model_options: list[IndexModelModelOptionsItem]

    def to_dict(self) -> dict[str, Any]:
        model_name: str = self.model_name

        model_options = []
        for model_options_item_data in self.model_options:
            model_options_item: str = model_options_item_data
            model_options.append(model_options_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_name": model_name,
                "model_options": model_options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_name = check_index_model_model_name(d.pop("model_name"))

        model_options = []
        _model_options = d.pop("model_options")
        for model_options_item_data in _model_options:
            model_options_item = check_index_model_model_options_item(model_options_item_data)

            model_options.append(model_options_item)

        index_model = cls(
            model_name=model_name,
            model_options=model_options,
        )

        return index_model
