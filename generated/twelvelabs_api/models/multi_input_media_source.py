from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.multi_input_media_source_media_type import (
    MultiInputMediaSourceMediaType,
    check_multi_input_media_source_media_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiInputMediaSource")


@_attrs_define
class MultiInputMediaSource:
    """A media source of a multi-input embedding; exactly one of `url`, `base64_string` and `asset_id`."""

    media_type: MultiInputMediaSourceMediaType
    name: str | Unset = UNSET
    """ The name `<@name>` refers to in the text. """
    url: str | Unset = UNSET
    base64_string: str | Unset = UNSET
    asset_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        media_type: str = self.media_type

        name = self.name

        url = self.url

        base64_string = self.base64_string

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "media_type": media_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if base64_string is not UNSET:
            field_dict["base64_string"] = base64_string
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_type = check_multi_input_media_source_media_type(d.pop("media_type"))

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        base64_string = d.pop("base64_string", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        multi_input_media_source = cls(
            media_type=media_type,
            name=name,
            url=url,
            base64_string=base64_string,
            asset_id=asset_id,
        )

        return multi_input_media_source

    @property
    def base_64_string(self) -> str | Unset:
        return self.base64_string


_attrs_init = MultiInputMediaSource.__init__


def _init(self: MultiInputMediaSource, *args: Any, **kwargs: Any) -> None:
    for official, ours in (('base_64_string', 'base64_string'),):
        if official in kwargs:
            kwargs[ours] = kwargs.pop(official)
    _attrs_init(self, *args, **kwargs)


MultiInputMediaSource.__init__ = _init  # type: ignore[method-assign]
