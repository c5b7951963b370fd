from typing import Literal

DocumentSequentialSegmentationStrategy = Literal["sentence"]

DOCUMENT_SEQUENTIAL_SEGMENTATION_STRATEGY_VALUES: set[DocumentSequentialSegmentationStrategy] = {
    "sentence",
}


def check_document_sequential_segmentation_strategy(value: str) -> DocumentSequentialSegmentationStrategy:
    if value in DOCUMENT_SEQUENTIAL_SEGMENTATION_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOCUMENT_SEQUENTIAL_SEGMENTATION_STRATEGY_VALUES!r}")
