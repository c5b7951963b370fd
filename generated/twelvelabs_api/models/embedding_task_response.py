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
    from ..models.embedding_data import EmbeddingData
    from ..models.embedding_task_media_metadata_audio import (
        EmbeddingTaskMediaMetadataAudio,
    )
    from ..models.embedding_task_media_metadata_document import (
        EmbeddingTaskMediaMetadataDocument,
    )
    from ..models.embedding_task_media_metadata_image import (
        EmbeddingTaskMediaMetadataImage,
    )
    from ..models.embedding_task_media_metadata_video import (
        EmbeddingTaskMediaMetadataVideo,
    )
    from ..models.embedding_task_response_error import EmbeddingTaskResponseError
    from ..models.embedding_usage import EmbeddingUsage


T = TypeVar("T", bound="EmbeddingTaskResponse")


@_attrs_define
class EmbeddingTaskResponse:
    """An embedding task; `data` holds the embeddings once it is `ready`, `error` says why it `failed`."""

    id: str
    status: EmbeddingTaskStatus | str
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    data: list[EmbeddingData] | None | Unset = UNSET
    usage: EmbeddingUsage | Unset = UNSET
    """ Input tokens per kind of content (Marengo 3.5). """
    metadata: (
        EmbeddingTaskMediaMetadataAudio
        | EmbeddingTaskMediaMetadataDocument
        | EmbeddingTaskMediaMetadataImage
        | EmbeddingTaskMediaMetadataVideo
        | Unset
    ) = UNSET
    """ What the task embeds, by input type. """
    error: EmbeddingTaskResponseError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.embedding_task_media_metadata_audio import (
            EmbeddingTaskMediaMetadataAudio,  # noqa: PLC0415
        )
        from ..models.embedding_task_media_metadata_document import (
            EmbeddingTaskMediaMetadataDocument,  # noqa: PLC0415
        )
        from ..models.embedding_task_media_metadata_video import (
            EmbeddingTaskMediaMetadataVideo,  # noqa: PLC0415
        )

        id = self.id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, EmbeddingTaskMediaMetadataAudio):
            metadata = self.metadata.to_dict()
        elif isinstance(self.metadata, EmbeddingTaskMediaMetadataVideo):
            metadata = self.metadata.to_dict()
        elif isinstance(self.metadata, EmbeddingTaskMediaMetadataDocument):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "status": status,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if data is not UNSET:
            field_dict["data"] = data
        if usage is not UNSET:
            field_dict["usage"] = usage
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedding_data import EmbeddingData  # noqa: PLC0415
        from ..models.embedding_task_media_metadata_audio import (
            EmbeddingTaskMediaMetadataAudio,  # noqa: PLC0415
        )
        from ..models.embedding_task_media_metadata_document import (
            EmbeddingTaskMediaMetadataDocument,  # noqa: PLC0415
        )
        from ..models.embedding_task_media_metadata_image import (
            EmbeddingTaskMediaMetadataImage,  # noqa: PLC0415
        )
        from ..models.embedding_task_media_metadata_video import (
            EmbeddingTaskMediaMetadataVideo,  # noqa: PLC0415
        )
        from ..models.embedding_task_response_error import EmbeddingTaskResponseError  # noqa: PLC0415
        from ..models.embedding_usage import EmbeddingUsage  # noqa: PLC0415

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

        def _parse_data(data: object) -> list[EmbeddingData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = EmbeddingData.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmbeddingData] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: EmbeddingUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = EmbeddingUsage.from_dict(_usage)

        def _parse_metadata(
            data: object,
        ) -> (
            EmbeddingTaskMediaMetadataAudio
            | EmbeddingTaskMediaMetadataDocument
            | EmbeddingTaskMediaMetadataImage
            | EmbeddingTaskMediaMetadataVideo
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_task_media_metadata_type_0 = EmbeddingTaskMediaMetadataAudio.from_dict(data)

                return componentsschemas_embedding_task_media_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_task_media_metadata_type_1 = EmbeddingTaskMediaMetadataVideo.from_dict(data)

                return componentsschemas_embedding_task_media_metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_task_media_metadata_type_2 = EmbeddingTaskMediaMetadataDocument.from_dict(
                    data
                )

                return componentsschemas_embedding_task_media_metadata_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_embedding_task_media_metadata_type_3 = EmbeddingTaskMediaMetadataImage.from_dict(data)

            return componentsschemas_embedding_task_media_metadata_type_3

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _error = d.pop("error", UNSET)
        error: EmbeddingTaskResponseError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = EmbeddingTaskResponseError.from_dict(_error)

        embedding_task_response = cls(
            id=id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            data=data,
            usage=usage,
            metadata=metadata,
            error=error,
        )

        embedding_task_response.additional_properties = d
        return embedding_task_response

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
