from typing import Literal

TranscriptionStatus = Literal["failed", "pending", "processing", "ready"]

TRANSCRIPTION_STATUS_VALUES: set[TranscriptionStatus] = {
    "failed",
    "pending",
    "processing",
    "ready",
}


def check_transcription_status(value: str) -> TranscriptionStatus:
    if value in TRANSCRIPTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSCRIPTION_STATUS_VALUES!r}")
