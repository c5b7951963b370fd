from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTaskVideoSource")


@_attrs_define
class AnalyzeTaskVideoSource:
    type_: str = _attrs_field(alias="type")
    """ `url`, `asset_id`, `base64_string` or `video_id`. """
    url: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    video_id: str | Unset = UNSET
    index_id: str | Unset = UNSET
    duration: float | Unset = UNSET
    """ The video's duration in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        asset_id = self.asset_id

        video_id = self.video_id

        index_id = self.index_id

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if index_id is not UNSET:
            field_dict["index_id"] = index_id
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        url = d.pop("url", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        video_id = d.pop("video_id", UNSET)

        index_id = d.pop("index_id", UNSET)

        duration = d.pop("duration", UNSET)

        analyze_task_video_source = cls(
            type=type_,
            url=url,
            asset_id=asset_id,
            video_id=video_id,
            index_id=index_id,
            duration=duration,
        )

        analyze_task_video_source.additional_properties = d
        return analyze_task_video_source

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
    def type(self) -> str:
        return self.type_
