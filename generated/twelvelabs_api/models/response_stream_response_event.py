from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_stream_response_event_type import (
    ResponseStreamResponseEventType,
    check_response_stream_response_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_object import ResponseObject


T = TypeVar("T", bound="ResponseStreamResponseEvent")


@_attrs_define
class ResponseStreamResponseEvent:
    """The response as it starts, progresses, completes or fails."""

    type_: ResponseStreamResponseEventType = _attrs_field(alias="type")
    sequence_number: int
    response: ResponseObject | Unset = UNSET
    """ A response of Jockey. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        sequence_number = self.sequence_number

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
            }
        )
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_object import ResponseObject  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_response_stream_response_event_type(d.pop("type"))

        sequence_number = d.pop("sequence_number")

        _response = d.pop("response", UNSET)
        response: ResponseObject | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = ResponseObject.from_dict(_response)

        response_stream_response_event = cls(
            type=type_,
            sequence_number=sequence_number,
            response=response,
        )

        response_stream_response_event.additional_properties = d
        return response_stream_response_event

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
    def type(self) -> ResponseStreamResponseEventType:
        return self.type_
