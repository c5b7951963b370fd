from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_mode import AnalysisMode, check_analysis_mode
from ..models.unlimited_tokens import UnlimitedTokens, check_unlimited_tokens
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyze_image_input import AnalyzeImageInput
    from ..models.analyze_prompt_v2 import AnalyzePromptV2
    from ..models.async_response_format import AsyncResponseFormat


T = TypeVar("T", bound="AnalyzeTaskRequestParams")


@_attrs_define
class AnalyzeTaskRequestParams:
    """The analysis settings the task was created with."""

    analysis_mode: AnalysisMode | str | Unset = UNSET
    prompt: str | Unset = UNSET
    prompt_v2: AnalyzePromptV2 | Unset = UNSET
    """ A structured prompt whose `<@name>` placeholders refer to `media_sources` (pegasus1.5 and later). """
    image: list[AnalyzeImageInput] | Unset = UNSET
    response_format: AsyncResponseFormat | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: int | UnlimitedTokens | Unset = UNSET
    min_segment_duration: float | Unset = UNSET
    max_segment_duration: float | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis_mode: str | Unset
        if isinstance(self.analysis_mode, Unset):
            analysis_mode = UNSET
        elif isinstance(self.analysis_mode, str):
            analysis_mode = self.analysis_mode
        else:
            analysis_mode = self.analysis_mode

        prompt = self.prompt

        prompt_v2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_v2, Unset):
            prompt_v2 = self.prompt_v2.to_dict()

        image: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = []
            for image_item_data in self.image:
                image_item = image_item_data.to_dict()
                image.append(image_item)

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        temperature = self.temperature

        max_tokens: int | str | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        elif isinstance(self.max_tokens, str):
            max_tokens = self.max_tokens
        else:
            max_tokens = self.max_tokens

        min_segment_duration = self.min_segment_duration

        max_segment_duration = self.max_segment_duration

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analysis_mode is not UNSET:
            field_dict["analysis_mode"] = analysis_mode
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_v2 is not UNSET:
            field_dict["prompt_v2"] = prompt_v2
        if image is not UNSET:
            field_dict["image"] = image
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
        from ..models.analyze_image_input import AnalyzeImageInput  # noqa: PLC0415
        from ..models.analyze_prompt_v2 import AnalyzePromptV2  # noqa: PLC0415
        from ..models.async_response_format import AsyncResponseFormat  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_analysis_mode(data: object) -> AnalysisMode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                analysis_mode_type_0 = check_analysis_mode(data)

                return analysis_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisMode | str | Unset, data)

        analysis_mode = _parse_analysis_mode(d.pop("analysis_mode", UNSET))

        prompt = d.pop("prompt", UNSET)

        _prompt_v2 = d.pop("prompt_v2", UNSET)
        prompt_v2: AnalyzePromptV2 | Unset
        if isinstance(_prompt_v2, Unset):
            prompt_v2 = UNSET
        else:
            prompt_v2 = AnalyzePromptV2.from_dict(_prompt_v2)

        _image = d.pop("image", UNSET)
        image: list[AnalyzeImageInput] | Unset = UNSET
        if _image is not UNSET:
            image = []
            for image_item_data in _image:
                image_item = AnalyzeImageInput.from_dict(image_item_data)

                image.append(image_item)

        _response_format = d.pop("response_format", UNSET)
        response_format: AsyncResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = AsyncResponseFormat.from_dict(_response_format)

        temperature = d.pop("temperature", UNSET)

        def _parse_max_tokens(data: object) -> int | UnlimitedTokens | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                max_tokens_type_0 = check_unlimited_tokens(data)

                return max_tokens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | UnlimitedTokens | Unset, data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        min_segment_duration = d.pop("min_segment_duration", UNSET)

        max_segment_duration = d.pop("max_segment_duration", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        analyze_task_request_params = cls(
            analysis_mode=analysis_mode,
            prompt=prompt,
            prompt_v2=prompt_v2,
            image=image,
            response_format=response_format,
            temperature=temperature,
            max_tokens=max_tokens,
            min_segment_duration=min_segment_duration,
            max_segment_duration=max_segment_duration,
            start_time=start_time,
            end_time=end_time,
        )

        analyze_task_request_params.additional_properties = d
        return analyze_task_request_params

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
    def prompt_v_2(self) -> AnalyzePromptV2 | Unset:
        return self.prompt_v2


_attrs_init = AnalyzeTaskRequestParams.__init__


def _init(self: AnalyzeTaskRequestParams, *args: Any, **kwargs: Any) -> None:
    for official, ours in (('prompt_v_2', 'prompt_v2'),):
        if official in kwargs:
            kwargs[ours] = kwargs.pop(official)
    _attrs_init(self, *args, **kwargs)


AnalyzeTaskRequestParams.__init__ = _init  # type: ignore[method-assign]
