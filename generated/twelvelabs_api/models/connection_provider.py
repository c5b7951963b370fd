from typing import Literal

ConnectionProvider = Literal["google_drive"]

CONNECTION_PROVIDER_VALUES: set[ConnectionProvider] = {
    "google_drive",
}


def check_connection_provider(value: str) -> ConnectionProvider:
    if value in CONNECTION_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONNECTION_PROVIDER_VALUES!r}")
