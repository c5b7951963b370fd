from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_annotation_type_type_0 import (
    ResponseAnnotationTypeType0,
    check_response_annotation_type_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseAnnotation")


@_attrs_define
class ResponseAnnotation:
    """Ties the marker at `text[start_index:end_index + 1]` to what it cites."""

    type_: ResponseAnnotationTypeType0 | str = _attrs_field(alias="type")
    start_index: int
    end_index: int
    item_id: str | Unset = UNSET
    collection_id: str | Unset = UNSET
    start_sec: float | Unset = UNSET
    end_sec: float | Unset = UNSET
    title: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    hls_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        start_index = self.start_index

        end_index = self.end_index

        item_id = self.item_id

        collection_id = self.collection_id

        start_sec = self.start_sec

        end_sec = self.end_sec

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        hls_url: None | str | Unset
        if isinstance(self.hls_url, Unset):
            hls_url = UNSET
        else:
            hls_url = self.hls_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "start_index": start_index,
                "end_index": end_index,
            }
        )
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if start_sec is not UNSET:
            field_dict["start_sec"] = start_sec
        if end_sec is not UNSET:
            field_dict["end_sec"] = end_sec
        if title is not UNSET:
            field_dict["title"] = title
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if hls_url is not UNSET:
            field_dict["hls_url"] = hls_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ResponseAnnotationTypeType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_response_annotation_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseAnnotationTypeType0 | str, data)

        type_ = _parse_type_(d.pop("type"))

        start_index = d.pop("start_index")

        end_index = d.pop("end_index")

        item_id = d.pop("item_id", UNSET)

        collection_id = d.pop("collection_id", UNSET)

        start_sec = d.pop("start_sec", UNSET)

        end_sec = d.pop("end_sec", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url", UNSET))

        def _parse_hls_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hls_url = _parse_hls_url(d.pop("hls_url", UNSET))

        response_annotation = cls(
            type=type_,
            start_index=start_index,
            end_index=end_index,
            item_id=item_id,
            collection_id=collection_id,
            start_sec=start_sec,
            end_sec=end_sec,
            title=title,
            thumbnail_url=thumbnail_url,
            hls_url=hls_url,
        )

        response_annotation.additional_properties = d
        return response_annotation

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

    @property
    def type(self) -> ResponseAnnotationTypeType0 | str:
        return self.type_
