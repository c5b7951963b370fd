from typing import Literal

CreateAsyncAnalyzeRequestAnalysisMode = Literal["general", "time_based_metadata"]

CREATE_ASYNC_ANALYZE_REQUEST_ANALYSIS_MODE_VALUES: set[CreateAsyncAnalyzeRequestAnalysisMode] = {
    "general",
    "time_based_metadata",
}


def check_create_async_analyze_request_analysis_mode(value: str) -> CreateAsyncAnalyzeRequestAnalysisMode:
    if value in CREATE_ASYNC_ANALYZE_REQUEST_ANALYSIS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ASYNC_ANALYZE_REQUEST_ANALYSIS_MODE_VALUES!r}"
    )
