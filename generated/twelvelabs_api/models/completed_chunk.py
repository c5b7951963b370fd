from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.completed_chunk_proof_type import (
    CompletedChunkProofType,
    check_completed_chunk_proof_type,
)

T = TypeVar("T", bound="CompletedChunk")


@_attrs_define
class CompletedChunk:
    chunk_index: int
    proof: str
    """ The ETag the chunk's PUT answered. """
    proof_type: CompletedChunkProofType
    chunk_size: int
    """ The bytes sent for this chunk. """

    def to_dict(self) -> dict[str, Any]:
        chunk_index = self.chunk_index

        proof = self.proof

        proof_type: str = self.proof_type

        chunk_size = self.chunk_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chunk_index": chunk_index,
                "proof": proof,
                "proof_type": proof_type,
                "chunk_size": chunk_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chunk_index = d.pop("chunk_index")

        proof = d.pop("proof")

        proof_type = check_completed_chunk_proof_type(d.pop("proof_type"))

        chunk_size = d.pop("chunk_size")

        completed_chunk = cls(
            chunk_index=chunk_index,
            proof=proof,
            proof_type=proof_type,
            chunk_size=chunk_size,
        )

        return completed_chunk
