from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyze_task_webhook_video_source_type import (
    AnalyzeTaskWebhookVideoSourceType,
    check_analyze_task_webhook_video_source_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyze_task_webhook_video_source_system_metadata import (
        AnalyzeTaskWebhookVideoSourceSystemMetadata,
    )


T = TypeVar("T", bound="AnalyzeTaskWebhookVideoSource")


@_attrs_define
class AnalyzeTaskWebhookVideoSource:
    type_: AnalyzeTaskWebhookVideoSourceType | str = _attrs_field(alias="type")
    url: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    video_id: str | Unset = UNSET
    system_metadata: AnalyzeTaskWebhookVideoSourceSystemMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        url = self.url

        asset_id = self.asset_id

        video_id = self.video_id

        system_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_metadata, Unset):
            system_metadata = self.system_metadata.to_dict()

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
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = system_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analyze_task_webhook_video_source_system_metadata import (
            AnalyzeTaskWebhookVideoSourceSystemMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_type_(data: object) -> AnalyzeTaskWebhookVideoSourceType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_analyze_task_webhook_video_source_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzeTaskWebhookVideoSourceType | str, data)

        type_ = _parse_type_(d.pop("type"))

        url = d.pop("url", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        video_id = d.pop("video_id", UNSET)

        _system_metadata = d.pop("system_metadata", UNSET)
        system_metadata: AnalyzeTaskWebhookVideoSourceSystemMetadata | Unset
        if isinstance(_system_metadata, Unset):
            system_metadata = UNSET
        else:
            system_metadata = AnalyzeTaskWebhookVideoSourceSystemMetadata.from_dict(_system_metadata)

        analyze_task_webhook_video_source = cls(
            type=type_,
            url=url,
            asset_id=asset_id,
            video_id=video_id,
            system_metadata=system_metadata,
        )

        analyze_task_webhook_video_source.additional_properties = d
        return analyze_task_webhook_video_source

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
    def type(self) -> AnalyzeTaskWebhookVideoSourceType | str:
        return self.type_
