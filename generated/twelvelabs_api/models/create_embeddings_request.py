from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_embeddings_request_input_type import (
    CreateEmbeddingsRequestInputType,
    check_create_embeddings_request_input_type,
)
from ..models.create_embeddings_request_model_name import (
    CreateEmbeddingsRequestModelName,
    check_create_embeddings_request_model_name,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_input_request import AudioInputRequest
    from ..models.image_input_request import ImageInputRequest
    from ..models.multi_input_request import MultiInputRequest
    from ..models.text_image_input_request import TextImageInputRequest
    from ..models.text_input_request import TextInputRequest
    from ..models.video_input_request import VideoInputRequest


T = TypeVar("T", bound="CreateEmbeddingsRequest")


@_attrs_define
class CreateEmbeddingsRequest:
    input_type: CreateEmbeddingsRequestInputType
    model_name: CreateEmbeddingsRequestModelName
    auto_truncate: bool | Unset = UNSET
    """ Cut a text over 2 """
    embedding_uncertainty: bool | Unset = UNSET
    """ Answer a per-dimension uncertainty vector too (Marengo 3.5). """
    embedding_dimension: int | Unset = UNSET
    """ The embeddings' length (Marengo 3.5, default 512): a shorter embedding is the first values of the full one.
    """
    text: TextInputRequest | Unset = UNSET
    image: ImageInputRequest | Unset = UNSET
    text_image: TextImageInputRequest | Unset = UNSET
    audio: AudioInputRequest | Unset = UNSET
    video: VideoInputRequest | Unset = UNSET
    multi_input: MultiInputRequest | Unset = UNSET
    """ Text and up to 10 media sources, embedded together; the text names a source as `<@name>`. """

    def to_dict(self) -> dict[str, Any]:
        input_type: str = self.input_type

        model_name: str = self.model_name

        auto_truncate = self.auto_truncate

        embedding_uncertainty = self.embedding_uncertainty

        embedding_dimension = self.embedding_dimension

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        text_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_image, Unset):
            text_image = self.text_image.to_dict()

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        multi_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multi_input, Unset):
            multi_input = self.multi_input.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_type": input_type,
                "model_name": model_name,
            }
        )
        if auto_truncate is not UNSET:
            field_dict["auto_truncate"] = auto_truncate
        if embedding_uncertainty is not UNSET:
            field_dict["embedding_uncertainty"] = embedding_uncertainty
        if embedding_dimension is not UNSET:
            field_dict["embedding_dimension"] = embedding_dimension
        if text is not UNSET:
            field_dict["text"] = text
        if image is not UNSET:
            field_dict["image"] = image
        if text_image is not UNSET:
            field_dict["text_image"] = text_image
        if audio is not UNSET:
            field_dict["audio"] = audio
        if video is not UNSET:
            field_dict["video"] = video
        if multi_input is not UNSET:
            field_dict["multi_input"] = multi_input

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_input_request import AudioInputRequest  # noqa: PLC0415
        from ..models.image_input_request import ImageInputRequest  # noqa: PLC0415
        from ..models.multi_input_request import MultiInputRequest  # noqa: PLC0415
        from ..models.text_image_input_request import TextImageInputRequest  # noqa: PLC0415
        from ..models.text_input_request import TextInputRequest  # noqa: PLC0415
        from ..models.video_input_request import VideoInputRequest  # noqa: PLC0415

        d = dict(src_dict)
        input_type = check_create_embeddings_request_input_type(d.pop("input_type"))

        model_name = check_create_embeddings_request_model_name(d.pop("model_name"))

        auto_truncate = d.pop("auto_truncate", UNSET)

        embedding_uncertainty = d.pop("embedding_uncertainty", UNSET)

        embedding_dimension = d.pop("embedding_dimension", UNSET)

        _text = d.pop("text", UNSET)
        text: TextInputRequest | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = TextInputRequest.from_dict(_text)

        _image = d.pop("image", UNSET)
        image: ImageInputRequest | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageInputRequest.from_dict(_image)

        _text_image = d.pop("text_image", UNSET)
        text_image: TextImageInputRequest | Unset
        if isinstance(_text_image, Unset):
            text_image = UNSET
        else:
            text_image = TextImageInputRequest.from_dict(_text_image)

        _audio = d.pop("audio", UNSET)
        audio: AudioInputRequest | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = AudioInputRequest.from_dict(_audio)

        _video = d.pop("video", UNSET)
        video: VideoInputRequest | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = VideoInputRequest.from_dict(_video)

        _multi_input = d.pop("multi_input", UNSET)
        multi_input: MultiInputRequest | Unset
        if isinstance(_multi_input, Unset):
            multi_input = UNSET
        else:
            multi_input = MultiInputRequest.from_dict(_multi_input)

        create_embeddings_request = cls(
            input_type=input_type,
            model_name=model_name,
            auto_truncate=auto_truncate,
            embedding_uncertainty=embedding_uncertainty,
            embedding_dimension=embedding_dimension,
            text=text,
            image=image,
            text_image=text_image,
            audio=audio,
            video=video,
            multi_input=multi_input,
        )

        return create_embeddings_request
