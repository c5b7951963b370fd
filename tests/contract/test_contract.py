"""schemathesis against the mock, in process: examples, coverage, fuzzing and stateful (links) phases,
all default checks plus the NDJSON check. Zero failures, and the mock never answers 5xx."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, seed, settings

from tests.contract.seed import REPLAY, SEED
from tests.contract.st_hooks import check_jsonl, check_ndjson_stream
from tests.document import DOCUMENT_PATH
from twelvelabs_mock import Clock, create_app

# Simulated time is stopped: a task's status then depends only on the requests made, so hypothesis can
# replay a scenario exactly from its seed (fresh each run, printed in the header and in any failure).
APP = create_app(self_check=True, clock=Clock(speed=0.0))
SCHEMA = schemathesis.openapi.from_path(DOCUMENT_PATH)
SCHEMA.app = APP
SCHEMA.config.seed = SEED


def assert_no_new_violations(before: int) -> None:
    """The mock's self-check saw no response outside the document, and no unhandled error (the only
    way it answers 5xx unasked), during this case: each test checks its own, in any order."""
    new = APP.violations[before:]
    assert not new, f"the mock answered outside the document ({REPLAY}):\n" + "\n".join(new)


@SCHEMA.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck), max_examples=20)
def test_operation_conforms(case: Any) -> None:
    before = len(APP.violations)
    case.call_and_validate()
    assert_no_new_violations(before)


@seed(SEED)
class ApiWorkflow(SCHEMA.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        APP.reset()  # every scenario starts from an empty API, as a replay must (violations survive it)
        self.violations_before = len(APP.violations)

    def after_call(self, response: Any, case: Any) -> None:
        super().after_call(response, case)
        assert_no_new_violations(self.violations_before)


TestApiWorkflow = ApiWorkflow.TestCase
TestApiWorkflow.settings = settings(
    max_examples=40, stateful_step_count=6, deadline=None, suppress_health_check=list(HealthCheck)
)


def test_ndjson_check_catches_broken_streams() -> None:
    good = (
        b'{"event_type":"stream_start","metadata":{"generation_id":"g"}}\n'
        b'{"event_type":"text_generation","text":"Hi"}\n'
        b'{"event_type":"stream_end","finish_reason":"stop","metadata":{"generation_id":"g"}}\n'
    )
    check_ndjson_stream(good)
    for broken in (b"", good.replace(b'"text":"Hi"', b'"text":5'), good + good, good.replace(b"{", b"[", 1)):
        with pytest.raises(AssertionError):
            check_ndjson_stream(broken)


def test_a_streamed_response_passes_every_check() -> None:
    """schemathesis checks each Server-Sent Event against the document (the data's `contentSchema`); fuzzing
    seldom reaches a stream (it needs a knowledge store), so one is asked for here."""
    before, key = len(APP.violations), {"x-api-key": APP.api_key}
    store = SCHEMA["/knowledge-stores"]["POST"].Case(body={"name": "contract"}, headers=key).call().json()["_id"]
    question = [{"type": "message", "role": "user", "content": "What happens?"}]
    body = {"knowledge_store_id": store, "input": question, "stream": True}
    response = SCHEMA["/responses"]["POST"].Case(body=body, headers=key).call_and_validate()
    assert response.headers["content-type"][0].startswith("text/event-stream")
    assert b"event: response.created\ndata: {" in response.content
    assert_no_new_violations(before)


def test_jsonl_check_catches_broken_lines() -> None:
    schema = {"$ref": "#/components/schemas/BatchResultItem"}
    good = b'{"task_id":"t1","status":"ready","data":{"data":"text"}}\n\n{"task_id":"t2","status":"queued"}\n'
    check_jsonl(good, schema)
    for broken in (good + b"{not json\n", good.replace(b'"task_id":"t2",', b""), good.replace(b'"text"', b"5")):
        with pytest.raises(AssertionError):
            check_jsonl(broken, schema)


def test_the_exemptions_in_schemathesis_toml_are_in_effect() -> None:
    """Each check is on except where schemathesis.toml turns it off; `tools/contract.py` passes no `--checks`
    (`--checks all` overrides the file: an HTTP run reported the use-after-free the file exempts, seed 30562)."""
    operations = {op.ok().definition.raw["operationId"]: op.ok() for op in SCHEMA.get_all_operations()}

    def checks(operation_id: str, phase: str) -> Any:
        return SCHEMA.config.checks_config_for(operation=operations[operation_id], phase=phase)

    assert not checks("updateAssetUserMetadata", "stateful").use_after_free.enabled
    assert checks("deleteIndex", "stateful").use_after_free.enabled
    assert not checks("createTask", "stateful").negative_data_rejection.enabled
    stateful_modes = SCHEMA.config.generation_for(operation=operations["createTask"], phase="stateful").modes
    assert [mode.value for mode in stateful_modes] == ["positive"]
    assert checks("createTask", "fuzzing").negative_data_rejection.enabled
    assert checks("analyze", "fuzzing").get_by_name(name="ndjson_event_conformance").enabled
    assert '"--checks"' not in (DOCUMENT_PATH.parents[1] / "tools" / "contract.py").read_text()
