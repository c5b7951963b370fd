from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_clip import SearchClip
    from ..models.search_item_user_metadata import SearchItemUserMetadata


T = TypeVar("T", bound="SearchItem")


@_attrs_define
class SearchItem:
    video_id: str | Unset = UNSET
    start: float | Unset = UNSET
    end: float | Unset = UNSET
    rank: int | Unset = UNSET
    """ 1 is the best match. """
    thumbnail_url: str | Unset = UNSET
    transcription: str | Unset = UNSET
    id: str | Unset = UNSET
    """ The video's id when matches are grouped by video. """
    user_metadata: SearchItemUserMetadata | Unset = UNSET
    clips: list[SearchClip] | Unset = UNSET
    """ The matching clips of a video (group_by video). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        start = self.start

        end = self.end

        rank = self.rank

        thumbnail_url = self.thumbnail_url

        transcription = self.transcription

        id = self.id

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        clips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clips, Unset):
            clips = []
            for clips_item_data in self.clips:
                clips_item = clips_item_data.to_dict()
                clips.append(clips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
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
        if id is not UNSET:
            field_dict["id"] = id
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if clips is not UNSET:
            field_dict["clips"] = clips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_clip import SearchClip  # noqa: PLC0415
        from ..models.search_item_user_metadata import SearchItemUserMetadata  # noqa: PLC0415

        d = dict(src_dict)
        video_id = d.pop("video_id", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        rank = d.pop("rank", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        transcription = d.pop("transcription", UNSET)

        id = d.pop("id", UNSET)

        _user_metadata = d.pop("user_metadata", UNSET)
        user_metadata: SearchItemUserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = SearchItemUserMetadata.from_dict(_user_metadata)

        _clips = d.pop("clips", UNSET)
        clips: list[SearchClip] | Unset = UNSET
        if _clips is not UNSET:
            clips = []
            for clips_item_data in _clips:
                clips_item = SearchClip.from_dict(clips_item_data)

                clips.append(clips_item)

        search_item = cls(
            video_id=video_id,
            start=start,
            end=end,
            rank=rank,
            thumbnail_url=thumbnail_url,
            transcription=transcription,
            id=id,
            user_metadata=user_metadata,
            clips=clips,
        )

        search_item.additional_properties = d
        return search_item

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
