from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideosListRequestSize")


@_attrs_define
class VideosListRequestSize:
    """A range, `gte` and/or `lte`; both the same for an exact value."""

    gte: float | Unset = UNSET
    lte: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        gte = self.gte

        lte = self.lte

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gte = d.pop("gte", UNSET)

        lte = d.pop("lte", UNSET)

        videos_list_request_size = cls(
            gte=gte,
            lte=lte,
        )

        return videos_list_request_size
