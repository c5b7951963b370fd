from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyze_task_ready_webhook_data_status import (
    AnalyzeTaskReadyWebhookDataStatus,
    check_analyze_task_ready_webhook_data_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyze_task_webhook_error import AnalyzeTaskWebhookError
    from ..models.analyze_task_webhook_video_source import AnalyzeTaskWebhookVideoSource


T = TypeVar("T", bound="AnalyzeTaskReadyWebhookData")


@_attrs_define
class AnalyzeTaskReadyWebhookData:
    id: str
    """ The analysis task's id. """
    created_at: datetime.datetime
    status: AnalyzeTaskReadyWebhookDataStatus | str
    custom_id: None | str | Unset = UNSET
    """ The task's `custom_id`, or null; always present. """
    video_source: AnalyzeTaskWebhookVideoSource | Unset = UNSET
    error: AnalyzeTaskWebhookError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        video_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_source, Unset):
            video_source = self.video_source.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "status": status,
            }
        )
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if video_source is not UNSET:
            field_dict["video_source"] = video_source
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analyze_task_webhook_error import AnalyzeTaskWebhookError  # noqa: PLC0415
        from ..models.analyze_task_webhook_video_source import (
            AnalyzeTaskWebhookVideoSource,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at").replace("Z", "+00:00"))

        def _parse_status(data: object) -> AnalyzeTaskReadyWebhookDataStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_analyze_task_ready_webhook_data_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzeTaskReadyWebhookDataStatus | str, data)

        status = _parse_status(d.pop("status"))

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

        _error = d.pop("error", UNSET)
        error: AnalyzeTaskWebhookError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AnalyzeTaskWebhookError.from_dict(_error)

        analyze_task_ready_webhook_data = cls(
            id=id,
            created_at=created_at,
            status=status,
            custom_id=custom_id,
            video_source=video_source,
            error=error,
        )

        analyze_task_ready_webhook_data.additional_properties = d
        return analyze_task_ready_webhook_data

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
