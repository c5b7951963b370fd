from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.embedding_model_name import EmbeddingModelName, check_embedding_model_name
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateEmbeddingRequest")


@_attrs_define
class CreateEmbeddingRequest:
    model_name: EmbeddingModelName
    """ The Marengo model; `marengo3.0` embeds in 512 dimensions, `Marengo-retrieval-2.7` in 1024. """
    text: str | Unset = UNSET
    """ A text to embed. """
    image_url: str | Unset = UNSET
    """ A public URL of an image to embed. """
    image_file: File | Unset = UNSET
    """ An image file to embed (at most 5 MB); give this or `image_url`. """
    audio_url: str | Unset = UNSET
    """ A public URL of an audio file to embed. """
    audio_file: File | Unset = UNSET
    """ An audio file to embed; give this or `audio_url`. """
    audio_start_offset_sec: float | Unset = UNSET
    """ Where in the audio embedding starts (seconds; default 0). """

    def to_dict(self) -> dict[str, Any]:
        model_name: str = self.model_name

        text = self.text

        image_url = self.image_url

        image_file: FileTypes | Unset = UNSET
        if not isinstance(self.image_file, Unset):
            image_file = self.image_file.to_tuple()

        audio_url = self.audio_url

        audio_file: FileTypes | Unset = UNSET
        if not isinstance(self.audio_file, Unset):
            audio_file = self.audio_file.to_tuple()

        audio_start_offset_sec = self.audio_start_offset_sec

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image_file is not UNSET:
            field_dict["image_file"] = image_file
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if audio_file is not UNSET:
            field_dict["audio_file"] = audio_file
        if audio_start_offset_sec is not UNSET:
            field_dict["audio_start_offset_sec"] = audio_start_offset_sec

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("model_name", (None, str(self.model_name).encode(), "text/plain")))

        if not isinstance(self.text, Unset):
            files.append(("text", (None, str(self.text).encode(), "text/plain")))

        if not isinstance(self.image_url, Unset):
            files.append(("image_url", (None, str(self.image_url).encode(), "text/plain")))

        if not isinstance(self.image_file, Unset):
            files.append(("image_file", self.image_file.to_tuple()))

        if not isinstance(self.audio_url, Unset):
            files.append(("audio_url", (None, str(self.audio_url).encode(), "text/plain")))

        if not isinstance(self.audio_file, Unset):
            files.append(("audio_file", self.audio_file.to_tuple()))

        if not isinstance(self.audio_start_offset_sec, Unset):
            files.append(("audio_start_offset_sec", (None, str(self.audio_start_offset_sec).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_name = check_embedding_model_name(d.pop("model_name"))

        text = d.pop("text", UNSET)

        image_url = d.pop("image_url", UNSET)

        _image_file = d.pop("image_file", UNSET)
        image_file: File | Unset
        if isinstance(_image_file, Unset):
            image_file = UNSET
        else:
            image_file = File(payload=BytesIO(_image_file))

        audio_url = d.pop("audio_url", UNSET)

        _audio_file = d.pop("audio_file", UNSET)
        audio_file: File | Unset
        if isinstance(_audio_file, Unset):
            audio_file = UNSET
        else:
            audio_file = File(payload=BytesIO(_audio_file))

        audio_start_offset_sec = d.pop("audio_start_offset_sec", UNSET)

        create_embedding_request = cls(
            model_name=model_name,
            text=text,
            image_url=image_url,
            image_file=image_file,
            audio_url=audio_url,
            audio_file=audio_file,
            audio_start_offset_sec=audio_start_offset_sec,
        )

        return create_embedding_request
