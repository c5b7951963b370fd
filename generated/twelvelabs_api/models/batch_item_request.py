from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_response_format import AsyncResponseFormat
    from ..models.batch_prompt import BatchPrompt
    from ..models.batch_video_context import BatchVideoContext


T = TypeVar("T", bound="BatchItemRequest")


@_attrs_define
class BatchItemRequest:
    """One analysis request of a batch; every field but `video` overrides `defaults`."""

    video: BatchVideoContext
    """ The asset to analyze; it must be `ready`. """
    custom_id: str | Unset = UNSET
    """ Your own id for the item, unique within the batch; it comes back in the results. """
    prompt: BatchPrompt | Unset = UNSET
    """ A prompt whose `<@name>` placeholders refer to `media_sources`; not for `time_based_metadata`. """
    response_format: AsyncResponseFormat | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    min_segment_duration: float | Unset = UNSET
    max_segment_duration: float | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        custom_id = self.custom_id

        prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = self.prompt.to_dict()

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        temperature = self.temperature

        max_tokens = self.max_tokens

        min_segment_duration = self.min_segment_duration

        max_segment_duration = self.max_segment_duration

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video": video,
            }
        )
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if min_segment_duration is not UNSET:
            field_dict["min_segment_duration"] = min_segment_duration
        if max_segment_duration is not UNSET:
            field_dict["max_segment_duration"] = max_segment_duration
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_response_format import AsyncResponseFormat  # noqa: PLC0415
        from ..models.batch_prompt import BatchPrompt  # noqa: PLC0415
        from ..models.batch_video_context import BatchVideoContext  # noqa: PLC0415

        d = dict(src_dict)
        video = BatchVideoContext.from_dict(d.pop("video"))

        custom_id = d.pop("custom_id", UNSET)

        _prompt = d.pop("prompt", UNSET)
        prompt: BatchPrompt | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = BatchPrompt.from_dict(_prompt)

        _response_format = d.pop("response_format", UNSET)
        response_format: AsyncResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = AsyncResponseFormat.from_dict(_response_format)

        temperature = d.pop("temperature", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        min_segment_duration = d.pop("min_segment_duration", UNSET)

        max_segment_duration = d.pop("max_segment_duration", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        batch_item_request = cls(
            video=video,
            custom_id=custom_id,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            max_tokens=max_tokens,
            min_segment_duration=min_segment_duration,
            max_segment_duration=max_segment_duration,
            start_time=start_time,
            end_time=end_time,
        )

        return batch_item_request
