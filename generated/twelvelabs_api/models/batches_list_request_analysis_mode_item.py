from typing import Literal

BatchesListRequestAnalysisModeItem = Literal["general", "time_based_metadata"]

BATCHES_LIST_REQUEST_ANALYSIS_MODE_ITEM_VALUES: set[BatchesListRequestAnalysisModeItem] = {
    "general",
    "time_based_metadata",
}


def check_batches_list_request_analysis_mode_item(value: str) -> BatchesListRequestAnalysisModeItem:
    if value in BATCHES_LIST_REQUEST_ANALYSIS_MODE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BATCHES_LIST_REQUEST_ANALYSIS_MODE_ITEM_VALUES!r}")
