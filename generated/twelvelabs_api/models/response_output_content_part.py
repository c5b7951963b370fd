from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_output_content_part_type_type_0 import (
    ResponseOutputContentPartTypeType0,
    check_response_output_content_part_type_type_0,
)

if TYPE_CHECKING:
    from ..models.response_annotation import ResponseAnnotation


T = TypeVar("T", bound="ResponseOutputContentPart")


@_attrs_define
class ResponseOutputContentPart:
    type_: ResponseOutputContentPartTypeType0 | str = _attrs_field(alias="type")
    text: str
    """ The text; `[N]` markers are resolved by `annotations`. """
    annotations: list[ResponseAnnotation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        text = self.text

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
                "annotations": annotations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_annotation import ResponseAnnotation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> ResponseOutputContentPartTypeType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_response_output_content_part_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseOutputContentPartTypeType0 | str, data)

        type_ = _parse_type_(d.pop("type"))

        text = d.pop("text")

        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            annotations_item = ResponseAnnotation.from_dict(annotations_item_data)

            annotations.append(annotations_item)

        response_output_content_part = cls(
            type=type_,
            text=text,
            annotations=annotations,
        )

        response_output_content_part.additional_properties = d
        return response_output_content_part

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
    def type(self) -> ResponseOutputContentPartTypeType0 | str:
        return self.type_
