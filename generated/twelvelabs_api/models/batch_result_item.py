from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_item_status import BatchItemStatus, check_batch_item_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyze_task_result import AnalyzeTaskResult
    from ..models.batch_item_error import BatchItemError


T = TypeVar("T", bound="BatchResultItem")


@_attrs_define
class BatchResultItem:
    """One item's result; `data` when it is `ready`, `error` when it has `failed`."""

    task_id: str
    status: BatchItemStatus | str
    custom_id: None | str | Unset = UNSET
    data: AnalyzeTaskResult | Unset = UNSET
    error: BatchItemError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

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

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "status": status,
            }
        )
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analyze_task_result import AnalyzeTaskResult  # noqa: PLC0415
        from ..models.batch_item_error import BatchItemError  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_status(data: object) -> BatchItemStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_batch_item_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchItemStatus | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_custom_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_id = _parse_custom_id(d.pop("custom_id", UNSET))

        _data = d.pop("data", UNSET)
        data: AnalyzeTaskResult | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AnalyzeTaskResult.from_dict(_data)

        _error = d.pop("error", UNSET)
        error: BatchItemError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = BatchItemError.from_dict(_error)

        batch_result_item = cls(
            task_id=task_id,
            status=status,
            custom_id=custom_id,
            data=data,
            error=error,
        )

        batch_result_item.additional_properties = d
        return batch_result_item

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
