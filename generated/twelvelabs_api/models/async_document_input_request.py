from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.async_document_input_request_embedding_option_item import (
    AsyncDocumentInputRequestEmbeddingOptionItem,
    check_async_document_input_request_embedding_option_item,
)
from ..models.async_document_input_request_embedding_scope_item import (
    AsyncDocumentInputRequestEmbeddingScopeItem,
    check_async_document_input_request_embedding_scope_item,
)
from ..models.async_document_input_request_embedding_type_item import (
    AsyncDocumentInputRequestEmbeddingTypeItem,
    check_async_document_input_request_embedding_type_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_segmentation import DocumentSegmentation
    from ..models.media_source import MediaSource


T = TypeVar("T", bound="AsyncDocumentInputRequest")


@_attrs_define
class AsyncDocumentInputRequest:
    media_source: MediaSource
    """ Where the media comes from; exactly one of `url`, `base64_string` and `asset_id`. """
    segmentation: DocumentSegmentation | Unset = UNSET
    embedding_option: list[AsyncDocumentInputRequestEmbeddingOptionItem] | Unset = UNSET
    embedding_type: list[AsyncDocumentInputRequestEmbeddingTypeItem] | Unset = UNSET
    embedding_scope: list[AsyncDocumentInputRequestEmbeddingScopeItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        media_source = self.media_source.to_dict()

        segmentation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segmentation, Unset):
            segmentation = self.segmentation.to_dict()

        embedding_option: list[str] | Unset = UNSET
        if not isinstance(self.embedding_option, Unset):
            embedding_option = []
            for embedding_option_item_data in self.embedding_option:
                embedding_option_item: str = embedding_option_item_data
                embedding_option.append(embedding_option_item)

        embedding_type: list[str] | Unset = UNSET
        if not isinstance(self.embedding_type, Unset):
            embedding_type = []
            for embedding_type_item_data in self.embedding_type:
                embedding_type_item: str = embedding_type_item_data
                embedding_type.append(embedding_type_item)

        embedding_scope: list[str] | Unset = UNSET
        if not isinstance(self.embedding_scope, Unset):
            embedding_scope = []
            for embedding_scope_item_data in self.embedding_scope:
                embedding_scope_item: str = embedding_scope_item_data
                embedding_scope.append(embedding_scope_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "media_source": media_source,
            }
        )
        if segmentation is not UNSET:
            field_dict["segmentation"] = segmentation
        if embedding_option is not UNSET:
            field_dict["embedding_option"] = embedding_option
        if embedding_type is not UNSET:
            field_dict["embedding_type"] = embedding_type
        if embedding_scope is not UNSET:
            field_dict["embedding_scope"] = embedding_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_segmentation import DocumentSegmentation  # noqa: PLC0415
        from ..models.media_source import MediaSource  # noqa: PLC0415

        d = dict(src_dict)
        media_source = MediaSource.from_dict(d.pop("media_source"))

        _segmentation = d.pop("segmentation", UNSET)
        segmentation: DocumentSegmentation | Unset
        if isinstance(_segmentation, Unset):
            segmentation = UNSET
        else:
            segmentation = DocumentSegmentation.from_dict(_segmentation)

        _embedding_option = d.pop("embedding_option", UNSET)
        embedding_option: list[AsyncDocumentInputRequestEmbeddingOptionItem] | Unset = UNSET
        if _embedding_option is not UNSET:
            embedding_option = []
            for embedding_option_item_data in _embedding_option:
                embedding_option_item = check_async_document_input_request_embedding_option_item(
                    embedding_option_item_data
                )

                embedding_option.append(embedding_option_item)

        _embedding_type = d.pop("embedding_type", UNSET)
        embedding_type: list[AsyncDocumentInputRequestEmbeddingTypeItem] | Unset = UNSET
        if _embedding_type is not UNSET:
            embedding_type = []
            for embedding_type_item_data in _embedding_type:
                embedding_type_item = check_async_document_input_request_embedding_type_item(embedding_type_item_data)

                embedding_type.append(embedding_type_item)

        _embedding_scope = d.pop("embedding_scope", UNSET)
        embedding_scope: list[AsyncDocumentInputRequestEmbeddingScopeItem] | Unset = UNSET
        if _embedding_scope is not UNSET:
            embedding_scope = []
            for embedding_scope_item_data in _embedding_scope:
                embedding_scope_item = check_async_document_input_request_embedding_scope_item(
                    embedding_scope_item_data
                )

                embedding_scope.append(embedding_scope_item)

        async_document_input_request = cls(
            media_source=media_source,
            segmentation=segmentation,
            embedding_option=embedding_option,
            embedding_type=embedding_type,
            embedding_scope=embedding_scope,
        )

        return async_document_input_request
