from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_param_format_json_schema import TextParamFormatJsonSchema
    from ..models.text_param_format_text import TextParamFormatText


T = TypeVar("T", bound="TextParam")


@_attrs_define
class TextParam:
    format_: TextParamFormatJsonSchema | TextParamFormatText | Unset = _attrs_field(default=UNSET, alias="format")
    """ The answer's text: plain (`text`) or a JSON document following a schema (`json_schema`). """

    def to_dict(self) -> dict[str, Any]:
        from ..models.text_param_format_text import TextParamFormatText  # noqa: PLC0415

        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, TextParamFormatText):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_param_format_json_schema import TextParamFormatJsonSchema  # noqa: PLC0415
        from ..models.text_param_format_text import TextParamFormatText  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_format_(data: object) -> TextParamFormatJsonSchema | TextParamFormatText | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_param_format_type_0 = TextParamFormatText.from_dict(data)

                return componentsschemas_text_param_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_text_param_format_type_1 = TextParamFormatJsonSchema.from_dict(data)

            return componentsschemas_text_param_format_type_1

        format_ = _parse_format_(d.pop("format", UNSET))

        text_param = cls(
            format=format_,
        )

        return text_param

    @property
    def format(self) -> TextParamFormatJsonSchema | TextParamFormatText | Unset:
        return self.format_
