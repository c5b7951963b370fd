from typing import Literal

BatchStatus = Literal["canceled", "canceling", "completed", "expired", "pending", "processing"]

BATCH_STATUS_VALUES: set[BatchStatus] = {
    "canceled",
    "canceling",
    "completed",
    "expired",
    "pending",
    "processing",
}


def check_batch_status(value: str) -> BatchStatus:
    if value in BATCH_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BATCH_STATUS_VALUES!r}")
