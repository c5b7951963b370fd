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

T = TypeVar("T", bound="VideoContextUrl")


@_attrs_define
class VideoContextUrl:
    """A video at a public URL (a direct link to the media file)."""

    url: str
    type_: Literal["url"] = _attrs_field(default="url", alias="type")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["url"], d.pop("type"))
        if type_ != "url":
            raise ValueError(f"type must match const 'url', got '{type_}'")

        url = d.pop("url")

        video_context_url = cls(
            type=type_,
            url=url,
        )

        return video_context_url

    @property
    def type(self) -> Literal["url"]:
        return self.type_
