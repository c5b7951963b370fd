from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTaskWebhookInfo")


@_attrs_define
class AnalyzeTaskWebhookInfo:
    url: str
    delivered: bool
    attempts: int
    last_error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        delivered = self.delivered

        attempts = self.attempts

        last_error = self.last_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "delivered": delivered,
                "attempts": attempts,
            }
        )
        if last_error is not UNSET:
            field_dict["last_error"] = last_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        delivered = d.pop("delivered")

        attempts = d.pop("attempts")

        last_error = d.pop("last_error", UNSET)

        analyze_task_webhook_info = cls(
            url=url,
            delivered=delivered,
            attempts=attempts,
            last_error=last_error,
        )

        analyze_task_webhook_info.additional_properties = d
        return analyze_task_webhook_info

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
