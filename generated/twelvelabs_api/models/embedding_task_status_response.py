from __future__ import annotations

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
    from ..models.embedding_task_status_video_embedding import (
        EmbeddingTaskStatusVideoEmbedding,
    )


T = TypeVar("T", bound="EmbeddingTaskStatusResponse")


@_attrs_define
class EmbeddingTaskStatusResponse:
    id: str
    status: EmbeddingTaskStatus | str
    model_name: str | Unset = UNSET
    video_embedding: EmbeddingTaskStatusVideoEmbedding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        model_name = self.model_name

        video_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_embedding, Unset):
            video_embedding = self.video_embedding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "status": status,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if video_embedding is not UNSET:
            field_dict["video_embedding"] = video_embedding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedding_task_status_video_embedding import (
            EmbeddingTaskStatusVideoEmbedding,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("_id")

        def _parse_status(data: object) -> EmbeddingTaskStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_embedding_task_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddingTaskStatus | str, data)

        status = _parse_status(d.pop("status"))

        model_name = d.pop("model_name", UNSET)

        _video_embedding = d.pop("video_embedding", UNSET)
        video_embedding: EmbeddingTaskStatusVideoEmbedding | Unset
        if isinstance(_video_embedding, Unset):
            video_embedding = UNSET
        else:
            video_embedding = EmbeddingTaskStatusVideoEmbedding.from_dict(_video_embedding)

        embedding_task_status_response = cls(
            id=id,
            status=status,
            model_name=model_name,
            video_embedding=video_embedding,
        )

        embedding_task_status_response.additional_properties = d
        return embedding_task_status_response

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
