from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_create_request_include_item import (
    ResponseCreateRequestIncludeItem,
    check_response_create_request_include_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_input_item import ResponseInputItem
    from ..models.response_selection import ResponseSelection
    from ..models.text_param import TextParam


T = TypeVar("T", bound="ResponseCreateRequest")


@_attrs_define
class ResponseCreateRequest:
    """Request body for the Responses endpoint."""

    knowledge_store_id: str
    """ The knowledge store to reason over. """
    input_: list[ResponseInputItem] = _attrs_field(alias="input")
    """ The messages, as Open Responses input items. """
    session_id: str | Unset = UNSET
    """ A previous answer's `session_id`, to continue that conversation; omit to start one. """
    instructions: str | Unset = UNSET
    """ Guidance for Jockey for this request (a system prompt). """
    include: list[ResponseCreateRequestIncludeItem] | Unset = UNSET
    """ More items for `output`: `intermediate_outputs` adds the steps taken to the answer. """
    stream: bool | Unset = False
    """ `true`: the answer streams as Server-Sent Events. """
    selections: list[ResponseSelection] | Unset = UNSET
    """ Items or item collections to narrow the request to, referenced as `{{sel:N}}` in a message. """
    text: TextParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        knowledge_store_id = self.knowledge_store_id

        input_ = []
        for input_item_data in self.input_:
            input_item = input_item_data.to_dict()
            input_.append(input_item)

        session_id = self.session_id

        instructions = self.instructions

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item: str = include_item_data
                include.append(include_item)

        stream = self.stream

        selections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selections, Unset):
            selections = []
            for selections_item_data in self.selections:
                selections_item = selections_item_data.to_dict()
                selections.append(selections_item)

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "knowledge_store_id": knowledge_store_id,
                "input": input_,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if include is not UNSET:
            field_dict["include"] = include
        if stream is not UNSET:
            field_dict["stream"] = stream
        if selections is not UNSET:
            field_dict["selections"] = selections
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_input_item import ResponseInputItem  # noqa: PLC0415
        from ..models.response_selection import ResponseSelection  # noqa: PLC0415
        from ..models.text_param import TextParam  # noqa: PLC0415

        d = dict(src_dict)
        knowledge_store_id = d.pop("knowledge_store_id")

        input_ = []
        _input_ = d.pop("input")
        for input_item_data in _input_:
            input_item = ResponseInputItem.from_dict(input_item_data)

            input_.append(input_item)

        session_id = d.pop("session_id", UNSET)

        instructions = d.pop("instructions", UNSET)

        _include = d.pop("include", UNSET)
        include: list[ResponseCreateRequestIncludeItem] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = check_response_create_request_include_item(include_item_data)

                include.append(include_item)

        stream = d.pop("stream", UNSET)

        _selections = d.pop("selections", UNSET)
        selections: list[ResponseSelection] | Unset = UNSET
        if _selections is not UNSET:
            selections = []
            for selections_item_data in _selections:
                selections_item = ResponseSelection.from_dict(selections_item_data)

                selections.append(selections_item)

        _text = d.pop("text", UNSET)
        text: TextParam | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = TextParam.from_dict(_text)

        response_create_request = cls(
            knowledge_store_id=knowledge_store_id,
            input=input_,
            session_id=session_id,
            instructions=instructions,
            include=include,
            stream=stream,
            selections=selections,
            text=text,
        )

        return response_create_request

    @property
    def input(self) -> list[ResponseInputItem]:
        return self.input_
