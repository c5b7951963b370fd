from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaSource")


@_attrs_define
class MediaSource:
    """Where the media comes from; exactly one of `url`, `base64_string` and `asset_id`."""

    base64_string: str | Unset = UNSET
    """ The file's bytes in base64 (at most 36 MB decoded). """
    url: str | Unset = UNSET
    """ A public URL of the file. """
    asset_id: str | Unset = UNSET
    """ An asset's id. """

    def to_dict(self) -> dict[str, Any]:
        base64_string = self.base64_string

        url = self.url

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if base64_string is not UNSET:
            field_dict["base64_string"] = base64_string
        if url is not UNSET:
            field_dict["url"] = url
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base64_string = d.pop("base64_string", UNSET)

        url = d.pop("url", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        media_source = cls(
            base64_string=base64_string,
            url=url,
            asset_id=asset_id,
        )

        return media_source

    @property
    def base_64_string(self) -> str | Unset:
        return self.base64_string


_attrs_init = MediaSource.__init__


def _init(self: MediaSource, *args: Any, **kwargs: Any) -> None:
    for official, ours in (('base_64_string', 'base64_string'),):
        if official in kwargs:
            kwargs[ours] = kwargs.pop(official)
    _attrs_init(self, *args, **kwargs)


MediaSource.__init__ = _init  # type: ignore[method-assign]
