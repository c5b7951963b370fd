from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.analyze_model_name import AnalyzeModelName, check_analyze_model_name
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyze_image_input import AnalyzeImageInput
    from ..models.analyze_prompt_v2 import AnalyzePromptV2
    from ..models.sync_response_format import SyncResponseFormat
    from ..models.video_context_asset_id import VideoContextAssetId
    from ..models.video_context_base_64_string import VideoContextBase64String
    from ..models.video_context_url import VideoContextUrl


T = TypeVar("T", bound="AnalyzeRequest")


@_attrs_define
class AnalyzeRequest:
    model_name: AnalyzeModelName | Unset = UNSET
    """ The Pegasus model of synchronous analysis. """
    video_id: str | Unset = UNSET
    """ Deprecated. A video indexed with pegasus1.2; use `video` instead. """
    video: Unset | VideoContextAssetId | VideoContextBase64String | VideoContextUrl = UNSET
    """ Where the video comes from; exactly one source. """
    image: list[AnalyzeImageInput] | Unset = UNSET
    """ Images to analyze instead of a video (pegasus1.6 only; needs `prompt`). """
    prompt: str | Unset = UNSET
    """ What to generate; at most 2,000 tokens. Excludes `prompt_v2`. """
    prompt_v2: AnalyzePromptV2 | Unset = UNSET
    """ A structured prompt whose `<@name>` placeholders refer to `media_sources` (pegasus1.5 and later). """
    temperature: float | Unset = 0.2
    """ Randomness of the output. """
    response_format: SyncResponseFormat | Unset = UNSET
    """ Ask for JSON that follows `json_schema` (a JSON Schema 2020-12 subset). """
    max_tokens: int | Unset = UNSET
    """ Most tokens to generate. pegasus1.2: 1 to 4,096; pegasus1.5 and pegasus1.6: 512 to 65,536. Default 4,096.
    """
    start_time: float | Unset = UNSET
    """ Start of the analyzed clip in seconds (pegasus1.5 and later). The clip lasts at least 4 s. """
    end_time: float | Unset = UNSET
    """ End of the analyzed clip in seconds, at most the video's duration (pegasus1.5 and later). """
    stream: bool | Unset = True
    """ Stream NDJSON events (true) or answer one JSON object (false). """

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_context_asset_id import VideoContextAssetId  # noqa: PLC0415
        from ..models.video_context_url import VideoContextUrl  # noqa: PLC0415

        model_name: str | Unset = UNSET
        if not isinstance(self.model_name, Unset):
            model_name = self.model_name

        video_id = self.video_id

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

        temperature = self.temperature

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        max_tokens = self.max_tokens

        start_time = self.start_time

        end_time = self.end_time

        stream = self.stream

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if video is not UNSET:
            field_dict["video"] = video
        if image is not UNSET:
            field_dict["image"] = image
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_v2 is not UNSET:
            field_dict["prompt_v2"] = prompt_v2
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analyze_image_input import AnalyzeImageInput  # noqa: PLC0415
        from ..models.analyze_prompt_v2 import AnalyzePromptV2  # noqa: PLC0415
        from ..models.sync_response_format import SyncResponseFormat  # noqa: PLC0415
        from ..models.video_context_asset_id import VideoContextAssetId  # noqa: PLC0415
        from ..models.video_context_base_64_string import VideoContextBase64String  # noqa: PLC0415
        from ..models.video_context_url import VideoContextUrl  # noqa: PLC0415

        d = dict(src_dict)
        _model_name = d.pop("model_name", UNSET)
        model_name: AnalyzeModelName | Unset
        if isinstance(_model_name, Unset):
            model_name = UNSET
        else:
            model_name = check_analyze_model_name(_model_name)

        video_id = d.pop("video_id", UNSET)

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

        temperature = d.pop("temperature", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: SyncResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = SyncResponseFormat.from_dict(_response_format)

        max_tokens = d.pop("max_tokens", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        stream = d.pop("stream", UNSET)

        analyze_request = cls(
            model_name=model_name,
            video_id=video_id,
            video=video,
            image=image,
            prompt=prompt,
            prompt_v2=prompt_v2,
            temperature=temperature,
            response_format=response_format,
            max_tokens=max_tokens,
            start_time=start_time,
            end_time=end_time,
            stream=stream,
        )

        return analyze_request

    @property
    def prompt_v_2(self) -> AnalyzePromptV2 | Unset:
        return self.prompt_v2


_attrs_init = AnalyzeRequest.__init__


def _init(self: AnalyzeRequest, *args: Any, **kwargs: Any) -> None:
    for official, ours in (('prompt_v_2', 'prompt_v2'),):
        if official in kwargs:
            kwargs[ours] = kwargs.pop(official)
    _attrs_init(self, *args, **kwargs)


AnalyzeRequest.__init__ = _init  # type: ignore[method-assign]
