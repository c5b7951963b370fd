"""POST /responses: a JSON answer or Server-Sent Events ending with `data: [DONE]`, in sessions tied to a
knowledge store, with the stream faults, and end to end through the sync and async clients."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from tests.mock.conftest import Api, error_of
from twelvelabs_client import AsyncTwelveLabs, StreamError, TwelveLabs, UnknownStreamEvent
from twelvelabs_mock import MockServer


def ask(store: str, content: str = "What happens on stage?", **more: Any) -> dict[str, Any]:
    return {"knowledge_store_id": store, "input": [{"type": "message", "role": "user", "content": content}], **more}


def new_store(api: Api) -> str:
    response = api.post("/knowledge-stores", {"name": "launches"})
    assert response.status_code == 201, response.text
    return str(response.json()["_id"])


def sse_events(api: Api, body: dict[str, Any], headers: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(event field, data) of each Server-Sent Event, as written on the wire."""
    with api.http.stream("POST", "/responses", json=body, headers=headers or {}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers.get("transfer-encoding") == "chunked"
        blocks = response.read().decode().split("\n\n")
    assert blocks[-1] == ""
    found = []
    for block in blocks[:-1]:
        fields = dict(line.split(": ", 1) for line in block.split("\n"))
        found.append((fields.get("event", ""), fields["data"]))
    return found


def test_a_json_answer_names_its_session_and_store(api: Api) -> None:
    store = new_store(api)
    answer = api.post("/responses", ask(store)).json()
    assert answer["status"] == "completed" and answer["knowledge_store_id"] == store and answer["object"] == "response"
    message = answer["output"][0]
    assert message["role"] == "assistant" and message["phase"] == "final_answer"
    assert len(message["content"][0]["text"].split()) == answer["usage"]["output_tokens"] > 10
    assert api.post("/responses", ask(store)).json()["session_id"] != answer["session_id"]  # a new session


def test_an_unknown_knowledge_store_or_session_is_404_and_another_store_s_session_400(api: Api) -> None:
    assert error_of(api.post("/responses", ask("6791a1b2c3d4e5f6a7b8c9d0")))[:2] == (404, "resource_not_exist")
    store, other = new_store(api), new_store(api)
    assert error_of(api.post("/responses", ask(store, session_id="nope")))[:2] == (404, "resource_not_exist")
    session = api.post("/responses", ask(store)).json()["session_id"]
    status, code, message = error_of(api.post("/responses", ask(other, session_id=session)))
    assert (status, code) == (400, "parameter_invalid") and store in message


def test_a_session_continues_with_new_text_each_turn(api: Api) -> None:
    store = new_store(api)
    first = api.post("/responses", ask(store)).json()
    second = api.post("/responses", ask(store, session_id=first["session_id"])).json()
    assert second["session_id"] == first["session_id"] and second["id"] != first["id"]
    assert second["output"][0]["content"][0]["text"] != first["output"][0]["content"][0]["text"]
    assert second["output"][0]["id"].endswith("_1")


def test_a_json_schema_text_format_gives_json_text(api: Api) -> None:
    schema = {"type": "object", "properties": {"who": {"type": "string"}}, "required": ["who"]}
    text_format = {"format": {"type": "json_schema", "name": "who", "schema": schema}}
    answer = api.post("/responses", ask(new_store(api), text=text_format)).json()
    assert isinstance(json.loads(answer["output"][0]["content"][0]["text"])["who"], str)


def test_the_stream_is_framed_events_in_order_ending_with_done(api: Api) -> None:
    store = new_store(api)
    events = sse_events(api, ask(store, stream=True))
    assert events[-1] == ("", "[DONE]")
    parsed = [json.loads(data) for _, data in events[:-1]]
    assert [name for name, _ in events[:-1]] == [event["type"] for event in parsed]
    assert [event["sequence_number"] for event in parsed] == list(range(len(parsed)))
    kinds = [event["type"] for event in parsed]
    assert kinds[:4] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
    ]
    assert kinds[-4:] == [
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    deltas = "".join(event["delta"] for event in parsed if event["type"] == "response.output_text.delta")
    final = parsed[-1]["response"]
    assert deltas == final["output"][0]["content"][0]["text"] == parsed[-4]["text"]
    assert parsed[0]["response"]["status"] == "in_progress" and final["status"] == "completed"


def test_stream_faults_apply_to_server_sent_events(api: Api) -> None:
    store = new_store(api)
    events = sse_events(api, ask(store, stream=True), {"x-mock-fault": "unknown_event=1; malformed_line=2"})
    assert json.loads(events[1][1])["type"] == "usage_report"
    with pytest.raises(json.JSONDecodeError):
        json.loads(events[3][1])
    assert events[-1] == ("", "[DONE]")
    with pytest.raises(httpx.RemoteProtocolError):
        sse_events(api, ask(store, stream=True), {"x-mock-fault": "stream_cut=3"})


def test_the_clients_end_to_end_with_faults(twelvelabs_mock: MockServer) -> None:
    settings = {"api_key": twelvelabs_mock.api_key, "base_url": twelvelabs_mock.base_url}
    with TwelveLabs(**settings) as client:
        store = client.knowledge_stores.create(name="launches").id
        question = [{"type": "message", "role": "user", "content": "Who is on stage?"}]
        answer = client.responses.create(knowledge_store_id=store, input=question)  # type: ignore[arg-type]
        with client.responses.create_stream(
            knowledge_store_id=store,
            input=question,  # type: ignore[arg-type]
            session_id=answer.session_id,
            request_options={"additional_headers": {"x-mock-fault": "unknown_event=2"}},
        ) as stream:
            events = list(stream)
        assert isinstance(events[2], UnknownStreamEvent) and events[-1].type_ == "response.completed"  # type: ignore[union-attr]
        assert stream.text and events[-1].response.session_id == answer.session_id  # type: ignore[union-attr]
        for fault in ("stream_cut=5", "malformed_line=4"):
            twelvelabs_mock.control.inject(fault, operation="createResponse")
            with pytest.raises(StreamError):
                client.responses.create_stream(knowledge_store_id=store, input=question).until_done()  # type: ignore[arg-type]

    async def run() -> str:
        async with AsyncTwelveLabs(**settings) as client:
            stream = client.responses.create_stream(knowledge_store_id=store, input=question)  # type: ignore[arg-type]
            kinds = [event.type_ async for event in stream]  # type: ignore[union-attr]
            assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
            twelvelabs_mock.control.inject("stream_cut=5", operation="createResponse")
            with pytest.raises(StreamError, match="connection failed mid-stream"):
                await client.responses.create_stream(knowledge_store_id=store, input=question).until_done()  # type: ignore[arg-type]
            return stream.text

    assert asyncio.run(run())
