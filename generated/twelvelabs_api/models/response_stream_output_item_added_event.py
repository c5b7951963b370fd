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
    from ..models.response_output_item import ResponseOutputItem


T = TypeVar("T", bound="ResponseStreamOutputItemAddedEvent")


@_attrs_define
class ResponseStreamOutputItemAddedEvent:
    type_: Literal["response.output_item.added"] = _attrs_field(alias="type")
    sequence_number: int
    output_index: int | Unset = UNSET
    item: ResponseOutputItem | Unset = UNSET
    """ An output item: a `message`, or (with `include: [intermediate_outputs]`) a function call or its output. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        output_index = self.output_index

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
            }
        )
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if item is not UNSET:
            field_dict["item"] = item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_output_item import ResponseOutputItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["response.output_item.added"], d.pop("type"))
        if type_ != "response.output_item.added":
            raise ValueError(f"type must match const 'response.output_item.added', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        output_index = d.pop("output_index", UNSET)

        _item = d.pop("item", UNSET)
        item: ResponseOutputItem | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = ResponseOutputItem.from_dict(_item)

        response_stream_output_item_added_event = cls(
            type=type_,
            sequence_number=sequence_number,
            output_index=output_index,
            item=item,
        )

        response_stream_output_item_added_event.additional_properties = d
        return response_stream_output_item_added_event

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
    def type(self) -> Literal["response.output_item.added"]:
        return self.type_
