from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_method import AssetMethod, check_asset_method
from ..models.asset_status import AssetStatus, check_asset_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_warning import AnalysisWarning
    from ..models.asset_hls import AssetHls
    from ..models.asset_source import AssetSource
    from ..models.asset_thumbnail import AssetThumbnail
    from ..models.metadata import Metadata
    from ..models.technical_metadata import TechnicalMetadata


T = TypeVar("T", bound="AssetDetail")


@_attrs_define
class AssetDetail:
    """An asset with its processing details."""

    id: str
    status: AssetStatus | str
    method: AssetMethod | str | Unset = UNSET
    filename: str | Unset = UNSET
    file_type: str | Unset = UNSET
    """ The file's MIME type, e.g. `video/mp4`; `application/pdf`, `text/plain` or `text/markdown` for documents.
    """
    created_at: datetime.datetime | Unset = UNSET
    user_metadata: Metadata | Unset = UNSET
    """ Your own key-value pairs; a value is a string, number, boolean or list of strings. """
    source: AssetSource | Unset = UNSET
    """ Where an imported asset came from; absent for assets uploaded to `/assets`. """
    hls: AssetHls | Unset = UNSET
    """ HLS streaming of a video or audio asset; `manifest_url` once `ready`. """
    thumbnail: AssetThumbnail | Unset = UNSET
    """ The asset's representative thumbnail; `representative_url` once `ready`. """
    technical_metadata: TechnicalMetadata | Unset = UNSET
    """ What the platform read from the file (streams, codecs, document properties); absent while `processing`. """
    duration: float | Unset = UNSET
    """ Video and audio only; set once the asset is `ready`. """
    size: int | Unset = UNSET
    """ Bytes; set once the asset is `ready`. """
    error: AnalysisWarning | Unset = UNSET
    """ A warning or error about a generation (for example truncation); the message is not a contract. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        method: str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, str):
            method = self.method
        else:
            method = self.method

        filename = self.filename

        file_type = self.file_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        hls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hls, Unset):
            hls = self.hls.to_dict()

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        technical_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_metadata, Unset):
            technical_metadata = self.technical_metadata.to_dict()

        duration = self.duration

        size = self.size

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "status": status,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if source is not UNSET:
            field_dict["source"] = source
        if hls is not UNSET:
            field_dict["hls"] = hls
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if technical_metadata is not UNSET:
            field_dict["technical_metadata"] = technical_metadata
        if duration is not UNSET:
            field_dict["duration"] = duration
        if size is not UNSET:
            field_dict["size"] = size
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_warning import AnalysisWarning  # noqa: PLC0415
        from ..models.asset_hls import AssetHls  # noqa: PLC0415
        from ..models.asset_source import AssetSource  # noqa: PLC0415
        from ..models.asset_thumbnail import AssetThumbnail  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.technical_metadata import TechnicalMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        def _parse_status(data: object) -> AssetStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_asset_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetStatus | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_method(data: object) -> AssetMethod | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = check_asset_method(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetMethod | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        filename = d.pop("filename", UNSET)

        file_type = d.pop("file_type", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at.replace("Z", "+00:00"))

        _user_metadata = d.pop("user_metadata", UNSET)
        user_metadata: Metadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = Metadata.from_dict(_user_metadata)

        _source = d.pop("source", UNSET)
        source: AssetSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = AssetSource.from_dict(_source)

        _hls = d.pop("hls", UNSET)
        hls: AssetHls | Unset
        if isinstance(_hls, Unset):
            hls = UNSET
        else:
            hls = AssetHls.from_dict(_hls)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: AssetThumbnail | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = AssetThumbnail.from_dict(_thumbnail)

        _technical_metadata = d.pop("technical_metadata", UNSET)
        technical_metadata: TechnicalMetadata | Unset
        if isinstance(_technical_metadata, Unset):
            technical_metadata = UNSET
        else:
            technical_metadata = TechnicalMetadata.from_dict(_technical_metadata)

        duration = d.pop("duration", UNSET)

        size = d.pop("size", UNSET)

        _error = d.pop("error", UNSET)
        error: AnalysisWarning | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AnalysisWarning.from_dict(_error)

        asset_detail = cls(
            id=id,
            status=status,
            method=method,
            filename=filename,
            file_type=file_type,
            created_at=created_at,
            user_metadata=user_metadata,
            source=source,
            hls=hls,
            thumbnail=thumbnail,
            technical_metadata=technical_metadata,
            duration=duration,
            size=size,
            error=error,
        )

        asset_detail.additional_properties = d
        return asset_detail

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
