from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason, check_finish_reason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_warning import AnalysisWarning
    from ..models.token_usage import TokenUsage


T = TypeVar("T", bound="NonStreamAnalyzeResponse")


@_attrs_define
class NonStreamAnalyzeResponse:
    id: str
    """ The generation's id. """
    data: str
    """ The generated text (a JSON document when `response_format` was given). """
    finish_reason: FinishReason | None | str | Unset = UNSET
    usage: TokenUsage | Unset = UNSET
    error: AnalysisWarning | Unset = UNSET
    """ A warning or error about a generation (for example truncation); the message is not a contract. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data = self.data

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

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "data": data,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_warning import AnalysisWarning  # noqa: PLC0415
        from ..models.token_usage import TokenUsage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        data = d.pop("data")

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

        _error = d.pop("error", UNSET)
        error: AnalysisWarning | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AnalysisWarning.from_dict(_error)

        non_stream_analyze_response = cls(
            id=id,
            data=data,
            finish_reason=finish_reason,
            usage=usage,
            error=error,
        )

        non_stream_analyze_response.additional_properties = d
        return non_stream_analyze_response

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
