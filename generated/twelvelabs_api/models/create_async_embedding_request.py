from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_async_embedding_request_input_type import (
    CreateAsyncEmbeddingRequestInputType,
    check_create_async_embedding_request_input_type,
)
from ..models.create_async_embedding_request_model_name import (
    CreateAsyncEmbeddingRequestModelName,
    check_create_async_embedding_request_model_name,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_audio_input_request import AsyncAudioInputRequest
    from ..models.async_document_input_request import AsyncDocumentInputRequest
    from ..models.async_image_input_request import AsyncImageInputRequest
    from ..models.async_video_input_request import AsyncVideoInputRequest


T = TypeVar("T", bound="CreateAsyncEmbeddingRequest")


@_attrs_define
class CreateAsyncEmbeddingRequest:
    input_type: CreateAsyncEmbeddingRequestInputType
    model_name: CreateAsyncEmbeddingRequestModelName
    embedding_uncertainty: bool | Unset = UNSET
    """ Answer a per-dimension uncertainty vector too (Marengo 3.5). """
    embedding_dimension: int | Unset = UNSET
    """ The embeddings' length (Marengo 3.5, default 512): a shorter embedding is the first values of the full one.
    """
    audio: AsyncAudioInputRequest | Unset = UNSET
    video: AsyncVideoInputRequest | Unset = UNSET
    document: AsyncDocumentInputRequest | Unset = UNSET
    image: AsyncImageInputRequest | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        input_type: str = self.input_type

        model_name: str = self.model_name

        embedding_uncertainty = self.embedding_uncertainty

        embedding_dimension = self.embedding_dimension

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_type": input_type,
                "model_name": model_name,
            }
        )
        if embedding_uncertainty is not UNSET:
            field_dict["embedding_uncertainty"] = embedding_uncertainty
        if embedding_dimension is not UNSET:
            field_dict["embedding_dimension"] = embedding_dimension
        if audio is not UNSET:
            field_dict["audio"] = audio
        if video is not UNSET:
            field_dict["video"] = video
        if document is not UNSET:
            field_dict["document"] = document
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_audio_input_request import AsyncAudioInputRequest  # noqa: PLC0415
        from ..models.async_document_input_request import AsyncDocumentInputRequest  # noqa: PLC0415
        from ..models.async_image_input_request import AsyncImageInputRequest  # noqa: PLC0415
        from ..models.async_video_input_request import AsyncVideoInputRequest  # noqa: PLC0415

        d = dict(src_dict)
        input_type = check_create_async_embedding_request_input_type(d.pop("input_type"))

        model_name = check_create_async_embedding_request_model_name(d.pop("model_name"))

        embedding_uncertainty = d.pop("embedding_uncertainty", UNSET)

        embedding_dimension = d.pop("embedding_dimension", UNSET)

        _audio = d.pop("audio", UNSET)
        audio: AsyncAudioInputRequest | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = AsyncAudioInputRequest.from_dict(_audio)

        _video = d.pop("video", UNSET)
        video: AsyncVideoInputRequest | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = AsyncVideoInputRequest.from_dict(_video)

        _document = d.pop("document", UNSET)
        document: AsyncDocumentInputRequest | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = AsyncDocumentInputRequest.from_dict(_document)

        _image = d.pop("image", UNSET)
        image: AsyncImageInputRequest | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = AsyncImageInputRequest.from_dict(_image)

        create_async_embedding_request = cls(
            input_type=input_type,
            model_name=model_name,
            embedding_uncertainty=embedding_uncertainty,
            embedding_dimension=embedding_dimension,
            audio=audio,
            video=video,
            document=document,
            image=image,
        )

        return create_async_embedding_request
