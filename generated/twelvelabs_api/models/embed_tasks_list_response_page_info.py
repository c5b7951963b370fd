from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbedTasksListResponsePageInfo")


@_attrs_define
class EmbedTasksListResponsePageInfo:
    page: int | Unset = UNSET
    limit_per_page: int | Unset = UNSET
    total_page: int | Unset = UNSET
    total_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit_per_page = self.limit_per_page

        total_page = self.total_page

        total_results = self.total_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if limit_per_page is not UNSET:
            field_dict["limit_per_page"] = limit_per_page
        if total_page is not UNSET:
            field_dict["total_page"] = total_page
        if total_results is not UNSET:
            field_dict["total_results"] = total_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page", UNSET)

        limit_per_page = d.pop("limit_per_page", UNSET)

        total_page = d.pop("total_page", UNSET)

        total_results = d.pop("total_results", UNSET)

        embed_tasks_list_response_page_info = cls(
            page=page,
            limit_per_page=limit_per_page,
            total_page=total_page,
            total_results=total_results,
        )

        embed_tasks_list_response_page_info.additional_properties = d
        return embed_tasks_list_response_page_info

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
