from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_data_embedding_option import (
    EmbeddingDataEmbeddingOption,
    check_embedding_data_embedding_option,
)
from ..models.embedding_data_embedding_scope import (
    EmbeddingDataEmbeddingScope,
    check_embedding_data_embedding_scope,
)
from ..models.embedding_data_quadrant import (
    EmbeddingDataQuadrant,
    check_embedding_data_quadrant,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingData")


@_attrs_define
class EmbeddingData:
    """One embedding, with what it covers."""

    embedding: list[float]
    """ The vector """
    embedding_uncertainty: list[float] | Unset = UNSET
    """ Per dimension; higher is less sure. """
    embedding_option: EmbeddingDataEmbeddingOption | str | Unset = UNSET
    embedding_scope: EmbeddingDataEmbeddingScope | str | Unset = UNSET
    start_sec: float | Unset = UNSET
    end_sec: float | Unset = UNSET
    start_page_number: int | Unset = UNSET
    end_page_number: int | Unset = UNSET
    quadrant: EmbeddingDataQuadrant | str | Unset = UNSET
    chunk_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding = self.embedding

        embedding_uncertainty: list[float] | Unset = UNSET
        if not isinstance(self.embedding_uncertainty, Unset):
            embedding_uncertainty = self.embedding_uncertainty

        embedding_option: str | Unset
        if isinstance(self.embedding_option, Unset):
            embedding_option = UNSET
        elif isinstance(self.embedding_option, str):
            embedding_option = self.embedding_option
        else:
            embedding_option = self.embedding_option

        embedding_scope: str | Unset
        if isinstance(self.embedding_scope, Unset):
            embedding_scope = UNSET
        elif isinstance(self.embedding_scope, str):
            embedding_scope = self.embedding_scope
        else:
            embedding_scope = self.embedding_scope

        start_sec = self.start_sec

        end_sec = self.end_sec

        start_page_number = self.start_page_number

        end_page_number = self.end_page_number

        quadrant: str | Unset
        if isinstance(self.quadrant, Unset):
            quadrant = UNSET
        elif isinstance(self.quadrant, str):
            quadrant = self.quadrant
        else:
            quadrant = self.quadrant

        chunk_index = self.chunk_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding": embedding,
            }
        )
        if embedding_uncertainty is not UNSET:
            field_dict["embedding_uncertainty"] = embedding_uncertainty
        if embedding_option is not UNSET:
            field_dict["embedding_option"] = embedding_option
        if embedding_scope is not UNSET:
            field_dict["embedding_scope"] = embedding_scope
        if start_sec is not UNSET:
            field_dict["start_sec"] = start_sec
        if end_sec is not UNSET:
            field_dict["end_sec"] = end_sec
        if start_page_number is not UNSET:
            field_dict["start_page_number"] = start_page_number
        if end_page_number is not UNSET:
            field_dict["end_page_number"] = end_page_number
        if quadrant is not UNSET:
            field_dict["quadrant"] = quadrant
        if chunk_index is not UNSET:
            field_dict["chunk_index"] = chunk_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        embedding = cast(list[float], d.pop("embedding"))

        embedding_uncertainty = cast(list[float], d.pop("embedding_uncertainty", UNSET))

        def _parse_embedding_option(data: object) -> EmbeddingDataEmbeddingOption | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                embedding_option_type_0 = check_embedding_data_embedding_option(data)

                return embedding_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddingDataEmbeddingOption | str | Unset, data)

        embedding_option = _parse_embedding_option(d.pop("embedding_option", UNSET))

        def _parse_embedding_scope(data: object) -> EmbeddingDataEmbeddingScope | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                embedding_scope_type_0 = check_embedding_data_embedding_scope(data)

                return embedding_scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddingDataEmbeddingScope | str | Unset, data)

        embedding_scope = _parse_embedding_scope(d.pop("embedding_scope", UNSET))

        start_sec = d.pop("start_sec", UNSET)

        end_sec = d.pop("end_sec", UNSET)

        start_page_number = d.pop("start_page_number", UNSET)

        end_page_number = d.pop("end_page_number", UNSET)

        def _parse_quadrant(data: object) -> EmbeddingDataQuadrant | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quadrant_type_0 = check_embedding_data_quadrant(data)

                return quadrant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddingDataQuadrant | str | Unset, data)

        quadrant = _parse_quadrant(d.pop("quadrant", UNSET))

        chunk_index = d.pop("chunk_index", UNSET)

        embedding_data = cls(
            embedding=embedding,
            embedding_uncertainty=embedding_uncertainty,
            embedding_option=embedding_option,
            embedding_scope=embedding_scope,
            start_sec=start_sec,
            end_sec=end_sec,
            start_page_number=start_page_number,
            end_page_number=end_page_number,
            quadrant=quadrant,
            chunk_index=chunk_index,
        )

        embedding_data.additional_properties = d
        return embedding_data

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
