from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_store_search_result import KnowledgeStoreSearchResult


T = TypeVar("T", bound="KnowledgeStoreSearchResponse")


@_attrs_define
class KnowledgeStoreSearchResponse:
    data: list[KnowledgeStoreSearchResult]
    effective_search_options: list[str] | Unset = UNSET
    next_page_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        effective_search_options: list[str] | Unset = UNSET
        if not isinstance(self.effective_search_options, Unset):
            effective_search_options = self.effective_search_options

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if effective_search_options is not UNSET:
            field_dict["effective_search_options"] = effective_search_options
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_store_search_result import KnowledgeStoreSearchResult  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = KnowledgeStoreSearchResult.from_dict(data_item_data)

            data.append(data_item)

        effective_search_options = cast(list[str], d.pop("effective_search_options", UNSET))

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(d.pop("next_page_token", UNSET))

        knowledge_store_search_response = cls(
            data=data,
            effective_search_options=effective_search_options,
            next_page_token=next_page_token,
        )

        knowledge_store_search_response.additional_properties = d
        return knowledge_store_search_response

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
