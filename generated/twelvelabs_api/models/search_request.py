from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.search_option import SearchOption, check_search_option
from ..models.search_request_group_by import (
    SearchRequestGroupBy,
    check_search_request_group_by,
)
from ..models.search_request_operator import (
    SearchRequestOperator,
    check_search_request_operator,
)
from ..models.search_request_query_media_type import (
    SearchRequestQueryMediaType,
    check_search_request_query_media_type,
)
from ..models.search_request_transcription_options_item import (
    SearchRequestTranscriptionOptionsItem,
    check_search_request_transcription_options_item,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="SearchRequest")


@_attrs_define
class SearchRequest:
    index_id: str
    """ The index to search. """
    search_options: list[SearchOption]
    """ Which modalities to search. """
    query_text: str | Unset = UNSET
    """ The text query. """
    query_media_type: SearchRequestQueryMediaType | Unset = UNSET
    """ The kind of media query. """
    query_media_url: str | Unset = UNSET
    """ A public URL of an image to search with. """
    query_media_file: File | Unset = UNSET
    """ An image file to search with. """
    transcription_options: list[SearchRequestTranscriptionOptionsItem] | Unset = UNSET
    """ With `transcription` in `search_options`, how spoken words match. """
    group_by: SearchRequestGroupBy | Unset = UNSET
    """ Flat clips, or clips grouped by video. """
    operator: SearchRequestOperator | Unset = UNSET
    """ How several search options combine. """
    page_limit: int | Unset = UNSET
    """ Matches per page (default 10). """
    filter_: str | Unset = _attrs_field(default=UNSET, alias="filter")
    """ A JSON object filtering the videos by their metadata. """
    include_user_metadata: bool | Unset = UNSET
    """ Include each video's user metadata. """

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        search_options = []
        for search_options_item_data in self.search_options:
            search_options_item: str = search_options_item_data
            search_options.append(search_options_item)

        query_text = self.query_text

        query_media_type: str | Unset = UNSET
        if not isinstance(self.query_media_type, Unset):
            query_media_type = self.query_media_type

        query_media_url = self.query_media_url

        query_media_file: FileTypes | Unset = UNSET
        if not isinstance(self.query_media_file, Unset):
            query_media_file = self.query_media_file.to_tuple()

        transcription_options: list[str] | Unset = UNSET
        if not isinstance(self.transcription_options, Unset):
            transcription_options = []
            for transcription_options_item_data in self.transcription_options:
                transcription_options_item: str = transcription_options_item_data
                transcription_options.append(transcription_options_item)

        group_by: str | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        page_limit = self.page_limit

        filter_ = self.filter_

        include_user_metadata = self.include_user_metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "index_id": index_id,
                "search_options": search_options,
            }
        )
        if query_text is not UNSET:
            field_dict["query_text"] = query_text
        if query_media_type is not UNSET:
            field_dict["query_media_type"] = query_media_type
        if query_media_url is not UNSET:
            field_dict["query_media_url"] = query_media_url
        if query_media_file is not UNSET:
            field_dict["query_media_file"] = query_media_file
        if transcription_options is not UNSET:
            field_dict["transcription_options"] = transcription_options
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if operator is not UNSET:
            field_dict["operator"] = operator
        if page_limit is not UNSET:
            field_dict["page_limit"] = page_limit
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if include_user_metadata is not UNSET:
            field_dict["include_user_metadata"] = include_user_metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("index_id", (None, str(self.index_id).encode(), "text/plain")))

        for search_options_item_element in self.search_options:
            files.append(("search_options", (None, str(search_options_item_element).encode(), "text/plain")))

        if not isinstance(self.query_text, Unset):
            files.append(("query_text", (None, str(self.query_text).encode(), "text/plain")))

        if not isinstance(self.query_media_type, Unset):
            files.append(("query_media_type", (None, str(self.query_media_type).encode(), "text/plain")))

        if not isinstance(self.query_media_url, Unset):
            files.append(("query_media_url", (None, str(self.query_media_url).encode(), "text/plain")))

        if not isinstance(self.query_media_file, Unset):
            files.append(("query_media_file", self.query_media_file.to_tuple()))

        if not isinstance(self.transcription_options, Unset):
            for transcription_options_item_element in self.transcription_options:
                files.append(
                    ("transcription_options", (None, str(transcription_options_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.group_by, Unset):
            files.append(("group_by", (None, str(self.group_by).encode(), "text/plain")))

        if not isinstance(self.operator, Unset):
            files.append(("operator", (None, str(self.operator).encode(), "text/plain")))

        if not isinstance(self.page_limit, Unset):
            files.append(("page_limit", (None, str(self.page_limit).encode(), "text/plain")))

        if not isinstance(self.filter_, Unset):
            files.append(("filter", (None, str(self.filter_).encode(), "text/plain")))

        if not isinstance(self.include_user_metadata, Unset):
            files.append(("include_user_metadata", (None, str(self.include_user_metadata).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index_id = d.pop("index_id")

        search_options = []
        _search_options = d.pop("search_options")
        for search_options_item_data in _search_options:
            search_options_item = check_search_option(search_options_item_data)

            search_options.append(search_options_item)

        query_text = d.pop("query_text", UNSET)

        _query_media_type = d.pop("query_media_type", UNSET)
        query_media_type: SearchRequestQueryMediaType | Unset
        if isinstance(_query_media_type, Unset):
            query_media_type = UNSET
        else:
            query_media_type = check_search_request_query_media_type(_query_media_type)

        query_media_url = d.pop("query_media_url", UNSET)

        _query_media_file = d.pop("query_media_file", UNSET)
        query_media_file: File | Unset
        if isinstance(_query_media_file, Unset):
            query_media_file = UNSET
        else:
            query_media_file = File(payload=BytesIO(_query_media_file))

        _transcription_options = d.pop("transcription_options", UNSET)
        transcription_options: list[SearchRequestTranscriptionOptionsItem] | Unset = UNSET
        if _transcription_options is not UNSET:
            transcription_options = []
            for transcription_options_item_data in _transcription_options:
                transcription_options_item = check_search_request_transcription_options_item(
                    transcription_options_item_data
                )

                transcription_options.append(transcription_options_item)

        _group_by = d.pop("group_by", UNSET)
        group_by: SearchRequestGroupBy | Unset
        if isinstance(_group_by, Unset):
            group_by = UNSET
        else:
            group_by = check_search_request_group_by(_group_by)

        _operator = d.pop("operator", UNSET)
        operator: SearchRequestOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = check_search_request_operator(_operator)

        page_limit = d.pop("page_limit", UNSET)

        filter_ = d.pop("filter", UNSET)

        include_user_metadata = d.pop("include_user_metadata", UNSET)

        search_request = cls(
            index_id=index_id,
            search_options=search_options,
            query_text=query_text,
            query_media_type=query_media_type,
            query_media_url=query_media_url,
            query_media_file=query_media_file,
            transcription_options=transcription_options,
            group_by=group_by,
            operator=operator,
            page_limit=page_limit,
            filter=filter_,
            include_user_metadata=include_user_metadata,
        )

        return search_request

    @property
    def filter(self) -> str | Unset:
        return self.filter_
