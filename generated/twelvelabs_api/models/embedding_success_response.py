from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding_data import EmbeddingData
    from ..models.embedding_media_metadata_audio import EmbeddingMediaMetadataAudio
    from ..models.embedding_media_metadata_image import EmbeddingMediaMetadataImage
    from ..models.embedding_media_metadata_multi_input import (
        EmbeddingMediaMetadataMultiInput,
    )
    from ..models.embedding_media_metadata_text_image import (
        EmbeddingMediaMetadataTextImage,
    )
    from ..models.embedding_media_metadata_video import EmbeddingMediaMetadataVideo
    from ..models.embedding_usage import EmbeddingUsage


T = TypeVar("T", bound="EmbeddingSuccessResponse")


@_attrs_define
class EmbeddingSuccessResponse:
    data: list[EmbeddingData]
    usage: EmbeddingUsage | Unset = UNSET
    """ Input tokens per kind of content (Marengo 3.5). """
    metadata: (
        EmbeddingMediaMetadataAudio
        | EmbeddingMediaMetadataImage
        | EmbeddingMediaMetadataMultiInput
        | EmbeddingMediaMetadataTextImage
        | EmbeddingMediaMetadataVideo
        | Unset
    ) = UNSET
    """ What was embedded, by input type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.embedding_media_metadata_audio import EmbeddingMediaMetadataAudio  # noqa: PLC0415
        from ..models.embedding_media_metadata_image import EmbeddingMediaMetadataImage  # noqa: PLC0415
        from ..models.embedding_media_metadata_text_image import (
            EmbeddingMediaMetadataTextImage,  # noqa: PLC0415
        )
        from ..models.embedding_media_metadata_video import EmbeddingMediaMetadataVideo  # noqa: PLC0415

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, EmbeddingMediaMetadataImage):
            metadata = self.metadata.to_dict()
        elif isinstance(self.metadata, EmbeddingMediaMetadataTextImage):
            metadata = self.metadata.to_dict()
        elif isinstance(self.metadata, EmbeddingMediaMetadataAudio):
            metadata = self.metadata.to_dict()
        elif isinstance(self.metadata, EmbeddingMediaMetadataVideo):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedding_data import EmbeddingData  # noqa: PLC0415
        from ..models.embedding_media_metadata_audio import EmbeddingMediaMetadataAudio  # noqa: PLC0415
        from ..models.embedding_media_metadata_image import EmbeddingMediaMetadataImage  # noqa: PLC0415
        from ..models.embedding_media_metadata_multi_input import (
            EmbeddingMediaMetadataMultiInput,  # noqa: PLC0415
        )
        from ..models.embedding_media_metadata_text_image import (
            EmbeddingMediaMetadataTextImage,  # noqa: PLC0415
        )
        from ..models.embedding_media_metadata_video import EmbeddingMediaMetadataVideo  # noqa: PLC0415
        from ..models.embedding_usage import EmbeddingUsage  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EmbeddingData.from_dict(data_item_data)

            data.append(data_item)

        _usage = d.pop("usage", UNSET)
        usage: EmbeddingUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = EmbeddingUsage.from_dict(_usage)

        def _parse_metadata(
            data: object,
        ) -> (
            EmbeddingMediaMetadataAudio
            | EmbeddingMediaMetadataImage
            | EmbeddingMediaMetadataMultiInput
            | EmbeddingMediaMetadataTextImage
            | EmbeddingMediaMetadataVideo
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_media_metadata_type_0 = EmbeddingMediaMetadataImage.from_dict(data)

                return componentsschemas_embedding_media_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_media_metadata_type_1 = EmbeddingMediaMetadataTextImage.from_dict(data)

                return componentsschemas_embedding_media_metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_media_metadata_type_2 = EmbeddingMediaMetadataAudio.from_dict(data)

                return componentsschemas_embedding_media_metadata_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_media_metadata_type_3 = EmbeddingMediaMetadataVideo.from_dict(data)

                return componentsschemas_embedding_media_metadata_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_embedding_media_metadata_type_4 = EmbeddingMediaMetadataMultiInput.from_dict(data)

            return componentsschemas_embedding_media_metadata_type_4

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        embedding_success_response = cls(
            data=data,
            usage=usage,
            metadata=metadata,
        )

        embedding_success_response.additional_properties = d
        return embedding_success_response

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
