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

from ..models.finish_reason import FinishReason, check_finish_reason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_warning import AnalysisWarning
    from ..models.stream_end_metadata import StreamEndMetadata


T = TypeVar("T", bound="StreamEndEvent")


@_attrs_define
class StreamEndEvent:
    event_type: Literal["stream_end"]
    finish_reason: FinishReason | None | str | Unset = UNSET
    metadata: StreamEndMetadata | Unset = UNSET
    error: AnalysisWarning | Unset = UNSET
    """ A warning or error about a generation (for example truncation); the message is not a contract. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, str):
            finish_reason = self.finish_reason
        else:
            finish_reason = self.finish_reason

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_warning import AnalysisWarning  # noqa: PLC0415
        from ..models.stream_end_metadata import StreamEndMetadata  # noqa: PLC0415

        d = dict(src_dict)
        event_type = cast(Literal["stream_end"], d.pop("event_type"))
        if event_type != "stream_end":
            raise ValueError(f"event_type must match const 'stream_end', got '{event_type}'")

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

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamEndMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamEndMetadata.from_dict(_metadata)

        _error = d.pop("error", UNSET)
        error: AnalysisWarning | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AnalysisWarning.from_dict(_error)

        stream_end_event = cls(
            event_type=event_type,
            finish_reason=finish_reason,
            metadata=metadata,
            error=error,
        )

        stream_end_event.additional_properties = d
        return stream_end_event

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
