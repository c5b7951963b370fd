from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason, check_finish_reason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_usage import TokenUsage


T = TypeVar("T", bound="AnalyzeTaskResult")


@_attrs_define
class AnalyzeTaskResult:
    data: str
    """ The generated text (JSON for structured and time-based analysis). """
    generation_id: str | Unset = UNSET
    finish_reason: FinishReason | None | str | Unset = UNSET
    usage: TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        generation_id = self.generation_id

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, str):
            finish_reason = self.finish_reason
        else:
            finish_reason = self.finish_reason

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_usage import TokenUsage  # noqa: PLC0415

        d = dict(src_dict)
        data = d.pop("data")

        generation_id = d.pop("generation_id", UNSET)

        def _parse_finish_reason(data: object) -> FinishReason | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_type_0 = check_finish_reason(data)

                return finish_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinishReason | None | str | Unset, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: TokenUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = TokenUsage.from_dict(_usage)

        analyze_task_result = cls(
            data=data,
            generation_id=generation_id,
            finish_reason=finish_reason,
            usage=usage,
        )

        analyze_task_result.additional_properties = d
        return analyze_task_result

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
