from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmeMediaSource")


@_attrs_define
class SmeMediaSource:
    """A reference image for a `<@name>` placeholder; exactly one of `url`, `asset_id`, `base64_string`."""

    name: str
    media_type: Literal["image"] = "image"
    url: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    base64_string: str | Unset = UNSET
    """ At most 30 MB decoded. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        media_type = self.media_type

        url = self.url

        asset_id = self.asset_id

        base64_string = self.base64_string

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "media_type": media_type,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if base64_string is not UNSET:
            field_dict["base64_string"] = base64_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        media_type = cast(Literal["image"], d.pop("media_type"))
        if media_type != "image":
            raise ValueError(f"media_type must match const 'image', got '{media_type}'")

        url = d.pop("url", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        base64_string = d.pop("base64_string", UNSET)

        sme_media_source = cls(
            name=name,
            media_type=media_type,
            url=url,
            asset_id=asset_id,
            base64_string=base64_string,
        )

        return sme_media_source

    @property
    def base_64_string(self) -> str | Unset:
        return self.base64_string


_attrs_init = SmeMediaSource.__init__


def _init(self: SmeMediaSource, *args: Any, **kwargs: Any) -> None:
    for official, ours in (('base_64_string', 'base64_string'),):
        if official in kwargs:
            kwargs[ours] = kwargs.pop(official)
    _attrs_init(self, *args, **kwargs)


SmeMediaSource.__init__ = _init  # type: ignore[method-assign]
