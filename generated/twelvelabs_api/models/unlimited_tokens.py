from typing import Literal

UnlimitedTokens = Literal["unlimited"]

UNLIMITED_TOKENS_VALUES: set[UnlimitedTokens] = {
    "unlimited",
}


def check_unlimited_tokens(value: str) -> UnlimitedTokens:
    if value in UNLIMITED_TOKENS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNLIMITED_TOKENS_VALUES!r}")
