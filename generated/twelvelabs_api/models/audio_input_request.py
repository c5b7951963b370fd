from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.audio_input_request_embedding_option_item import (
    AudioInputRequestEmbeddingOptionItem,
    check_audio_input_request_embedding_option_item,
)
from ..models.audio_input_request_embedding_scope_item import (
    AudioInputRequestEmbeddingScopeItem,
    check_audio_input_request_embedding_scope_item,
)
from ..models.audio_input_request_embedding_type_item import (
    AudioInputRequestEmbeddingTypeItem,
    check_audio_input_request_embedding_type_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_segmentation import AudioSegmentation
    from ..models.media_source import MediaSource


T = TypeVar("T", bound="AudioInputRequest")


@_attrs_define
class AudioInputRequest:
    media_source: MediaSource
    """ Where the media comes from; exactly one of `url`, `base64_string` and `asset_id`. """
    start_sec: float | Unset = UNSET
    """ Where embedding starts (seconds; default 0). """
    end_sec: float | Unset = UNSET
    """ Where embedding stops (seconds; default the end). """
    segmentation: AudioSegmentation | Unset = UNSET
    """ Audio cut into pieces of `fixed.duration_sec` seconds. """
    embedding_option: list[AudioInputRequestEmbeddingOptionItem] | Unset = UNSET
    embedding_scope: list[AudioInputRequestEmbeddingScopeItem] | Unset = UNSET
    embedding_type: list[AudioInputRequestEmbeddingTypeItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        media_source = self.media_source.to_dict()

        start_sec = self.start_sec

        end_sec = self.end_sec

        segmentation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segmentation, Unset):
            segmentation = self.segmentation.to_dict()

        embedding_option: list[str] | Unset = UNSET
        if not isinstance(self.embedding_option, Unset):
            embedding_option = []
            for embedding_option_item_data in self.embedding_option:
                embedding_option_item: str = embedding_option_item_data
                embedding_option.append(embedding_option_item)

        embedding_scope: list[str] | Unset = UNSET
        if not isinstance(self.embedding_scope, Unset):
            embedding_scope = []
            for embedding_scope_item_data in self.embedding_scope:
                embedding_scope_item: str = embedding_scope_item_data
                embedding_scope.append(embedding_scope_item)

        embedding_type: list[str] | Unset = UNSET
        if not isinstance(self.embedding_type, Unset):
            embedding_type = []
            for embedding_type_item_data in self.embedding_type:
                embedding_type_item: str = embedding_type_item_data
                embedding_type.append(embedding_type_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "media_source": media_source,
            }
        )
        if start_sec is not UNSET:
            field_dict["start_sec"] = start_sec
        if end_sec is not UNSET:
            field_dict["end_sec"] = end_sec
        if segmentation is not UNSET:
            field_dict["segmentation"] = segmentation
        if embedding_option is not UNSET:
            field_dict["embedding_option"] = embedding_option
        if embedding_scope is not UNSET:
            field_dict["embedding_scope"] = embedding_scope
        if embedding_type is not UNSET:
            field_dict["embedding_type"] = embedding_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_segmentation import AudioSegmentation  # noqa: PLC0415
        from ..models.media_source import MediaSource  # noqa: PLC0415

        d = dict(src_dict)
        media_source = MediaSource.from_dict(d.pop("media_source"))

        start_sec = d.pop("start_sec", UNSET)

        end_sec = d.pop("end_sec", UNSET)

        _segmentation = d.pop("segmentation", UNSET)
        segmentation: AudioSegmentation | Unset
        if isinstance(_segmentation, Unset):
            segmentation = UNSET
        else:
            segmentation = AudioSegmentation.from_dict(_segmentation)

        _embedding_option = d.pop("embedding_option", UNSET)
        embedding_option: list[AudioInputRequestEmbeddingOptionItem] | Unset = UNSET
        if _embedding_option is not UNSET:
            embedding_option = []
            for embedding_option_item_data in _embedding_option:
                embedding_option_item = check_audio_input_request_embedding_option_item(embedding_option_item_data)

                embedding_option.append(embedding_option_item)

        _embedding_scope = d.pop("embedding_scope", UNSET)
        embedding_scope: list[AudioInputRequestEmbeddingScopeItem] | Unset = UNSET
        if _embedding_scope is not UNSET:
            embedding_scope = []
            for embedding_scope_item_data in _embedding_scope:
                embedding_scope_item = check_audio_input_request_embedding_scope_item(embedding_scope_item_data)

                embedding_scope.append(embedding_scope_item)

        _embedding_type = d.pop("embedding_type", UNSET)
        embedding_type: list[AudioInputRequestEmbeddingTypeItem] | Unset = UNSET
        if _embedding_type is not UNSET:
            embedding_type = []
            for embedding_type_item_data in _embedding_type:
                embedding_type_item = check_audio_input_request_embedding_type_item(embedding_type_item_data)

                embedding_type.append(embedding_type_item)

        audio_input_request = cls(
            media_source=media_source,
            start_sec=start_sec,
            end_sec=end_sec,
            segmentation=segmentation,
            embedding_option=embedding_option,
            embedding_scope=embedding_scope,
            embedding_type=embedding_type,
        )

        return audio_input_request
