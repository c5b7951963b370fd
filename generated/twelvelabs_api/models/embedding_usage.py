from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_usage_truncation_reason import (
    EmbeddingUsageTruncationReason,
    check_embedding_usage_truncation_reason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding_usage_input_tokens import EmbeddingUsageInputTokens


T = TypeVar("T", bound="EmbeddingUsage")


@_attrs_define
class EmbeddingUsage:
    """Input tokens per kind of content (Marengo 3.5)."""

    input_tokens: EmbeddingUsageInputTokens
    truncated: bool
    truncation_reason: EmbeddingUsageTruncationReason | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens.to_dict()

        truncated = self.truncated

        truncation_reason: str | Unset
        if isinstance(self.truncation_reason, Unset):
            truncation_reason = UNSET
        elif isinstance(self.truncation_reason, str):
            truncation_reason = self.truncation_reason
        else:
            truncation_reason = self.truncation_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "truncated": truncated,
            }
        )
        if truncation_reason is not UNSET:
            field_dict["truncation_reason"] = truncation_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedding_usage_input_tokens import EmbeddingUsageInputTokens  # noqa: PLC0415

        d = dict(src_dict)
        input_tokens = EmbeddingUsageInputTokens.from_dict(d.pop("input_tokens"))

        truncated = d.pop("truncated")

        def _parse_truncation_reason(data: object) -> EmbeddingUsageTruncationReason | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_reason_type_0 = check_embedding_usage_truncation_reason(data)

                return truncation_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddingUsageTruncationReason | str | Unset, data)

        truncation_reason = _parse_truncation_reason(d.pop("truncation_reason", UNSET))

        embedding_usage = cls(
            input_tokens=input_tokens,
            truncated=truncated,
            truncation_reason=truncation_reason,
        )

        embedding_usage.additional_properties = d
        return embedding_usage

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
