from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_clip_user_metadata import SearchClipUserMetadata


T = TypeVar("T", bound="SearchClip")


@_attrs_define
class SearchClip:
    start: float | Unset = UNSET
    end: float | Unset = UNSET
    rank: int | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    transcription: str | Unset = UNSET
    video_id: str | Unset = UNSET
    user_metadata: SearchClipUserMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        rank = self.rank

        thumbnail_url = self.thumbnail_url

        transcription = self.transcription

        video_id = self.video_id

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if rank is not UNSET:
            field_dict["rank"] = rank
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_clip_user_metadata import SearchClipUserMetadata  # noqa: PLC0415

        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        rank = d.pop("rank", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        transcription = d.pop("transcription", UNSET)

        video_id = d.pop("video_id", UNSET)

        _user_metadata = d.pop("user_metadata", UNSET)
        user_metadata: SearchClipUserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = SearchClipUserMetadata.from_dict(_user_metadata)

        search_clip = cls(
            start=start,
            end=end,
            rank=rank,
            thumbnail_url=thumbnail_url,
            transcription=transcription,
            video_id=video_id,
            user_metadata=user_metadata,
        )

        search_clip.additional_properties = d
        return search_clip

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
