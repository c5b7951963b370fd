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

if TYPE_CHECKING:
    from ..models.sync_response_format_json_schema import SyncResponseFormatJsonSchema


T = TypeVar("T", bound="SyncResponseFormat")


@_attrs_define
class SyncResponseFormat:
    """Ask for JSON that follows `json_schema` (a JSON Schema 2020-12 subset)."""

    json_schema: SyncResponseFormatJsonSchema
    """ The JSON schema the generated text must follow. """
    type_: Literal["json_schema"] = _attrs_field(default="json_schema", alias="type")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "json_schema": json_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_response_format_json_schema import (
            SyncResponseFormatJsonSchema,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["json_schema"], d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        json_schema = SyncResponseFormatJsonSchema.from_dict(d.pop("json_schema"))

        sync_response_format = cls(
            type=type_,
            json_schema=json_schema,
        )

        return sync_response_format

    @property
    def type(self) -> Literal["json_schema"]:
        return self.type_
