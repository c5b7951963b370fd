from typing import Literal

RetrieveAssetTranscriptionIncludeItem = Literal["sentences", "utterances", "words"]

RETRIEVE_ASSET_TRANSCRIPTION_INCLUDE_ITEM_VALUES: set[RetrieveAssetTranscriptionIncludeItem] = {
    "sentences",
    "utterances",
    "words",
}


def check_retrieve_asset_transcription_include_item(value: str) -> RetrieveAssetTranscriptionIncludeItem:
    if value in RETRIEVE_ASSET_TRANSCRIPTION_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RETRIEVE_ASSET_TRANSCRIPTION_INCLUDE_ITEM_VALUES!r}")
