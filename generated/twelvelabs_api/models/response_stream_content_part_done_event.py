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
    from ..models.response_output_content_part import ResponseOutputContentPart


T = TypeVar("T", bound="ResponseStreamContentPartDoneEvent")


@_attrs_define
class ResponseStreamContentPartDoneEvent:
    type_: Literal["response.content_part.done"] = _attrs_field(alias="type")
    sequence_number: int
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    content_index: int | Unset = UNSET
    part: ResponseOutputContentPart | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        part: dict[str, Any] | Unset = UNSET
        if not isinstance(self.part, Unset):
            part = self.part.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
            }
        )
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if part is not UNSET:
            field_dict["part"] = part

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_output_content_part import ResponseOutputContentPart  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["response.content_part.done"], d.pop("type"))
        if type_ != "response.content_part.done":
            raise ValueError(f"type must match const 'response.content_part.done', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        _part = d.pop("part", UNSET)
        part: ResponseOutputContentPart | Unset
        if isinstance(_part, Unset):
            part = UNSET
        else:
            part = ResponseOutputContentPart.from_dict(_part)

        response_stream_content_part_done_event = cls(
            type=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            part=part,
        )

        response_stream_content_part_done_event.additional_properties = d
        return response_stream_content_part_done_event

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
    def type(self) -> Literal["response.content_part.done"]:
        return self.type_
