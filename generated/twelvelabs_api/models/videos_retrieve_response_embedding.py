from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_embedding_video_embedding import VideoEmbeddingVideoEmbedding


T = TypeVar("T", bound="VideosRetrieveResponseEmbedding")


@_attrs_define
class VideosRetrieveResponseEmbedding:
    model_name: str | Unset = UNSET
    video_embedding: VideoEmbeddingVideoEmbedding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        video_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_embedding, Unset):
            video_embedding = self.video_embedding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if video_embedding is not UNSET:
            field_dict["video_embedding"] = video_embedding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_embedding_video_embedding import (
            VideoEmbeddingVideoEmbedding,  # noqa: PLC0415
        )

        d = dict(src_dict)
        model_name = d.pop("model_name", UNSET)

        _video_embedding = d.pop("video_embedding", UNSET)
        video_embedding: VideoEmbeddingVideoEmbedding | Unset
        if isinstance(_video_embedding, Unset):
            video_embedding = UNSET
        else:
            video_embedding = VideoEmbeddingVideoEmbedding.from_dict(_video_embedding)

        videos_retrieve_response_embedding = cls(
            model_name=model_name,
            video_embedding=video_embedding,
        )

        videos_retrieve_response_embedding.additional_properties = d
        return videos_retrieve_response_embedding

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
