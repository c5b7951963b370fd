from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_model_info import IndexModelInfo


T = TypeVar("T", bound="Index")


@_attrs_define
class Index:
    id: str
    index_name: str
    models: list[IndexModelInfo] | Unset = UNSET
    addons: list[str] | Unset = UNSET
    video_count: int | Unset = UNSET
    total_duration: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        index_name = self.index_name

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        addons: list[str] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = self.addons

        video_count = self.video_count

        total_duration = self.total_duration

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "index_name": index_name,
            }
        )
        if models is not UNSET:
            field_dict["models"] = models
        if addons is not UNSET:
            field_dict["addons"] = addons
        if video_count is not UNSET:
            field_dict["video_count"] = video_count
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.index_model_info import IndexModelInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        index_name = d.pop("index_name")

        _models = d.pop("models", UNSET)
        models: list[IndexModelInfo] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item = IndexModelInfo.from_dict(models_item_data)

                models.append(models_item)

        addons = cast(list[str], d.pop("addons", UNSET))

        video_count = d.pop("video_count", UNSET)

        total_duration = d.pop("total_duration", UNSET)

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

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at.replace("Z", "+00:00"))

        index = cls(
            id=id,
            index_name=index_name,
            models=models,
            addons=addons,
            video_count=video_count,
            total_duration=total_duration,
            created_at=created_at,
            updated_at=updated_at,
            expires_at=expires_at,
        )

        index.additional_properties = d
        return index

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
