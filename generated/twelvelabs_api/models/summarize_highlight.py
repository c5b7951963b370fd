from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummarizeHighlight")


@_attrs_define
class SummarizeHighlight:
    start_sec: float | Unset = UNSET
    end_sec: float | Unset = UNSET
    highlight: str | Unset = UNSET
    highlight_summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_sec = self.start_sec

        end_sec = self.end_sec

        highlight = self.highlight

        highlight_summary = self.highlight_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_sec is not UNSET:
            field_dict["start_sec"] = start_sec
        if end_sec is not UNSET:
            field_dict["end_sec"] = end_sec
        if highlight is not UNSET:
            field_dict["highlight"] = highlight
        if highlight_summary is not UNSET:
            field_dict["highlight_summary"] = highlight_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_sec = d.pop("start_sec", UNSET)

        end_sec = d.pop("end_sec", UNSET)

        highlight = d.pop("highlight", UNSET)

        highlight_summary = d.pop("highlight_summary", UNSET)

        summarize_highlight = cls(
            start_sec=start_sec,
            end_sec=end_sec,
            highlight=highlight,
            highlight_summary=highlight_summary,
        )

        summarize_highlight.additional_properties = d
        return summarize_highlight

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
