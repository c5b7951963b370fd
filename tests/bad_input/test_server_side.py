"""The same bad requests sent raw (no client checks) get the API's 4xx body from the mock, never 5xx;
hypothesis then generates wrong types, out-of-range numbers, missing and extra fields and oversized
values, and the mock's state is unchanged after every rejected request."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.bad_input.test_client_side import ASYNC_CASES, SYNC_CASES
from twelvelabs_mock import MockServer, create_app

KEY = "tlk_bad_input_key"


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    app = create_app(api_key=KEY, self_check=True)
    with MockServer(app) as running:
        yield running
    assert not app.violations, app.violations


@pytest.fixture(scope="module")
def http(server: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers={"x-api-key": KEY}, timeout=30) as client:
        yield client


def wire(params: dict[str, Any]) -> dict[str, Any]:
    """Client keyword arguments as the JSON body the client would have sent."""
    body: dict[str, Any] = {}
    for name, value in params.items():
        key = "prompt_v2" if name == "prompt_v_2" else name
        if hasattr(value, "to_dict"):
            value = value.to_dict()
        elif isinstance(value, list):
            value = [item.to_dict() if hasattr(item, "to_dict") else item for item in value]
        body[key] = value
    return body


def assert_rejected(response: httpx.Response) -> None:
    assert 400 <= response.status_code < 500, f"{response.status_code}: {response.text[:200]}"
    error = response.json()
    assert set(error) >= {"code", "message"} and error["message"]


@pytest.mark.parametrize(("params", "field", "rule"), SYNC_CASES, ids=[f"{c[1]}:{c[2]}" for c in SYNC_CASES])
def test_client_rejected_analyze_requests_are_rejected_by_the_api_too(
    http: httpx.Client, params: dict[str, Any], field: str, rule: str
) -> None:
    response = http.post("/analyze", json={**wire(params), "stream": False})
    assert_rejected(response)
    assert response.json()["code"].startswith("parameter_") or response.status_code == 404


@pytest.mark.parametrize(("params", "field", "rule"), ASYNC_CASES, ids=[f"{c[1]}:{c[2]}" for c in ASYNC_CASES])
def test_client_rejected_task_requests_are_rejected_by_the_api_too(
    http: httpx.Client, params: dict[str, Any], field: str, rule: str
) -> None:
    before = http.get("/analyze/tasks").json()["page_info"]["total_results"]
    assert_rejected(http.post("/analyze/tasks", json=wire(params)))
    assert http.get("/analyze/tasks").json()["page_info"]["total_results"] == before


def test_oversized_base64_video_is_413(http: httpx.Client) -> None:
    big = base64.b64encode(b"\0" * (30 * 1024 * 1024 + 3)).decode()
    response = http.post("/analyze", json={"video": {"type": "base64_string", "base64_string": big}, "prompt": "x"})
    assert response.status_code == 413 and response.json()["code"] == "video_filesize_too_large"


# ---------------------------------------------------------------- generated bad input
VALID_TASK = {"video": {"type": "url", "url": "https://cdn.example.com/v.mp4"}, "prompt": "Describe"}
VALID_INDEX = {"index_name": "idx", "models": [{"model_name": "pegasus1.2", "model_options": ["visual"]}]}
WRONG_TYPES = st.one_of(
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def corrupt(valid: dict[str, Any], numbers: dict[str, tuple[float, float]]) -> st.SearchStrategy[dict[str, Any]]:
    """Bodies that break `valid` one way: a wrong type, an out-of-range number, a missing required
    field, an extra field, or an oversized string."""
    wrong_type = st.sampled_from(sorted(valid)).flatmap(
        lambda name: WRONG_TYPES.filter(lambda v: not isinstance(v, type(valid[name])) or isinstance(v, bool)).map(
            lambda value: {**valid, name: value}
        )
    )
    out_of_range = st.sampled_from(sorted(numbers)).flatmap(
        lambda name: (
            st.floats(allow_nan=False, allow_infinity=False)
            .filter(lambda value: value < numbers[name][0] or value > numbers[name][1])  # -0.0 is in range
            .map(lambda value: {**valid, name: value})
        )
    )
    missing = st.sampled_from(sorted(valid)).map(lambda name: {k: v for k, v in valid.items() if k != name})
    extra = (
        st.text(min_size=1, max_size=20)
        .filter(lambda k: k not in valid and k not in numbers)
        .map(lambda k: {**valid, k: 1})
    )
    oversized = st.sampled_from([k for k, v in valid.items() if isinstance(v, str)]).map(
        lambda name: {**valid, name: "x" * 100_001}
    )
    return st.one_of(wrong_type, out_of_range, missing, extra, oversized)


def state(http: httpx.Client) -> tuple[int, int, int]:
    return tuple(
        http.get(path).json()["page_info"]["total_results"] for path in ("/analyze/tasks", "/indexes", "/assets")
    )  # type: ignore[return-value]


SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(body=corrupt(VALID_TASK, {"temperature": (0, 1), "max_tokens": (512, 98304), "start_time": (0, 7200)}))
def test_generated_bad_analysis_tasks_are_4xx_and_change_nothing(http: httpx.Client, body: dict[str, Any]) -> None:
    before = state(http)
    assert_rejected(http.post("/analyze/tasks", json=body))
    assert state(http) == before


@SETTINGS
@given(body=corrupt(VALID_INDEX, {"page": (1, 100000)}))
def test_generated_bad_indexes_are_4xx_and_change_nothing(http: httpx.Client, body: dict[str, Any]) -> None:
    before = state(http)
    assert_rejected(http.post("/indexes", json=body))
    assert state(http) == before


@SETTINGS
@given(
    fields=st.dictionaries(
        st.sampled_from(["method", "url", "filename", "enable_hls", "colour", "file"]),
        st.one_of(st.text(max_size=30), st.binary(max_size=30).map(lambda b: b.hex())),
        max_size=4,
    )
)
def test_generated_bad_multipart_assets_are_4xx_and_change_nothing(http: httpx.Client, fields: dict[str, str]) -> None:
    valid = (
        fields.get("method") == "url"
        and str(fields.get("url", "")).startswith("http")
        and set(fields) <= {"method", "url", "filename"}
    )
    if valid:
        return
    before = state(http)
    assert_rejected(http.post("/assets", files={name: (None, value) for name, value in fields.items()}))
    assert state(http) == before


@SETTINGS
@given(raw=st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)))
def test_garbage_bodies_are_400(http: httpx.Client, raw: bytes) -> None:
    for path in ("/analyze", "/analyze/tasks", "/gist", "/summarize", "/indexes"):
        response = http.post(path, content=raw, headers={"content-type": "application/json"})
        assert_rejected(response)


def test_an_oversized_body_is_rejected(http: httpx.Client) -> None:
    response = http.post("/analyze", json={**VALID_TASK, "prompt": "word " * 500_000})
    assert_rejected(response)
