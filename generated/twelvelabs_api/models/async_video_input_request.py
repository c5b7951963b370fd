from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.async_video_input_request_embedding_option_item import (
    AsyncVideoInputRequestEmbeddingOptionItem,
    check_async_video_input_request_embedding_option_item,
)
from ..models.async_video_input_request_embedding_scope_item import (
    AsyncVideoInputRequestEmbeddingScopeItem,
    check_async_video_input_request_embedding_scope_item,
)
from ..models.async_video_input_request_embedding_type_item import (
    AsyncVideoInputRequestEmbeddingTypeItem,
    check_async_video_input_request_embedding_type_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_temporal_segmentation import AsyncTemporalSegmentation
    from ..models.media_source import MediaSource
    from ..models.time_based_metadata_entry import TimeBasedMetadataEntry
    from ..models.video_segmentation_dynamic import VideoSegmentationDynamic
    from ..models.video_segmentation_fixed import VideoSegmentationFixed


T = TypeVar("T", bound="AsyncVideoInputRequest")


@_attrs_define
class AsyncVideoInputRequest:
    media_source: MediaSource
    """ Where the media comes from; exactly one of `url`, `base64_string` and `asset_id`. """
    start_sec: float | Unset = UNSET
    end_sec: float | Unset = UNSET
    segmentation: AsyncTemporalSegmentation | Unset | VideoSegmentationDynamic | VideoSegmentationFixed = UNSET
    embedding_option: list[AsyncVideoInputRequestEmbeddingOptionItem] | Unset = UNSET
    embedding_scope: list[AsyncVideoInputRequestEmbeddingScopeItem] | Unset = UNSET
    embedding_type: list[AsyncVideoInputRequestEmbeddingTypeItem] | Unset = UNSET
    time_based_metadata: list[TimeBasedMetadataEntry] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_segmentation_dynamic import VideoSegmentationDynamic  # noqa: PLC0415
        from ..models.video_segmentation_fixed import VideoSegmentationFixed  # noqa: PLC0415

        media_source = self.media_source.to_dict()

        start_sec = self.start_sec

        end_sec = self.end_sec

        segmentation: dict[str, Any] | Unset
        if isinstance(self.segmentation, Unset):
            segmentation = UNSET
        elif isinstance(self.segmentation, VideoSegmentationDynamic):
            segmentation = self.segmentation.to_dict()
        elif isinstance(self.segmentation, VideoSegmentationFixed):
            segmentation = self.segmentation.to_dict()
        else:
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

        time_based_metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_based_metadata, Unset):
            time_based_metadata = []
            for time_based_metadata_item_data in self.time_based_metadata:
                time_based_metadata_item = time_based_metadata_item_data.to_dict()
                time_based_metadata.append(time_based_metadata_item)

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
        if time_based_metadata is not UNSET:
            field_dict["time_based_metadata"] = time_based_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_temporal_segmentation import AsyncTemporalSegmentation  # noqa: PLC0415
        from ..models.media_source import MediaSource  # noqa: PLC0415
        from ..models.time_based_metadata_entry import TimeBasedMetadataEntry  # noqa: PLC0415
        from ..models.video_segmentation_dynamic import VideoSegmentationDynamic  # noqa: PLC0415
        from ..models.video_segmentation_fixed import VideoSegmentationFixed  # noqa: PLC0415

        d = dict(src_dict)
        media_source = MediaSource.from_dict(d.pop("media_source"))

        start_sec = d.pop("start_sec", UNSET)

        end_sec = d.pop("end_sec", UNSET)

        def _parse_segmentation(
            data: object,
        ) -> AsyncTemporalSegmentation | Unset | VideoSegmentationDynamic | VideoSegmentationFixed:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segmentation_type_0 = VideoSegmentationDynamic.from_dict(data)

                return segmentation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segmentation_type_1 = VideoSegmentationFixed.from_dict(data)

                return segmentation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            segmentation_type_2 = AsyncTemporalSegmentation.from_dict(data)

            return segmentation_type_2

        segmentation = _parse_segmentation(d.pop("segmentation", UNSET))

        _embedding_option = d.pop("embedding_option", UNSET)
        embedding_option: list[AsyncVideoInputRequestEmbeddingOptionItem] | Unset = UNSET
        if _embedding_option is not UNSET:
            embedding_option = []
            for embedding_option_item_data in _embedding_option:
                embedding_option_item = check_async_video_input_request_embedding_option_item(
                    embedding_option_item_data
                )

                embedding_option.append(embedding_option_item)

        _embedding_scope = d.pop("embedding_scope", UNSET)
        embedding_scope: list[AsyncVideoInputRequestEmbeddingScopeItem] | Unset = UNSET
        if _embedding_scope is not UNSET:
            embedding_scope = []
            for embedding_scope_item_data in _embedding_scope:
                embedding_scope_item = check_async_video_input_request_embedding_scope_item(embedding_scope_item_data)

                embedding_scope.append(embedding_scope_item)

        _embedding_type = d.pop("embedding_type", UNSET)
        embedding_type: list[AsyncVideoInputRequestEmbeddingTypeItem] | Unset = UNSET
        if _embedding_type is not UNSET:
            embedding_type = []
            for embedding_type_item_data in _embedding_type:
                embedding_type_item = check_async_video_input_request_embedding_type_item(embedding_type_item_data)

                embedding_type.append(embedding_type_item)

        _time_based_metadata = d.pop("time_based_metadata", UNSET)
        time_based_metadata: list[TimeBasedMetadataEntry] | Unset = UNSET
        if _time_based_metadata is not UNSET:
            time_based_metadata = []
            for time_based_metadata_item_data in _time_based_metadata:
                time_based_metadata_item = TimeBasedMetadataEntry.from_dict(time_based_metadata_item_data)

                time_based_metadata.append(time_based_metadata_item)

        async_video_input_request = cls(
            media_source=media_source,
            start_sec=start_sec,
            end_sec=end_sec,
            segmentation=segmentation,
            embedding_option=embedding_option,
            embedding_scope=embedding_scope,
            embedding_type=embedding_type,
            time_based_metadata=time_based_metadata,
        )

        return async_video_input_request
