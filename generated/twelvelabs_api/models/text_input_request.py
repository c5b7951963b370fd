from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TextInputRequest")


@_attrs_define
class TextInputRequest:
    input_text: str
    """ The text to embed. """

    def to_dict(self) -> dict[str, Any]:
        input_text = self.input_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_text": input_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_text = d.pop("input_text")

        text_input_request = cls(
            input_text=input_text,
        )

        return text_input_request
