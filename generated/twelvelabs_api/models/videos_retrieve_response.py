from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.transcription_segment import TranscriptionSegment
    from ..models.video_embedding import VideoEmbedding
    from ..models.video_hls import VideoHls
    from ..models.video_system_metadata import VideoSystemMetadata


T = TypeVar("T", bound="VideosRetrieveResponse")


@_attrs_define
class VideosRetrieveResponse:
    id: str
    asset_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    indexed_at: datetime.datetime | Unset = UNSET
    system_metadata: VideoSystemMetadata | Unset = UNSET
    user_metadata: Metadata | Unset = UNSET
    """ Your own key-value pairs; a value is a string, number, boolean or list of strings. """
    hls: VideoHls | Unset = UNSET
    embedding: VideoEmbedding | Unset = UNSET
    transcription: list[TranscriptionSegment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        asset_id = self.asset_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        indexed_at: str | Unset = UNSET
        if not isinstance(self.indexed_at, Unset):
            indexed_at = self.indexed_at.isoformat()

        system_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_metadata, Unset):
            system_metadata = self.system_metadata.to_dict()

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        hls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hls, Unset):
            hls = self.hls.to_dict()

        embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.embedding, Unset):
            embedding = self.embedding.to_dict()

        transcription: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = []
            for transcription_item_data in self.transcription:
                transcription_item = transcription_item_data.to_dict()
                transcription.append(transcription_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if indexed_at is not UNSET:
            field_dict["indexed_at"] = indexed_at
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = system_metadata
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if hls is not UNSET:
            field_dict["hls"] = hls
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if transcription is not UNSET:
            field_dict["transcription"] = transcription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.transcription_segment import TranscriptionSegment  # noqa: PLC0415
        from ..models.video_embedding import VideoEmbedding  # noqa: PLC0415
        from ..models.video_hls import VideoHls  # noqa: PLC0415
        from ..models.video_system_metadata import VideoSystemMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        asset_id = d.pop("asset_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at.replace("Z", "+00:00"))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at.replace("Z", "+00:00"))

        _indexed_at = d.pop("indexed_at", UNSET)
        indexed_at: datetime.datetime | Unset
        if isinstance(_indexed_at, Unset):
            indexed_at = UNSET
        else:
            indexed_at = datetime.datetime.fromisoformat(_indexed_at.replace("Z", "+00:00"))

        _system_metadata = d.pop("system_metadata", UNSET)
        system_metadata: VideoSystemMetadata | Unset
        if isinstance(_system_metadata, Unset):
            system_metadata = UNSET
        else:
            system_metadata = VideoSystemMetadata.from_dict(_system_metadata)

        _user_metadata = d.pop("user_metadata", UNSET)
        user_metadata: Metadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = Metadata.from_dict(_user_metadata)

        _hls = d.pop("hls", UNSET)
        hls: VideoHls | Unset
        if isinstance(_hls, Unset):
            hls = UNSET
        else:
            hls = VideoHls.from_dict(_hls)

        _embedding = d.pop("embedding", UNSET)
        embedding: VideoEmbedding | Unset
        if isinstance(_embedding, Unset):
            embedding = UNSET
        else:
            embedding = VideoEmbedding.from_dict(_embedding)

        _transcription = d.pop("transcription", UNSET)
        transcription: list[TranscriptionSegment] | Unset = UNSET
        if _transcription is not UNSET:
            transcription = []
            for transcription_item_data in _transcription:
                transcription_item = TranscriptionSegment.from_dict(transcription_item_data)

                transcription.append(transcription_item)

        videos_retrieve_response = cls(
            id=id,
            asset_id=asset_id,
            created_at=created_at,
            updated_at=updated_at,
            indexed_at=indexed_at,
            system_metadata=system_metadata,
            user_metadata=user_metadata,
            hls=hls,
            embedding=embedding,
            transcription=transcription,
        )

        videos_retrieve_response.additional_properties = d
        return videos_retrieve_response

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
