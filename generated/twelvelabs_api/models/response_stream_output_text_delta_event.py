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

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseStreamOutputTextDeltaEvent")


@_attrs_define
class ResponseStreamOutputTextDeltaEvent:
    type_: Literal["response.output_text.delta"] = _attrs_field(alias="type")
    sequence_number: int
    delta: str
    """ A fragment of the text; fragments split at arbitrary points. """
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    content_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        delta = self.delta

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "delta": delta,
            }
        )
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["response.output_text.delta"], d.pop("type"))
        if type_ != "response.output_text.delta":
            raise ValueError(f"type must match const 'response.output_text.delta', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        delta = d.pop("delta")

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        response_stream_output_text_delta_event = cls(
            type=type_,
            sequence_number=sequence_number,
            delta=delta,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
        )

        response_stream_output_text_delta_event.additional_properties = d
        return response_stream_output_text_delta_event

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
    def type(self) -> Literal["response.output_text.delta"]:
        return self.type_
