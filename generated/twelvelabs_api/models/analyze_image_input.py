from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeImageInput")


@_attrs_define
class AnalyzeImageInput:
    """An image to analyze (pegasus1.6 only); exactly one of `url`, `asset_id`, `base64_string`."""

    name: str
    """ A unique name for the image. """
    url: str | Unset = UNSET
    """ An HTTPS URL. """
    asset_id: str | Unset = UNSET
    base64_string: str | Unset = UNSET
    """ At most 20 MB decoded. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        asset_id = self.asset_id

        base64_string = self.base64_string

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
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

        url = d.pop("url", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        base64_string = d.pop("base64_string", UNSET)

        analyze_image_input = cls(
            name=name,
            url=url,
            asset_id=asset_id,
            base64_string=base64_string,
        )

        return analyze_image_input

    @property
    def base_64_string(self) -> str | Unset:
        return self.base64_string


_attrs_init = AnalyzeImageInput.__init__


def _init(self: AnalyzeImageInput, *args: Any, **kwargs: Any) -> None:
    for official, ours in (('base_64_string', 'base64_string'),):
        if official in kwargs:
            kwargs[ours] = kwargs.pop(official)
    _attrs_init(self, *args, **kwargs)


AnalyzeImageInput.__init__ = _init  # type: ignore[method-assign]
