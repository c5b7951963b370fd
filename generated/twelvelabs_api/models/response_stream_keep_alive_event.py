from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseStreamKeepAliveEvent")


@_attrs_define
class ResponseStreamKeepAliveEvent:
    """A heartbeat while nothing else is sent (a long tool call); it carries no data."""

    type_: Literal["keepalive"] = _attrs_field(alias="type")
    sequence_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["keepalive"], d.pop("type"))
        if type_ != "keepalive":
            raise ValueError(f"type must match const 'keepalive', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        response_stream_keep_alive_event = cls(
            type=type_,
            sequence_number=sequence_number,
        )

        response_stream_keep_alive_event.additional_properties = d
        return response_stream_keep_alive_event

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
    def type(self) -> Literal["keepalive"]:
        return self.type_
