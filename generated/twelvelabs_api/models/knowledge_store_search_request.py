from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_store_search_request_group_by import (
    KnowledgeStoreSearchRequestGroupBy,
    check_knowledge_store_search_request_group_by,
)
from ..models.knowledge_store_search_request_search_options_item import (
    KnowledgeStoreSearchRequestSearchOptionsItem,
    check_knowledge_store_search_request_search_options_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_store_search_request_filter import (
        KnowledgeStoreSearchRequestFilter,
    )


T = TypeVar("T", bound="KnowledgeStoreSearchRequest")


@_attrs_define
class KnowledgeStoreSearchRequest:
    query: str
    search_options: list[KnowledgeStoreSearchRequestSearchOptionsItem] | Unset = UNSET
    filter_: KnowledgeStoreSearchRequestFilter | Unset = _attrs_field(default=UNSET, alias="filter")
    """ Conditions on the items' `metadata` (key to value). """
    group_by: KnowledgeStoreSearchRequestGroupBy | Unset = "clip"
    include_metadata: bool | Unset = False
    page_size: int | Unset = 10
    page_token: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        search_options: list[str] | Unset = UNSET
        if not isinstance(self.search_options, Unset):
            search_options = []
            for search_options_item_data in self.search_options:
                search_options_item: str = search_options_item_data
                search_options.append(search_options_item)

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        group_by: str | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        include_metadata = self.include_metadata

        page_size = self.page_size

        page_token = self.page_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
            }
        )
        if search_options is not UNSET:
            field_dict["search_options"] = search_options
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if include_metadata is not UNSET:
            field_dict["include_metadata"] = include_metadata
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if page_token is not UNSET:
            field_dict["page_token"] = page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_store_search_request_filter import (
            KnowledgeStoreSearchRequestFilter,  # noqa: PLC0415
        )

        d = dict(src_dict)
        query = d.pop("query")

        _search_options = d.pop("search_options", UNSET)
        search_options: list[KnowledgeStoreSearchRequestSearchOptionsItem] | Unset = UNSET
        if _search_options is not UNSET:
            search_options = []
            for search_options_item_data in _search_options:
                search_options_item = check_knowledge_store_search_request_search_options_item(search_options_item_data)

                search_options.append(search_options_item)

        _filter_ = d.pop("filter", UNSET)
        filter_: KnowledgeStoreSearchRequestFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = KnowledgeStoreSearchRequestFilter.from_dict(_filter_)

        _group_by = d.pop("group_by", UNSET)
        group_by: KnowledgeStoreSearchRequestGroupBy | Unset
        if isinstance(_group_by, Unset):
            group_by = UNSET
        else:
            group_by = check_knowledge_store_search_request_group_by(_group_by)

        include_metadata = d.pop("include_metadata", UNSET)

        page_size = d.pop("page_size", UNSET)

        page_token = d.pop("page_token", UNSET)

        knowledge_store_search_request = cls(
            query=query,
            search_options=search_options,
            filter=filter_,
            group_by=group_by,
            include_metadata=include_metadata,
            page_size=page_size,
            page_token=page_token,
        )

        return knowledge_store_search_request

    @property
    def filter(self) -> KnowledgeStoreSearchRequestFilter | Unset:
        return self.filter_
