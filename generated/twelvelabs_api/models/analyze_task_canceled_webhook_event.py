from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyze_task_canceled_webhook_event_type import (
    AnalyzeTaskCanceledWebhookEventType,
    check_analyze_task_canceled_webhook_event_type,
)

if TYPE_CHECKING:
    from ..models.analyze_task_canceled_webhook_data import AnalyzeTaskCanceledWebhookData


T = TypeVar("T", bound="AnalyzeTaskCanceledWebhookEvent")


@_attrs_define
class AnalyzeTaskCanceledWebhookEvent:
    id: str
    """ The event's id; a retried delivery of one event keeps it. """
    created_at: datetime.datetime
    type_: AnalyzeTaskCanceledWebhookEventType | str = _attrs_field(alias="type")
    data: AnalyzeTaskCanceledWebhookData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analyze_task_canceled_webhook_data import (
            AnalyzeTaskCanceledWebhookData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at").replace("Z", "+00:00"))

        def _parse_type_(data: object) -> AnalyzeTaskCanceledWebhookEventType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_analyze_task_canceled_webhook_event_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzeTaskCanceledWebhookEventType | str, data)

        type_ = _parse_type_(d.pop("type"))

        data = AnalyzeTaskCanceledWebhookData.from_dict(d.pop("data"))

        analyze_task_canceled_webhook_event = cls(
            id=id,
            created_at=created_at,
            type=type_,
            data=data,
        )

        analyze_task_canceled_webhook_event.additional_properties = d
        return analyze_task_canceled_webhook_event

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

    @property
    def type(self) -> AnalyzeTaskCanceledWebhookEventType | str:
        return self.type_
