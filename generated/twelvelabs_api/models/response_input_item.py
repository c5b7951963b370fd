from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_input_item_role import (
    ResponseInputItemRole,
    check_response_input_item_role,
)
from ..models.response_input_item_type import (
    ResponseInputItemType,
    check_response_input_item_type,
)

T = TypeVar("T", bound="ResponseInputItem")


@_attrs_define
class ResponseInputItem:
    """An input item (Open Responses conventions)."""

    type_: ResponseInputItemType = _attrs_field(alias="type")
    role: ResponseInputItemRole
    content: str
    """ The message; `{{sel:N}}` names `selections[N]`. """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        role: str = self.role

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_input_item_type(d.pop("type"))

        role = check_response_input_item_role(d.pop("role"))

        content = d.pop("content")

        response_input_item = cls(
            type=type_,
            role=role,
            content=content,
        )

        return response_input_item

    @property
    def type(self) -> ResponseInputItemType:
        return self.type_
