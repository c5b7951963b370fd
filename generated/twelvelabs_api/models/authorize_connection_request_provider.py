from typing import Literal

AuthorizeConnectionRequestProvider = Literal["google_drive"]

AUTHORIZE_CONNECTION_REQUEST_PROVIDER_VALUES: set[AuthorizeConnectionRequestProvider] = {
    "google_drive",
}


def check_authorize_connection_request_provider(value: str) -> AuthorizeConnectionRequestProvider:
    if value in AUTHORIZE_CONNECTION_REQUEST_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTHORIZE_CONNECTION_REQUEST_PROVIDER_VALUES!r}")
