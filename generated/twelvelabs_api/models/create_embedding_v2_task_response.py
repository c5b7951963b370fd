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
    from ..models.create_embedding_v2_task_response_metadata import (
        CreateEmbeddingV2TaskResponseMetadata,
    )
    from ..models.embedding_data import EmbeddingData


T = TypeVar("T", bound="CreateEmbeddingV2TaskResponse")


@_attrs_define
class CreateEmbeddingV2TaskResponse:
    id: str
    status: EmbeddingTaskStatus | str
    data: list[EmbeddingData] | None | Unset = UNSET
    metadata: CreateEmbeddingV2TaskResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "status": status,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_embedding_v2_task_response_metadata import (
            CreateEmbeddingV2TaskResponseMetadata,  # noqa: PLC0415
        )
        from ..models.embedding_data import EmbeddingData  # noqa: PLC0415

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

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateEmbeddingV2TaskResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateEmbeddingV2TaskResponseMetadata.from_dict(_metadata)

        create_embedding_v2_task_response = cls(
            id=id,
            status=status,
            data=data,
            metadata=metadata,
        )

        create_embedding_v2_task_response.additional_properties = d
        return create_embedding_v2_task_response

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
