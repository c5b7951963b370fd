from typing import Literal

EntityStatus = Literal["processing", "ready"]

ENTITY_STATUS_VALUES: set[EntityStatus] = {
    "processing",
    "ready",
}


def check_entity_status(value: str) -> EntityStatus:
    if value in ENTITY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENTITY_STATUS_VALUES!r}")
