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

T = TypeVar("T", bound="VideoContextBase64String")


@_attrs_define
class VideoContextBase64String:
    """A video inline as base64, at most 30 MB decoded."""

    base64_string: str
    """ At most 30 MB once decoded; a larger video gets 413 `video_filesize_too_large`. """
    type_: Literal["base64_string"] = _attrs_field(default="base64_string", alias="type")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        base64_string = self.base64_string

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "base64_string": base64_string,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["base64_string"], d.pop("type"))
        if type_ != "base64_string":
            raise ValueError(f"type must match const 'base64_string', got '{type_}'")

        base64_string = d.pop("base64_string")

        video_context_base_64_string = cls(
            type=type_,
            base64_string=base64_string,
        )

        return video_context_base_64_string

    @property
    def base_64_string(self) -> str:
        return self.base64_string

    @property
    def type(self) -> Literal["base64_string"]:
        return self.type_


_attrs_init = VideoContextBase64String.__init__


def _init(self: VideoContextBase64String, *args: Any, **kwargs: Any) -> None:
    for official, ours in (('base_64_string', 'base64_string'),):
        if official in kwargs:
            kwargs[ours] = kwargs.pop(official)
    _attrs_init(self, *args, **kwargs)


VideoContextBase64String.__init__ = _init  # type: ignore[method-assign]
