from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRetrieveResponsePageInfo")


@_attrs_define
class SearchRetrieveResponsePageInfo:
    limit_per_page: int | Unset = UNSET
    total_results: int | Unset = UNSET
    total_inner_matches: int | Unset = UNSET
    page_expires_at: str | Unset = UNSET
    next_page_token: str | Unset = UNSET
    prev_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_per_page = self.limit_per_page

        total_results = self.total_results

        total_inner_matches = self.total_inner_matches

        page_expires_at = self.page_expires_at

        next_page_token = self.next_page_token

        prev_page_token = self.prev_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit_per_page is not UNSET:
            field_dict["limit_per_page"] = limit_per_page
        if total_results is not UNSET:
            field_dict["total_results"] = total_results
        if total_inner_matches is not UNSET:
            field_dict["total_inner_matches"] = total_inner_matches
        if page_expires_at is not UNSET:
            field_dict["page_expires_at"] = page_expires_at
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if prev_page_token is not UNSET:
            field_dict["prev_page_token"] = prev_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit_per_page = d.pop("limit_per_page", UNSET)

        total_results = d.pop("total_results", UNSET)

        total_inner_matches = d.pop("total_inner_matches", UNSET)

        page_expires_at = d.pop("page_expires_at", UNSET)

        next_page_token = d.pop("next_page_token", UNSET)

        prev_page_token = d.pop("prev_page_token", UNSET)

        search_retrieve_response_page_info = cls(
            limit_per_page=limit_per_page,
            total_results=total_results,
            total_inner_matches=total_inner_matches,
            page_expires_at=page_expires_at,
            next_page_token=next_page_token,
            prev_page_token=prev_page_token,
        )

        search_retrieve_response_page_info.additional_properties = d
        return search_retrieve_response_page_info

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
