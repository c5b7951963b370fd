from typing import Literal

TasksListRequestAnalysisMode = Literal["general", "time_based_metadata"]

TASKS_LIST_REQUEST_ANALYSIS_MODE_VALUES: set[TasksListRequestAnalysisMode] = {
    "general",
    "time_based_metadata",
}


def check_tasks_list_request_analysis_mode(value: str) -> TasksListRequestAnalysisMode:
    if value in TASKS_LIST_REQUEST_ANALYSIS_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASKS_LIST_REQUEST_ANALYSIS_MODE_VALUES!r}")
