from typing import Literal

AnalyzeModelName = Literal["pegasus1.2", "pegasus1.5", "pegasus1.6"]

ANALYZE_MODEL_NAME_VALUES: set[AnalyzeModelName] = {
    "pegasus1.2",
    "pegasus1.5",
    "pegasus1.6",
}


def check_analyze_model_name(value: str) -> AnalyzeModelName:
    if value in ANALYZE_MODEL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYZE_MODEL_NAME_VALUES!r}")
