from typing import Literal

CreateAnalyzeBatchRequestAnalysisMode = Literal["general", "time_based_metadata"]

CREATE_ANALYZE_BATCH_REQUEST_ANALYSIS_MODE_VALUES: set[CreateAnalyzeBatchRequestAnalysisMode] = {
    "general",
    "time_based_metadata",
}


def check_create_analyze_batch_request_analysis_mode(value: str) -> CreateAnalyzeBatchRequestAnalysisMode:
    if value in CREATE_ANALYZE_BATCH_REQUEST_ANALYSIS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ANALYZE_BATCH_REQUEST_ANALYSIS_MODE_VALUES!r}"
    )
