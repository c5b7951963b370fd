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
    from ..models.text_param_format_json_schema_schema import (
        TextParamFormatJsonSchemaSchema,
    )


T = TypeVar("T", bound="TextParamFormatJsonSchema")


@_attrs_define
class TextParamFormatJsonSchema:
    name: str
    schema: TextParamFormatJsonSchemaSchema
    """ The JSON schema the answer's text must follow. """
    type_: Literal["json_schema"] = _attrs_field(default="json_schema", alias="type")
    description: str | Unset = UNSET
    strict: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        schema = self.schema.to_dict()

        description = self.description

        strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
                "schema": schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_param_format_json_schema_schema import (
            TextParamFormatJsonSchemaSchema,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["json_schema"], d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        name = d.pop("name")

        schema = TextParamFormatJsonSchemaSchema.from_dict(d.pop("schema"))

        description = d.pop("description", UNSET)

        strict = d.pop("strict", UNSET)

        text_param_format_json_schema = cls(
            type=type_,
            name=name,
            schema=schema,
            description=description,
            strict=strict,
        )

        return text_param_format_json_schema

    @property
    def schema_(self) -> TextParamFormatJsonSchemaSchema:
        return self.schema

    @property
    def type(self) -> Literal["json_schema"]:
        return self.type_
