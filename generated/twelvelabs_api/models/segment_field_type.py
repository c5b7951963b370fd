from typing import Literal

SegmentFieldType = Literal["array", "boolean", "integer", "number", "string", "time_array", "timestamp"]

SEGMENT_FIELD_TYPE_VALUES: set[SegmentFieldType] = {
    "array",
    "boolean",
    "integer",
    "number",
    "string",
    "time_array",
    "timestamp",
}


def check_segment_field_type(value: str) -> SegmentFieldType:
    if value in SEGMENT_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_FIELD_TYPE_VALUES!r}")
