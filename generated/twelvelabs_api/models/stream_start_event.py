from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_start_metadata import StreamStartMetadata


T = TypeVar("T", bound="StreamStartEvent")


@_attrs_define
class StreamStartEvent:
    event_type: Literal["stream_start"]
    metadata: StreamStartMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_start_metadata import StreamStartMetadata  # noqa: PLC0415

        d = dict(src_dict)
        event_type = cast(Literal["stream_start"], d.pop("event_type"))
        if event_type != "stream_start":
            raise ValueError(f"event_type must match const 'stream_start', got '{event_type}'")

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamStartMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamStartMetadata.from_dict(_metadata)

        stream_start_event = cls(
            event_type=event_type,
            metadata=metadata,
        )

        stream_start_event.additional_properties = d
        return stream_start_event

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
