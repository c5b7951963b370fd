from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_item import SearchItem
    from ..models.search_page_info import SearchPageInfo
    from ..models.search_pool import SearchPool


T = TypeVar("T", bound="SearchResults")


@_attrs_define
class SearchResults:
    data: list[SearchItem]
    page_info: SearchPageInfo
    search_pool: SearchPool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        page_info = self.page_info.to_dict()

        search_pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_pool, Unset):
            search_pool = self.search_pool.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "page_info": page_info,
            }
        )
        if search_pool is not UNSET:
            field_dict["search_pool"] = search_pool

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_item import SearchItem  # noqa: PLC0415
        from ..models.search_page_info import SearchPageInfo  # noqa: PLC0415
        from ..models.search_pool import SearchPool  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SearchItem.from_dict(data_item_data)

            data.append(data_item)

        page_info = SearchPageInfo.from_dict(d.pop("page_info"))

        _search_pool = d.pop("search_pool", UNSET)
        search_pool: SearchPool | Unset
        if isinstance(_search_pool, Unset):
            search_pool = UNSET
        else:
            search_pool = SearchPool.from_dict(_search_pool)

        search_results = cls(
            data=data,
            page_info=page_info,
            search_pool=search_pool,
        )

        search_results.additional_properties = d
        return search_results

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
