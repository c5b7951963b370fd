from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchVideoContext")


@_attrs_define
class BatchVideoContext:
    """The asset to analyze; it must be `ready`."""

    asset_id: str
    type_: Literal["asset_id"] = _attrs_field(default="asset_id", alias="type")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "asset_id": asset_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["asset_id"], d.pop("type"))
        if type_ != "asset_id":
            raise ValueError(f"type must match const 'asset_id', got '{type_}'")

        asset_id = d.pop("asset_id")

        batch_video_context = cls(
            type=type_,
            asset_id=asset_id,
        )

        return batch_video_context

    @property
    def type(self) -> Literal["asset_id"]:
        return self.type_
