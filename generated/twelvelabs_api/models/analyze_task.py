from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyze_task_status import AnalyzeTaskStatus, check_analyze_task_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_warning import AnalysisWarning
    from ..models.analyze_task_request_params import AnalyzeTaskRequestParams
    from ..models.analyze_task_result import AnalyzeTaskResult
    from ..models.analyze_task_video_source import AnalyzeTaskVideoSource
    from ..models.analyze_task_webhook_info import AnalyzeTaskWebhookInfo


T = TypeVar("T", bound="AnalyzeTask")


@_attrs_define
class AnalyzeTask:
    task_id: str
    status: AnalyzeTaskStatus | str
    created_at: datetime.datetime
    custom_id: None | str | Unset = UNSET
    video_source: AnalyzeTaskVideoSource | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    result: AnalyzeTaskResult | Unset = UNSET
    error: AnalysisWarning | Unset = UNSET
    """ A warning or error about a generation (for example truncation); the message is not a contract. """
    batch_id: str | Unset = UNSET
    """ The batch that created the task; only for tasks of a batch. """
    request_params: AnalyzeTaskRequestParams | Unset = UNSET
    """ The analysis settings the task was created with. """
    webhooks: list[AnalyzeTaskWebhookInfo] | Unset = UNSET
    """ Delivery of the task's webhooks; only when webhooks are configured. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        video_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_source, Unset):
            video_source = self.video_source.to_dict()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        batch_id = self.batch_id

        request_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_params, Unset):
            request_params = self.request_params.to_dict()

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "status": status,
                "created_at": created_at,
            }
        )
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if video_source is not UNSET:
            field_dict["video_source"] = video_source
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if request_params is not UNSET:
            field_dict["request_params"] = request_params
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_warning import AnalysisWarning  # noqa: PLC0415
        from ..models.analyze_task_request_params import AnalyzeTaskRequestParams  # noqa: PLC0415
        from ..models.analyze_task_result import AnalyzeTaskResult  # noqa: PLC0415
        from ..models.analyze_task_video_source import AnalyzeTaskVideoSource  # noqa: PLC0415
        from ..models.analyze_task_webhook_info import AnalyzeTaskWebhookInfo  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_status(data: object) -> AnalyzeTaskStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_analyze_task_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzeTaskStatus | str, data)

        status = _parse_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at").replace("Z", "+00:00"))

        def _parse_custom_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_id = _parse_custom_id(d.pop("custom_id", UNSET))

        _video_source = d.pop("video_source", UNSET)
        video_source: AnalyzeTaskVideoSource | Unset
        if isinstance(_video_source, Unset):
            video_source = UNSET
        else:
            video_source = AnalyzeTaskVideoSource.from_dict(_video_source)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at.replace("Z", "+00:00"))

        _result = d.pop("result", UNSET)
        result: AnalyzeTaskResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = AnalyzeTaskResult.from_dict(_result)

        _error = d.pop("error", UNSET)
        error: AnalysisWarning | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AnalysisWarning.from_dict(_error)

        batch_id = d.pop("batch_id", UNSET)

        _request_params = d.pop("request_params", UNSET)
        request_params: AnalyzeTaskRequestParams | Unset
        if isinstance(_request_params, Unset):
            request_params = UNSET
        else:
            request_params = AnalyzeTaskRequestParams.from_dict(_request_params)

        _webhooks = d.pop("webhooks", UNSET)
        webhooks: list[AnalyzeTaskWebhookInfo] | Unset = UNSET
        if _webhooks is not UNSET:
            webhooks = []
            for webhooks_item_data in _webhooks:
                webhooks_item = AnalyzeTaskWebhookInfo.from_dict(webhooks_item_data)

                webhooks.append(webhooks_item)

        analyze_task = cls(
            task_id=task_id,
            status=status,
            created_at=created_at,
            custom_id=custom_id,
            video_source=video_source,
            completed_at=completed_at,
            result=result,
            error=error,
            batch_id=batch_id,
            request_params=request_params,
            webhooks=webhooks,
        )

        analyze_task.additional_properties = d
        return analyze_task

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
