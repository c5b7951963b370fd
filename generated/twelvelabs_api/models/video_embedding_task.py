from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_task_status import (
    EmbeddingTaskStatus,
    check_embedding_task_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding_task_video_embedding import EmbeddingTaskVideoEmbedding


T = TypeVar("T", bound="VideoEmbeddingTask")


@_attrs_define
class VideoEmbeddingTask:
    """A video embedding task; `video_embedding.segments` holds the embeddings once it is `ready`."""

    id: str
    model_name: str | Unset = UNSET
    status: EmbeddingTaskStatus | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    video_embedding: EmbeddingTaskVideoEmbedding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_name = self.model_name

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        video_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_embedding, Unset):
            video_embedding = self.video_embedding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if video_embedding is not UNSET:
            field_dict["video_embedding"] = video_embedding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedding_task_video_embedding import EmbeddingTaskVideoEmbedding  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        model_name = d.pop("model_name", UNSET)

        def _parse_status(data: object) -> EmbeddingTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_embedding_task_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddingTaskStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        _video_embedding = d.pop("video_embedding", UNSET)
        video_embedding: EmbeddingTaskVideoEmbedding | Unset
        if isinstance(_video_embedding, Unset):
            video_embedding = UNSET
        else:
            video_embedding = EmbeddingTaskVideoEmbedding.from_dict(_video_embedding)

        video_embedding_task = cls(
            id=id,
            model_name=model_name,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            video_embedding=video_embedding,
        )

        video_embedding_task.additional_properties = d
        return video_embedding_task

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
