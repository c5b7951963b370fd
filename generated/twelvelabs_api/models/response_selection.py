from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.response_selection_kind import (
    ResponseSelectionKind,
    check_response_selection_kind,
)

T = TypeVar("T", bound="ResponseSelection")


@_attrs_define
class ResponseSelection:
    kind: ResponseSelectionKind
    id: str
    """ The knowledge store item's or item collection's id. """

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_response_selection_kind(d.pop("kind"))

        id = d.pop("id")

        response_selection = cls(
            kind=kind,
            id=id,
        )

        return response_selection
