from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summarize_type import SummarizeType, check_summarize_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sync_response_format import SyncResponseFormat


T = TypeVar("T", bound="SummarizeRequest")


@_attrs_define
class SummarizeRequest:
    video_id: str
    type_: SummarizeType = _attrs_field(alias="type")
    prompt: str | Unset = UNSET
    """ At most 2,000 tokens. """
    temperature: float | Unset = 0.2
    response_format: SyncResponseFormat | Unset = UNSET
    """ Ask for JSON that follows `json_schema` (a JSON Schema 2020-12 subset). """
    max_tokens: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        type_: str = self.type_

        prompt = self.prompt

        temperature = self.temperature

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_id": video_id,
                "type": type_,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_response_format import SyncResponseFormat  # noqa: PLC0415

        d = dict(src_dict)
        video_id = d.pop("video_id")

        type_ = check_summarize_type(d.pop("type"))

        prompt = d.pop("prompt", UNSET)

        temperature = d.pop("temperature", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: SyncResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = SyncResponseFormat.from_dict(_response_format)

        max_tokens = d.pop("max_tokens", UNSET)

        summarize_request = cls(
            video_id=video_id,
            type=type_,
            prompt=prompt,
            temperature=temperature,
            response_format=response_format,
            max_tokens=max_tokens,
        )

        return summarize_request

    @property
    def type(self) -> SummarizeType:
        return self.type_
