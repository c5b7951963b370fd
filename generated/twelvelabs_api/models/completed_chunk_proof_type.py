from typing import Literal

CompletedChunkProofType = Literal["etag"]

COMPLETED_CHUNK_PROOF_TYPE_VALUES: set[CompletedChunkProofType] = {
    "etag",
}


def check_completed_chunk_proof_type(value: str) -> CompletedChunkProofType:
    if value in COMPLETED_CHUNK_PROOF_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLETED_CHUNK_PROOF_TYPE_VALUES!r}")
