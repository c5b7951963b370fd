from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyze_task_webhook_video_source import AnalyzeTaskWebhookVideoSource


T = TypeVar("T", bound="AnalyzeTaskWebhookDataBase")


@_attrs_define
class AnalyzeTaskWebhookDataBase:
    """The task as the event saw it; retrieve the task for its result and request."""

    id: str
    """ The analysis task's id. """
    created_at: datetime.datetime
    custom_id: None | str | Unset = UNSET
    """ The task's `custom_id`, or null; always present. """
    video_source: AnalyzeTaskWebhookVideoSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        video_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_source, Unset):
            video_source = self.video_source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
            }
        )
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if video_source is not UNSET:
            field_dict["video_source"] = video_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analyze_task_webhook_video_source import (
            AnalyzeTaskWebhookVideoSource,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at").replace("Z", "+00:00"))

        def _parse_custom_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_id = _parse_custom_id(d.pop("custom_id", UNSET))

        _video_source = d.pop("video_source", UNSET)
        video_source: AnalyzeTaskWebhookVideoSource | Unset
        if isinstance(_video_source, Unset):
            video_source = UNSET
        else:
            video_source = AnalyzeTaskWebhookVideoSource.from_dict(_video_source)

        analyze_task_webhook_data_base = cls(
            id=id,
            created_at=created_at,
            custom_id=custom_id,
            video_source=video_source,
        )

        analyze_task_webhook_data_base.additional_properties = d
        return analyze_task_webhook_data_base

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
