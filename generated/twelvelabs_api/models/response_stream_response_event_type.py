from typing import Literal

ResponseStreamResponseEventType = Literal[
    "response.completed", "response.created", "response.failed", "response.in_progress"
]

RESPONSE_STREAM_RESPONSE_EVENT_TYPE_VALUES: set[ResponseStreamResponseEventType] = {
    "response.completed",
    "response.created",
    "response.failed",
    "response.in_progress",
}


def check_response_stream_response_event_type(value: str) -> ResponseStreamResponseEventType:
    if value in RESPONSE_STREAM_RESPONSE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_STREAM_RESPONSE_EVENT_TYPE_VALUES!r}")
