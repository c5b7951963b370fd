from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.gist_type import GistType, check_gist_type

T = TypeVar("T", bound="GistRequest")


@_attrs_define
class GistRequest:
    video_id: str
    types: list[GistType]

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        types = []
        for types_item_data in self.types:
            types_item: str = types_item_data
            types.append(types_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_id": video_id,
                "types": types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_id = d.pop("video_id")

        types = []
        _types = d.pop("types")
        for types_item_data in _types:
            types_item = check_gist_type(types_item_data)

            types.append(types_item)

        gist_request = cls(
            video_id=video_id,
            types=types,
        )

        return gist_request
