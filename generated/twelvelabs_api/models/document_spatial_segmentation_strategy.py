from typing import Literal

DocumentSpatialSegmentationStrategy = Literal["quadrants", "standard"]

DOCUMENT_SPATIAL_SEGMENTATION_STRATEGY_VALUES: set[DocumentSpatialSegmentationStrategy] = {
    "quadrants",
    "standard",
}


def check_document_spatial_segmentation_strategy(value: str) -> DocumentSpatialSegmentationStrategy:
    if value in DOCUMENT_SPATIAL_SEGMENTATION_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOCUMENT_SPATIAL_SEGMENTATION_STRATEGY_VALUES!r}")
