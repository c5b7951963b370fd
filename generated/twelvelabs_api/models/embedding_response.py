from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_embedding_result import AudioEmbeddingResult
    from ..models.image_embedding_result import ImageEmbeddingResult
    from ..models.text_embedding_result import TextEmbeddingResult


T = TypeVar("T", bound="EmbeddingResponse")


@_attrs_define
class EmbeddingResponse:
    model_name: str
    text_embedding: TextEmbeddingResult | Unset = UNSET
    image_embedding: ImageEmbeddingResult | Unset = UNSET
    audio_embedding: AudioEmbeddingResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        text_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_embedding, Unset):
            text_embedding = self.text_embedding.to_dict()

        image_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_embedding, Unset):
            image_embedding = self.image_embedding.to_dict()

        audio_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_embedding, Unset):
            audio_embedding = self.audio_embedding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if text_embedding is not UNSET:
            field_dict["text_embedding"] = text_embedding
        if image_embedding is not UNSET:
            field_dict["image_embedding"] = image_embedding
        if audio_embedding is not UNSET:
            field_dict["audio_embedding"] = audio_embedding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_embedding_result import AudioEmbeddingResult  # noqa: PLC0415
        from ..models.image_embedding_result import ImageEmbeddingResult  # noqa: PLC0415
        from ..models.text_embedding_result import TextEmbeddingResult  # noqa: PLC0415

        d = dict(src_dict)
        model_name = d.pop("model_name")

        _text_embedding = d.pop("text_embedding", UNSET)
        text_embedding: TextEmbeddingResult | Unset
        if isinstance(_text_embedding, Unset):
            text_embedding = UNSET
        else:
            text_embedding = TextEmbeddingResult.from_dict(_text_embedding)

        _image_embedding = d.pop("image_embedding", UNSET)
        image_embedding: ImageEmbeddingResult | Unset
        if isinstance(_image_embedding, Unset):
            image_embedding = UNSET
        else:
            image_embedding = ImageEmbeddingResult.from_dict(_image_embedding)

        _audio_embedding = d.pop("audio_embedding", UNSET)
        audio_embedding: AudioEmbeddingResult | Unset
        if isinstance(_audio_embedding, Unset):
            audio_embedding = UNSET
        else:
            audio_embedding = AudioEmbeddingResult.from_dict(_audio_embedding)

        embedding_response = cls(
            model_name=model_name,
            text_embedding=text_embedding,
            image_embedding=image_embedding,
            audio_embedding=audio_embedding,
        )

        embedding_response.additional_properties = d
        return embedding_response

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
