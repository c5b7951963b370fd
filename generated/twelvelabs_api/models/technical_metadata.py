from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_stream import AudioStream
    from ..models.video_stream import VideoStream


T = TypeVar("T", bound="TechnicalMetadata")


@_attrs_define
class TechnicalMetadata:
    """What the platform read from the file (streams, codecs, document properties); absent while `processing`."""

    file_size_bytes: int | Unset = UNSET
    file_mime_type: str | Unset = UNSET
    file_container_format: str | Unset = UNSET
    container_creation_time: datetime.datetime | Unset = UNSET
    video_streams: list[VideoStream] | Unset = UNSET
    video_codec: str | Unset = UNSET
    video_width: int | Unset = UNSET
    video_height: int | Unset = UNSET
    video_fps: float | Unset = UNSET
    video_duration_seconds: float | Unset = UNSET
    video_bitrate_bps: int | Unset = UNSET
    audio_streams: list[AudioStream] | Unset = UNSET
    audio_codec: str | Unset = UNSET
    audio_sample_rate: int | Unset = UNSET
    audio_channels: int | Unset = UNSET
    audio_duration_seconds: float | Unset = UNSET
    start_timecode: str | Unset = UNSET
    timecode_source: str | Unset = UNSET
    drop_frame: bool | Unset = UNSET
    image_width: int | Unset = UNSET
    image_height: int | Unset = UNSET
    image_format: str | Unset = UNSET
    image_orientation: int | Unset = UNSET
    image_color_space: str | Unset = UNSET
    image_bit_depth: int | Unset = UNSET
    is_hdr: bool | Unset = UNSET
    has_audio: bool | Unset = UNSET
    has_alpha: bool | Unset = UNSET
    is_animated: bool | Unset = UNSET
    total_video_streams: int | Unset = UNSET
    total_audio_streams: int | Unset = UNSET
    storage_aspect_ratio: float | Unset = UNSET
    geospatial_latitude: float | Unset = UNSET
    geospatial_longitude: float | Unset = UNSET
    geospatial_altitude_meters: float | Unset = UNSET
    document_page_count: int | Unset = UNSET
    document_pdf_version: str | Unset = UNSET
    document_page_width_pt: float | Unset = UNSET
    document_page_height_pt: float | Unset = UNSET
    document_is_tagged: bool | Unset = UNSET
    document_is_encrypted: bool | Unset = UNSET
    document_language: str | Unset = UNSET
    document_title: str | Unset = UNSET
    document_author: str | Unset = UNSET
    document_subject: str | Unset = UNSET
    document_keywords: str | Unset = UNSET
    document_creator_tool: str | Unset = UNSET
    document_producer: str | Unset = UNSET
    document_creation_date: datetime.datetime | Unset = UNSET
    document_modification_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_size_bytes = self.file_size_bytes

        file_mime_type = self.file_mime_type

        file_container_format = self.file_container_format

        container_creation_time: str | Unset = UNSET
        if not isinstance(self.container_creation_time, Unset):
            container_creation_time = self.container_creation_time.isoformat()

        video_streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_streams, Unset):
            video_streams = []
            for video_streams_item_data in self.video_streams:
                video_streams_item = video_streams_item_data.to_dict()
                video_streams.append(video_streams_item)

        video_codec = self.video_codec

        video_width = self.video_width

        video_height = self.video_height

        video_fps = self.video_fps

        video_duration_seconds = self.video_duration_seconds

        video_bitrate_bps = self.video_bitrate_bps

        audio_streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio_streams, Unset):
            audio_streams = []
            for audio_streams_item_data in self.audio_streams:
                audio_streams_item = audio_streams_item_data.to_dict()
                audio_streams.append(audio_streams_item)

        audio_codec = self.audio_codec

        audio_sample_rate = self.audio_sample_rate

        audio_channels = self.audio_channels

        audio_duration_seconds = self.audio_duration_seconds

        start_timecode = self.start_timecode

        timecode_source = self.timecode_source

        drop_frame = self.drop_frame

        image_width = self.image_width

        image_height = self.image_height

        image_format = self.image_format

        image_orientation = self.image_orientation

        image_color_space = self.image_color_space

        image_bit_depth = self.image_bit_depth

        is_hdr = self.is_hdr

        has_audio = self.has_audio

        has_alpha = self.has_alpha

        is_animated = self.is_animated

        total_video_streams = self.total_video_streams

        total_audio_streams = self.total_audio_streams

        storage_aspect_ratio = self.storage_aspect_ratio

        geospatial_latitude = self.geospatial_latitude

        geospatial_longitude = self.geospatial_longitude

        geospatial_altitude_meters = self.geospatial_altitude_meters

        document_page_count = self.document_page_count

        document_pdf_version = self.document_pdf_version

        document_page_width_pt = self.document_page_width_pt

        document_page_height_pt = self.document_page_height_pt

        document_is_tagged = self.document_is_tagged

        document_is_encrypted = self.document_is_encrypted

        document_language = self.document_language

        document_title = self.document_title

        document_author = self.document_author

        document_subject = self.document_subject

        document_keywords = self.document_keywords

        document_creator_tool = self.document_creator_tool

        document_producer = self.document_producer

        document_creation_date: str | Unset = UNSET
        if not isinstance(self.document_creation_date, Unset):
            document_creation_date = self.document_creation_date.isoformat()

        document_modification_date: str | Unset = UNSET
        if not isinstance(self.document_modification_date, Unset):
            document_modification_date = self.document_modification_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_size_bytes is not UNSET:
            field_dict["file_size_bytes"] = file_size_bytes
        if file_mime_type is not UNSET:
            field_dict["file_mime_type"] = file_mime_type
        if file_container_format is not UNSET:
            field_dict["file_container_format"] = file_container_format
        if container_creation_time is not UNSET:
            field_dict["container_creation_time"] = container_creation_time
        if video_streams is not UNSET:
            field_dict["video_streams"] = video_streams
        if video_codec is not UNSET:
            field_dict["video_codec"] = video_codec
        if video_width is not UNSET:
            field_dict["video_width"] = video_width
        if video_height is not UNSET:
            field_dict["video_height"] = video_height
        if video_fps is not UNSET:
            field_dict["video_fps"] = video_fps
        if video_duration_seconds is not UNSET:
            field_dict["video_duration_seconds"] = video_duration_seconds
        if video_bitrate_bps is not UNSET:
            field_dict["video_bitrate_bps"] = video_bitrate_bps
        if audio_streams is not UNSET:
            field_dict["audio_streams"] = audio_streams
        if audio_codec is not UNSET:
            field_dict["audio_codec"] = audio_codec
        if audio_sample_rate is not UNSET:
            field_dict["audio_sample_rate"] = audio_sample_rate
        if audio_channels is not UNSET:
            field_dict["audio_channels"] = audio_channels
        if audio_duration_seconds is not UNSET:
            field_dict["audio_duration_seconds"] = audio_duration_seconds
        if start_timecode is not UNSET:
            field_dict["start_timecode"] = start_timecode
        if timecode_source is not UNSET:
            field_dict["timecode_source"] = timecode_source
        if drop_frame is not UNSET:
            field_dict["drop_frame"] = drop_frame
        if image_width is not UNSET:
            field_dict["image_width"] = image_width
        if image_height is not UNSET:
            field_dict["image_height"] = image_height
        if image_format is not UNSET:
            field_dict["image_format"] = image_format
        if image_orientation is not UNSET:
            field_dict["image_orientation"] = image_orientation
        if image_color_space is not UNSET:
            field_dict["image_color_space"] = image_color_space
        if image_bit_depth is not UNSET:
            field_dict["image_bit_depth"] = image_bit_depth
        if is_hdr is not UNSET:
            field_dict["is_hdr"] = is_hdr
        if has_audio is not UNSET:
            field_dict["has_audio"] = has_audio
        if has_alpha is not UNSET:
            field_dict["has_alpha"] = has_alpha
        if is_animated is not UNSET:
            field_dict["is_animated"] = is_animated
        if total_video_streams is not UNSET:
            field_dict["total_video_streams"] = total_video_streams
        if total_audio_streams is not UNSET:
            field_dict["total_audio_streams"] = total_audio_streams
        if storage_aspect_ratio is not UNSET:
            field_dict["storage_aspect_ratio"] = storage_aspect_ratio
        if geospatial_latitude is not UNSET:
            field_dict["geospatial_latitude"] = geospatial_latitude
        if geospatial_longitude is not UNSET:
            field_dict["geospatial_longitude"] = geospatial_longitude
        if geospatial_altitude_meters is not UNSET:
            field_dict["geospatial_altitude_meters"] = geospatial_altitude_meters
        if document_page_count is not UNSET:
            field_dict["document_page_count"] = document_page_count
        if document_pdf_version is not UNSET:
            field_dict["document_pdf_version"] = document_pdf_version
        if document_page_width_pt is not UNSET:
            field_dict["document_page_width_pt"] = document_page_width_pt
        if document_page_height_pt is not UNSET:
            field_dict["document_page_height_pt"] = document_page_height_pt
        if document_is_tagged is not UNSET:
            field_dict["document_is_tagged"] = document_is_tagged
        if document_is_encrypted is not UNSET:
            field_dict["document_is_encrypted"] = document_is_encrypted
        if document_language is not UNSET:
            field_dict["document_language"] = document_language
        if document_title is not UNSET:
            field_dict["document_title"] = document_title
        if document_author is not UNSET:
            field_dict["document_author"] = document_author
        if document_subject is not UNSET:
            field_dict["document_subject"] = document_subject
        if document_keywords is not UNSET:
            field_dict["document_keywords"] = document_keywords
        if document_creator_tool is not UNSET:
            field_dict["document_creator_tool"] = document_creator_tool
        if document_producer is not UNSET:
            field_dict["document_producer"] = document_producer
        if document_creation_date is not UNSET:
            field_dict["document_creation_date"] = document_creation_date
        if document_modification_date is not UNSET:
            field_dict["document_modification_date"] = document_modification_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_stream import AudioStream  # noqa: PLC0415
        from ..models.video_stream import VideoStream  # noqa: PLC0415

        d = dict(src_dict)
        file_size_bytes = d.pop("file_size_bytes", UNSET)

        file_mime_type = d.pop("file_mime_type", UNSET)

        file_container_format = d.pop("file_container_format", UNSET)

        _container_creation_time = d.pop("container_creation_time", UNSET)
        container_creation_time: datetime.datetime | Unset
        if isinstance(_container_creation_time, Unset):
            container_creation_time = UNSET
        else:
            container_creation_time = datetime.datetime.fromisoformat(_container_creation_time.replace("Z", "+00:00"))

        _video_streams = d.pop("video_streams", UNSET)
        video_streams: list[VideoStream] | Unset = UNSET
        if _video_streams is not UNSET:
            video_streams = []
            for video_streams_item_data in _video_streams:
                video_streams_item = VideoStream.from_dict(video_streams_item_data)

                video_streams.append(video_streams_item)

        video_codec = d.pop("video_codec", UNSET)

        video_width = d.pop("video_width", UNSET)

        video_height = d.pop("video_height", UNSET)

        video_fps = d.pop("video_fps", UNSET)

        video_duration_seconds = d.pop("video_duration_seconds", UNSET)

        video_bitrate_bps = d.pop("video_bitrate_bps", UNSET)

        _audio_streams = d.pop("audio_streams", UNSET)
        audio_streams: list[AudioStream] | Unset = UNSET
        if _audio_streams is not UNSET:
            audio_streams = []
            for audio_streams_item_data in _audio_streams:
                audio_streams_item = AudioStream.from_dict(audio_streams_item_data)

                audio_streams.append(audio_streams_item)

        audio_codec = d.pop("audio_codec", UNSET)

        audio_sample_rate = d.pop("audio_sample_rate", UNSET)

        audio_channels = d.pop("audio_channels", UNSET)

        audio_duration_seconds = d.pop("audio_duration_seconds", UNSET)

        start_timecode = d.pop("start_timecode", UNSET)

        timecode_source = d.pop("timecode_source", UNSET)

        drop_frame = d.pop("drop_frame", UNSET)

        image_width = d.pop("image_width", UNSET)

        image_height = d.pop("image_height", UNSET)

        image_format = d.pop("image_format", UNSET)

        image_orientation = d.pop("image_orientation", UNSET)

        image_color_space = d.pop("image_color_space", UNSET)

        image_bit_depth = d.pop("image_bit_depth", UNSET)

        is_hdr = d.pop("is_hdr", UNSET)

        has_audio = d.pop("has_audio", UNSET)

        has_alpha = d.pop("has_alpha", UNSET)

        is_animated = d.pop("is_animated", UNSET)

        total_video_streams = d.pop("total_video_streams", UNSET)

        total_audio_streams = d.pop("total_audio_streams", UNSET)

        storage_aspect_ratio = d.pop("storage_aspect_ratio", UNSET)

        geospatial_latitude = d.pop("geospatial_latitude", UNSET)

        geospatial_longitude = d.pop("geospatial_longitude", UNSET)

        geospatial_altitude_meters = d.pop("geospatial_altitude_meters", UNSET)

        document_page_count = d.pop("document_page_count", UNSET)

        document_pdf_version = d.pop("document_pdf_version", UNSET)

        document_page_width_pt = d.pop("document_page_width_pt", UNSET)

        document_page_height_pt = d.pop("document_page_height_pt", UNSET)

        document_is_tagged = d.pop("document_is_tagged", UNSET)

        document_is_encrypted = d.pop("document_is_encrypted", UNSET)

        document_language = d.pop("document_language", UNSET)

        document_title = d.pop("document_title", UNSET)

        document_author = d.pop("document_author", UNSET)

        document_subject = d.pop("document_subject", UNSET)

        document_keywords = d.pop("document_keywords", UNSET)

        document_creator_tool = d.pop("document_creator_tool", UNSET)

        document_producer = d.pop("document_producer", UNSET)

        _document_creation_date = d.pop("document_creation_date", UNSET)
        document_creation_date: datetime.datetime | Unset
        if isinstance(_document_creation_date, Unset):
            document_creation_date = UNSET
        else:
            document_creation_date = datetime.datetime.fromisoformat(_document_creation_date.replace("Z", "+00:00"))

        _document_modification_date = d.pop("document_modification_date", UNSET)
        document_modification_date: datetime.datetime | Unset
        if isinstance(_document_modification_date, Unset):
            document_modification_date = UNSET
        else:
            document_modification_date = datetime.datetime.fromisoformat(
                _document_modification_date.replace("Z", "+00:00")
            )

        technical_metadata = cls(
            file_size_bytes=file_size_bytes,
            file_mime_type=file_mime_type,
            file_container_format=file_container_format,
            container_creation_time=container_creation_time,
            video_streams=video_streams,
            video_codec=video_codec,
            video_width=video_width,
            video_height=video_height,
            video_fps=video_fps,
            video_duration_seconds=video_duration_seconds,
            video_bitrate_bps=video_bitrate_bps,
            audio_streams=audio_streams,
            audio_codec=audio_codec,
            audio_sample_rate=audio_sample_rate,
            audio_channels=audio_channels,
            audio_duration_seconds=audio_duration_seconds,
            start_timecode=start_timecode,
            timecode_source=timecode_source,
            drop_frame=drop_frame,
            image_width=image_width,
            image_height=image_height,
            image_format=image_format,
            image_orientation=image_orientation,
            image_color_space=image_color_space,
            image_bit_depth=image_bit_depth,
            is_hdr=is_hdr,
            has_audio=has_audio,
            has_alpha=has_alpha,
            is_animated=is_animated,
            total_video_streams=total_video_streams,
            total_audio_streams=total_audio_streams,
            storage_aspect_ratio=storage_aspect_ratio,
            geospatial_latitude=geospatial_latitude,
            geospatial_longitude=geospatial_longitude,
            geospatial_altitude_meters=geospatial_altitude_meters,
            document_page_count=document_page_count,
            document_pdf_version=document_pdf_version,
            document_page_width_pt=document_page_width_pt,
            document_page_height_pt=document_page_height_pt,
            document_is_tagged=document_is_tagged,
            document_is_encrypted=document_is_encrypted,
            document_language=document_language,
            document_title=document_title,
            document_author=document_author,
            document_subject=document_subject,
            document_keywords=document_keywords,
            document_creator_tool=document_creator_tool,
            document_producer=document_producer,
            document_creation_date=document_creation_date,
            document_modification_date=document_modification_date,
        )

        technical_metadata.additional_properties = d
        return technical_metadata

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
