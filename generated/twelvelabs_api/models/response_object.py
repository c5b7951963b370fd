from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_object_object_type_0 import (
    ResponseObjectObjectType0,
    check_response_object_object_type_0,
)
from ..models.response_object_type_type_0 import (
    ResponseObjectTypeType0,
    check_response_object_type_type_0,
)
from ..models.response_status import ResponseStatus, check_response_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_incomplete_details import ResponseIncompleteDetails
    from ..models.response_output_item import ResponseOutputItem
    from ..models.response_usage import ResponseUsage


T = TypeVar("T", bound="ResponseObject")


@_attrs_define
class ResponseObject:
    """A response of Jockey."""

    id: str
    type_: ResponseObjectTypeType0 | str = _attrs_field(alias="type")
    object_: ResponseObjectObjectType0 | str = _attrs_field(alias="object")
    status: ResponseStatus | str
    incomplete_details: None | ResponseIncompleteDetails
    session_id: str
    """ Pass it back as `session_id` to continue the conversation. """
    knowledge_store_id: str
    output: list[ResponseOutputItem]
    created_at: datetime.datetime
    usage: ResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_incomplete_details import ResponseIncompleteDetails  # noqa: PLC0415

        id = self.id

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        object_: str
        if isinstance(self.object_, str):
            object_ = self.object_
        else:
            object_ = self.object_

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        incomplete_details: dict[str, Any] | None
        if isinstance(self.incomplete_details, ResponseIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        session_id = self.session_id

        knowledge_store_id = self.knowledge_store_id

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        created_at = self.created_at.isoformat()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "object": object_,
                "status": status,
                "incomplete_details": incomplete_details,
                "session_id": session_id,
                "knowledge_store_id": knowledge_store_id,
                "output": output,
                "created_at": created_at,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_incomplete_details import ResponseIncompleteDetails  # noqa: PLC0415
        from ..models.response_output_item import ResponseOutputItem  # noqa: PLC0415
        from ..models.response_usage import ResponseUsage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_type_(data: object) -> ResponseObjectTypeType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_response_object_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseObjectTypeType0 | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_object_(data: object) -> ResponseObjectObjectType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_0 = check_response_object_object_type_0(data)

                return object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseObjectObjectType0 | str, data)

        object_ = _parse_object_(d.pop("object"))

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

        def _parse_incomplete_details(data: object) -> None | ResponseIncompleteDetails:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = ResponseIncompleteDetails.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseIncompleteDetails, data)

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details"))

        session_id = d.pop("session_id")

        knowledge_store_id = d.pop("knowledge_store_id")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = ResponseOutputItem.from_dict(output_item_data)

            output.append(output_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at").replace("Z", "+00:00"))

        _usage = d.pop("usage", UNSET)
        usage: ResponseUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ResponseUsage.from_dict(_usage)

        response_object = cls(
            id=id,
            type=type_,
            object=object_,
            status=status,
            incomplete_details=incomplete_details,
            session_id=session_id,
            knowledge_store_id=knowledge_store_id,
            output=output,
            created_at=created_at,
            usage=usage,
        )

        response_object.additional_properties = d
        return response_object

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
    def type(self) -> ResponseObjectTypeType0 | str:
        return self.type_

    @property
    def object(self) -> ResponseObjectObjectType0 | str:
        return self.object_
