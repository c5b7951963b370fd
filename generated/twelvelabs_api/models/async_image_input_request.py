from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.async_image_input_request_embedding_option_item import (
    AsyncImageInputRequestEmbeddingOptionItem,
    check_async_image_input_request_embedding_option_item,
)
from ..models.async_image_input_request_embedding_scope_item import (
    AsyncImageInputRequestEmbeddingScopeItem,
    check_async_image_input_request_embedding_scope_item,
)
from ..models.async_image_input_request_embedding_type_item import (
    AsyncImageInputRequestEmbeddingTypeItem,
    check_async_image_input_request_embedding_type_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_source import MediaSource


T = TypeVar("T", bound="AsyncImageInputRequest")


@_attrs_define
class AsyncImageInputRequest:
    media_source: MediaSource
    """ Where the media comes from; exactly one of `url`, `base64_string` and `asset_id`. """
    embedding_option: list[AsyncImageInputRequestEmbeddingOptionItem] | Unset = UNSET
    embedding_type: list[AsyncImageInputRequestEmbeddingTypeItem] | Unset = UNSET
    embedding_scope: list[AsyncImageInputRequestEmbeddingScopeItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        media_source = self.media_source.to_dict()

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
        if embedding_option is not UNSET:
            field_dict["embedding_option"] = embedding_option
        if embedding_type is not UNSET:
            field_dict["embedding_type"] = embedding_type
        if embedding_scope is not UNSET:
            field_dict["embedding_scope"] = embedding_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_source import MediaSource  # noqa: PLC0415

        d = dict(src_dict)
        media_source = MediaSource.from_dict(d.pop("media_source"))

        _embedding_option = d.pop("embedding_option", UNSET)
        embedding_option: list[AsyncImageInputRequestEmbeddingOptionItem] | Unset = UNSET
        if _embedding_option is not UNSET:
            embedding_option = []
            for embedding_option_item_data in _embedding_option:
                embedding_option_item = check_async_image_input_request_embedding_option_item(
                    embedding_option_item_data
                )

                embedding_option.append(embedding_option_item)

        _embedding_type = d.pop("embedding_type", UNSET)
        embedding_type: list[AsyncImageInputRequestEmbeddingTypeItem] | Unset = UNSET
        if _embedding_type is not UNSET:
            embedding_type = []
            for embedding_type_item_data in _embedding_type:
                embedding_type_item = check_async_image_input_request_embedding_type_item(embedding_type_item_data)

                embedding_type.append(embedding_type_item)

        _embedding_scope = d.pop("embedding_scope", UNSET)
        embedding_scope: list[AsyncImageInputRequestEmbeddingScopeItem] | Unset = UNSET
        if _embedding_scope is not UNSET:
            embedding_scope = []
            for embedding_scope_item_data in _embedding_scope:
                embedding_scope_item = check_async_image_input_request_embedding_scope_item(embedding_scope_item_data)

                embedding_scope.append(embedding_scope_item)

        async_image_input_request = cls(
            media_source=media_source,
            embedding_option=embedding_option,
            embedding_type=embedding_type,
            embedding_scope=embedding_scope,
        )

        return async_image_input_request
