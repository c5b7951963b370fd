from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.analysis_mode import AnalysisMode, check_analysis_mode
from ..models.async_model_name import AsyncModelName, check_async_model_name
from ..models.unlimited_tokens import UnlimitedTokens, check_unlimited_tokens
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyze_image_input import AnalyzeImageInput
    from ..models.analyze_prompt_v2 import AnalyzePromptV2
    from ..models.async_response_format import AsyncResponseFormat
    from ..models.video_context_asset_id import VideoContextAssetId
    from ..models.video_context_base_64_string import VideoContextBase64String
    from ..models.video_context_url import VideoContextUrl


T = TypeVar("T", bound="CreateAnalyzeTaskRequest")


@_attrs_define
class CreateAnalyzeTaskRequest:
    model_name: AsyncModelName | Unset = UNSET
    custom_id: str | Unset = UNSET
    """ Your own id for the task (not required to be unique). """
    video: Unset | VideoContextAssetId | VideoContextBase64String | VideoContextUrl = UNSET
    """ Where the video comes from; exactly one source. """
    image: list[AnalyzeImageInput] | Unset = UNSET
    prompt: str | Unset = UNSET
    """ At most 2,000 tokens. """
    prompt_v2: AnalyzePromptV2 | Unset = UNSET
    """ A structured prompt whose `<@name>` placeholders refer to `media_sources` (pegasus1.5 and later). """
    analysis_mode: AnalysisMode | Unset = UNSET
    """ `general`: prompt-based text; `time_based_metadata`: segments described by `segment_definitions`. """
    temperature: float | Unset = 0.2
    max_tokens: int | UnlimitedTokens | Unset = UNSET
    """ `general`: 512 to 98,304 (default 4,096); `time_based_metadata`: 2,048 to 98,304 (default 32,768), or
    `unlimited` with pegasus1.6. """
    response_format: AsyncResponseFormat | Unset = UNSET
    min_segment_duration: float | Unset = UNSET
    max_segment_duration: float | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_context_asset_id import VideoContextAssetId  # noqa: PLC0415
        from ..models.video_context_url import VideoContextUrl  # noqa: PLC0415

        model_name: str | Unset = UNSET
        if not isinstance(self.model_name, Unset):
            model_name = self.model_name

        custom_id = self.custom_id

        video: dict[str, Any] | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, VideoContextUrl):
            video = self.video.to_dict()
        elif isinstance(self.video, VideoContextAssetId):
            video = self.video.to_dict()
        else:
            video = self.video.to_dict()

        image: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = []
            for image_item_data in self.image:
                image_item = image_item_data.to_dict()
                image.append(image_item)

        prompt = self.prompt

        prompt_v2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_v2, Unset):
            prompt_v2 = self.prompt_v2.to_dict()

        analysis_mode: str | Unset = UNSET
        if not isinstance(self.analysis_mode, Unset):
            analysis_mode = self.analysis_mode

        temperature = self.temperature

        max_tokens: int | str | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        elif isinstance(self.max_tokens, str):
            max_tokens = self.max_tokens
        else:
            max_tokens = self.max_tokens

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        min_segment_duration = self.min_segment_duration

        max_segment_duration = self.max_segment_duration

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if video is not UNSET:
            field_dict["video"] = video
        if image is not UNSET:
            field_dict["image"] = image
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_v2 is not UNSET:
            field_dict["prompt_v2"] = prompt_v2
        if analysis_mode is not UNSET:
            field_dict["analysis_mode"] = analysis_mode
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
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
        from ..models.video_context_asset_id import VideoContextAssetId  # noqa: PLC0415
        from ..models.video_context_base_64_string import VideoContextBase64String  # noqa: PLC0415
        from ..models.video_context_url import VideoContextUrl  # noqa: PLC0415

        d = dict(src_dict)
        _model_name = d.pop("model_name", UNSET)
        model_name: AsyncModelName | Unset
        if isinstance(_model_name, Unset):
            model_name = UNSET
        else:
            model_name = check_async_model_name(_model_name)

        custom_id = d.pop("custom_id", UNSET)

        def _parse_video(data: object) -> Unset | VideoContextAssetId | VideoContextBase64String | VideoContextUrl:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_video_context_type_0 = VideoContextUrl.from_dict(data)

                return componentsschemas_video_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_video_context_type_1 = VideoContextAssetId.from_dict(data)

                return componentsschemas_video_context_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_video_context_type_2 = VideoContextBase64String.from_dict(data)

            return componentsschemas_video_context_type_2

        video = _parse_video(d.pop("video", UNSET))

        _image = d.pop("image", UNSET)
        image: list[AnalyzeImageInput] | Unset = UNSET
        if _image is not UNSET:
            image = []
            for image_item_data in _image:
                image_item = AnalyzeImageInput.from_dict(image_item_data)

                image.append(image_item)

        prompt = d.pop("prompt", UNSET)

        _prompt_v2 = d.pop("prompt_v2", UNSET)
        prompt_v2: AnalyzePromptV2 | Unset
        if isinstance(_prompt_v2, Unset):
            prompt_v2 = UNSET
        else:
            prompt_v2 = AnalyzePromptV2.from_dict(_prompt_v2)

        _analysis_mode = d.pop("analysis_mode", UNSET)
        analysis_mode: AnalysisMode | Unset
        if isinstance(_analysis_mode, Unset):
            analysis_mode = UNSET
        else:
            analysis_mode = check_analysis_mode(_analysis_mode)

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

        _response_format = d.pop("response_format", UNSET)
        response_format: AsyncResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = AsyncResponseFormat.from_dict(_response_format)

        min_segment_duration = d.pop("min_segment_duration", UNSET)

        max_segment_duration = d.pop("max_segment_duration", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        create_analyze_task_request = cls(
            model_name=model_name,
            custom_id=custom_id,
            video=video,
            image=image,
            prompt=prompt,
            prompt_v2=prompt_v2,
            analysis_mode=analysis_mode,
            temperature=temperature,
            max_tokens=max_tokens,
            response_format=response_format,
            min_segment_duration=min_segment_duration,
            max_segment_duration=max_segment_duration,
            start_time=start_time,
            end_time=end_time,
        )

        return create_analyze_task_request

    @property
    def prompt_v_2(self) -> AnalyzePromptV2 | Unset:
        return self.prompt_v2


_attrs_init = CreateAnalyzeTaskRequest.__init__


def _init(self: CreateAnalyzeTaskRequest, *args: Any, **kwargs: Any) -> None:
    for official, ours in (('prompt_v_2', 'prompt_v2'),):
        if official in kwargs:
            kwargs[ours] = kwargs.pop(official)
    _attrs_init(self, *args, **kwargs)


CreateAnalyzeTaskRequest.__init__ = _init  # type: ignore[method-assign]
