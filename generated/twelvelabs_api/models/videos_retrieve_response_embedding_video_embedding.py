from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_embedding_segment import VideoEmbeddingSegment


T = TypeVar("T", bound="VideosRetrieveResponseEmbeddingVideoEmbedding")


@_attrs_define
class VideosRetrieveResponseEmbeddingVideoEmbedding:
    segments: list[VideoEmbeddingSegment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_embedding_segment import VideoEmbeddingSegment  # noqa: PLC0415

        d = dict(src_dict)
        _segments = d.pop("segments", UNSET)
        segments: list[VideoEmbeddingSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = VideoEmbeddingSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        videos_retrieve_response_embedding_video_embedding = cls(
            segments=segments,
        )

        videos_retrieve_response_embedding_video_embedding.additional_properties = d
        return videos_retrieve_response_embedding_video_embedding

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
