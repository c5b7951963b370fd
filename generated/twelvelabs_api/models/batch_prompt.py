from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sme_media_source import SmeMediaSource


T = TypeVar("T", bound="BatchPrompt")


@_attrs_define
class BatchPrompt:
    """A prompt whose `<@name>` placeholders refer to `media_sources`; not for `time_based_metadata`."""

    input_text: str
    """ The prompt; at most 2,000 tokens. """
    media_sources: list[SmeMediaSource] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        input_text = self.input_text

        media_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_sources, Unset):
            media_sources = []
            for media_sources_item_data in self.media_sources:
                media_sources_item = media_sources_item_data.to_dict()
                media_sources.append(media_sources_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_text": input_text,
            }
        )
        if media_sources is not UNSET:
            field_dict["media_sources"] = media_sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sme_media_source import SmeMediaSource  # noqa: PLC0415

        d = dict(src_dict)
        input_text = d.pop("input_text")

        _media_sources = d.pop("media_sources", UNSET)
        media_sources: list[SmeMediaSource] | Unset = UNSET
        if _media_sources is not UNSET:
            media_sources = []
            for media_sources_item_data in _media_sources:
                media_sources_item = SmeMediaSource.from_dict(media_sources_item_data)

                media_sources.append(media_sources_item)

        batch_prompt = cls(
            input_text=input_text,
            media_sources=media_sources,
        )

        return batch_prompt
