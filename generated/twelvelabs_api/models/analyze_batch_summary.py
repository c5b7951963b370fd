from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_mode import AnalysisMode, check_analysis_mode
from ..models.batch_status import BatchStatus, check_batch_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyze_task_webhook_info import AnalyzeTaskWebhookInfo


T = TypeVar("T", bound="AnalyzeBatchSummary")


@_attrs_define
class AnalyzeBatchSummary:
    batch_id: str
    analysis_mode: AnalysisMode | str
    model_name: str
    status: BatchStatus | str
    total_items: int
    queued_items: int
    processing_items: int
    ready_items: int
    failed_items: int
    canceled_items: int
    created_at: datetime.datetime
    expires_at: datetime.datetime
    completed_at: datetime.datetime | Unset = UNSET
    """ When every item had finished. """
    canceled_at: datetime.datetime | Unset = UNSET
    """ When the cancellation was asked for. """
    expired_at: datetime.datetime | Unset = UNSET
    webhooks: list[AnalyzeTaskWebhookInfo] | Unset = UNSET
    """ Delivery of the batch's completion webhooks, once sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        analysis_mode: str
        if isinstance(self.analysis_mode, str):
            analysis_mode = self.analysis_mode
        else:
            analysis_mode = self.analysis_mode

        model_name = self.model_name

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        total_items = self.total_items

        queued_items = self.queued_items

        processing_items = self.processing_items

        ready_items = self.ready_items

        failed_items = self.failed_items

        canceled_items = self.canceled_items

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        canceled_at: str | Unset = UNSET
        if not isinstance(self.canceled_at, Unset):
            canceled_at = self.canceled_at.isoformat()

        expired_at: str | Unset = UNSET
        if not isinstance(self.expired_at, Unset):
            expired_at = self.expired_at.isoformat()

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
                "batch_id": batch_id,
                "analysis_mode": analysis_mode,
                "model_name": model_name,
                "status": status,
                "total_items": total_items,
                "queued_items": queued_items,
                "processing_items": processing_items,
                "ready_items": ready_items,
                "failed_items": failed_items,
                "canceled_items": canceled_items,
                "created_at": created_at,
                "expires_at": expires_at,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analyze_task_webhook_info import AnalyzeTaskWebhookInfo  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        def _parse_analysis_mode(data: object) -> AnalysisMode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                analysis_mode_type_0 = check_analysis_mode(data)

                return analysis_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisMode | str, data)

        analysis_mode = _parse_analysis_mode(d.pop("analysis_mode"))

        model_name = d.pop("model_name")

        def _parse_status(data: object) -> BatchStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_batch_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchStatus | str, data)

        status = _parse_status(d.pop("status"))

        total_items = d.pop("total_items")

        queued_items = d.pop("queued_items")

        processing_items = d.pop("processing_items")

        ready_items = d.pop("ready_items")

        failed_items = d.pop("failed_items")

        canceled_items = d.pop("canceled_items")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at").replace("Z", "+00:00"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at").replace("Z", "+00:00"))

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at.replace("Z", "+00:00"))

        _canceled_at = d.pop("canceled_at", UNSET)
        canceled_at: datetime.datetime | Unset
        if isinstance(_canceled_at, Unset):
            canceled_at = UNSET
        else:
            canceled_at = datetime.datetime.fromisoformat(_canceled_at.replace("Z", "+00:00"))

        _expired_at = d.pop("expired_at", UNSET)
        expired_at: datetime.datetime | Unset
        if isinstance(_expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = datetime.datetime.fromisoformat(_expired_at.replace("Z", "+00:00"))

        _webhooks = d.pop("webhooks", UNSET)
        webhooks: list[AnalyzeTaskWebhookInfo] | Unset = UNSET
        if _webhooks is not UNSET:
            webhooks = []
            for webhooks_item_data in _webhooks:
                webhooks_item = AnalyzeTaskWebhookInfo.from_dict(webhooks_item_data)

                webhooks.append(webhooks_item)

        analyze_batch_summary = cls(
            batch_id=batch_id,
            analysis_mode=analysis_mode,
            model_name=model_name,
            status=status,
            total_items=total_items,
            queued_items=queued_items,
            processing_items=processing_items,
            ready_items=ready_items,
            failed_items=failed_items,
            canceled_items=canceled_items,
            created_at=created_at,
            expires_at=expires_at,
            completed_at=completed_at,
            canceled_at=canceled_at,
            expired_at=expired_at,
            webhooks=webhooks,
        )

        analyze_batch_summary.additional_properties = d
        return analyze_batch_summary

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
