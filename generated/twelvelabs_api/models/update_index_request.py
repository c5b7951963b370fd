from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateIndexRequest")


@_attrs_define
class UpdateIndexRequest:
    index_name: str

    def to_dict(self) -> dict[str, Any]:
        index_name = self.index_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "index_name": index_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index_name = d.pop("index_name")

        update_index_request = cls(
            index_name=index_name,
        )

        return update_index_request
