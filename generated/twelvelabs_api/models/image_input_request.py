from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.media_source import MediaSource


T = TypeVar("T", bound="ImageInputRequest")


@_attrs_define
class ImageInputRequest:
    media_source: MediaSource
    """ Where the media comes from; exactly one of `url`, `base64_string` and `asset_id`. """

    def to_dict(self) -> dict[str, Any]:
        media_source = self.media_source.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "media_source": media_source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_source import MediaSource  # noqa: PLC0415

        d = dict(src_dict)
        media_source = MediaSource.from_dict(d.pop("media_source"))

        image_input_request = cls(
            media_source=media_source,
        )

        return image_input_request
