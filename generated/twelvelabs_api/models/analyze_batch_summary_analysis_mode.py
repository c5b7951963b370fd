from typing import Literal

AnalyzeBatchSummaryAnalysisMode = Literal["general", "time_based_metadata"]

ANALYZE_BATCH_SUMMARY_ANALYSIS_MODE_VALUES: set[AnalyzeBatchSummaryAnalysisMode] = {
    "general",
    "time_based_metadata",
}


def check_analyze_batch_summary_analysis_mode(value: str) -> AnalyzeBatchSummaryAnalysisMode:
    if value in ANALYZE_BATCH_SUMMARY_ANALYSIS_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYZE_BATCH_SUMMARY_ANALYSIS_MODE_VALUES!r}")
