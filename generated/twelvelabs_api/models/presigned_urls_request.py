from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PresignedUrlsRequest")


@_attrs_define
class PresignedUrlsRequest:
    start: int
    """ The first chunk's number (chunks are numbered from 1). """
    count: int

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        count = self.count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        count = d.pop("count")

        presigned_urls_request = cls(
            start=start,
            count=count,
        )

        return presigned_urls_request
