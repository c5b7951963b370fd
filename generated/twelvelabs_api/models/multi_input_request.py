from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_input_media_source import MultiInputMediaSource


T = TypeVar("T", bound="MultiInputRequest")


@_attrs_define
class MultiInputRequest:
    """Text and up to 10 media sources, embedded together; the text names a source as `<@name>`."""

    input_text: str | Unset = UNSET
    media_sources: list[MultiInputMediaSource] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        input_text = self.input_text

        media_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_sources, Unset):
            media_sources = []
            for media_sources_item_data in self.media_sources:
                media_sources_item = media_sources_item_data.to_dict()
                media_sources.append(media_sources_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if input_text is not UNSET:
            field_dict["input_text"] = input_text
        if media_sources is not UNSET:
            field_dict["media_sources"] = media_sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multi_input_media_source import MultiInputMediaSource  # noqa: PLC0415

        d = dict(src_dict)
        input_text = d.pop("input_text", UNSET)

        _media_sources = d.pop("media_sources", UNSET)
        media_sources: list[MultiInputMediaSource] | Unset = UNSET
        if _media_sources is not UNSET:
            media_sources = []
            for media_sources_item_data in _media_sources:
                media_sources_item = MultiInputMediaSource.from_dict(media_sources_item_data)

                media_sources.append(media_sources_item)

        multi_input_request = cls(
            input_text=input_text,
            media_sources=media_sources,
        )

        return multi_input_request
