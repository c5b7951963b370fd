from typing import Literal

CreateAsyncAnalyzeRequestMaxTokensOne = Literal["unlimited"]

CREATE_ASYNC_ANALYZE_REQUEST_MAX_TOKENS_ONE_VALUES: set[CreateAsyncAnalyzeRequestMaxTokensOne] = {
    "unlimited",
}


def check_create_async_analyze_request_max_tokens_one(value: str) -> CreateAsyncAnalyzeRequestMaxTokensOne:
    if value in CREATE_ASYNC_ANALYZE_REQUEST_MAX_TOKENS_ONE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ASYNC_ANALYZE_REQUEST_MAX_TOKENS_ONE_VALUES!r}"
    )
