from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_output_item_phase_type_0 import (
    ResponseOutputItemPhaseType0,
    check_response_output_item_phase_type_0,
)
from ..models.response_output_item_role_type_0 import (
    ResponseOutputItemRoleType0,
    check_response_output_item_role_type_0,
)
from ..models.response_output_item_type_type_0 import (
    ResponseOutputItemTypeType0,
    check_response_output_item_type_type_0,
)
from ..models.response_status import ResponseStatus, check_response_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_output_content_part import ResponseOutputContentPart


T = TypeVar("T", bound="ResponseOutputItem")


@_attrs_define
class ResponseOutputItem:
    """An output item: a `message`, or (with `include: [intermediate_outputs]`) a function call or its output."""

    type_: ResponseOutputItemTypeType0 | str = _attrs_field(alias="type")
    id: str
    status: ResponseStatus | str
    role: ResponseOutputItemRoleType0 | str | Unset = UNSET
    phase: ResponseOutputItemPhaseType0 | str | Unset = UNSET
    """ `final_answer`, or `commentary` for an intermediate message. """
    content: list[ResponseOutputContentPart] | Unset = UNSET
    name: str | Unset = UNSET
    call_id: str | Unset = UNSET
    arguments: str | Unset = UNSET
    """ The function call's arguments as JSON text. """
    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        id = self.id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        phase: str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        name = self.name

        call_id = self.call_id

        arguments = self.arguments

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if phase is not UNSET:
            field_dict["phase"] = phase
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_output_content_part import ResponseOutputContentPart  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> ResponseOutputItemTypeType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_response_output_item_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseOutputItemTypeType0 | str, data)

        type_ = _parse_type_(d.pop("type"))

        id = d.pop("id")

        def _parse_status(data: object) -> ResponseStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_response_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseStatus | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_role(data: object) -> ResponseOutputItemRoleType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_response_output_item_role_type_0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseOutputItemRoleType0 | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_phase(data: object) -> ResponseOutputItemPhaseType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_response_output_item_phase_type_0(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseOutputItemPhaseType0 | str | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        _content = d.pop("content", UNSET)
        content: list[ResponseOutputContentPart] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = ResponseOutputContentPart.from_dict(content_item_data)

                content.append(content_item)

        name = d.pop("name", UNSET)

        call_id = d.pop("call_id", UNSET)

        arguments = d.pop("arguments", UNSET)

        output = d.pop("output", UNSET)

        response_output_item = cls(
            type=type_,
            id=id,
            status=status,
            role=role,
            phase=phase,
            content=content,
            name=name,
            call_id=call_id,
            arguments=arguments,
            output=output,
        )

        response_output_item.additional_properties = d
        return response_output_item

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
    def type(self) -> ResponseOutputItemTypeType0 | str:
        return self.type_
