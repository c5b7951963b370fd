"""Ids in paths are percent-decoded once and never re-quoted or re-parsed: an id holding `#` or `?` is
that id. Fresh contract seeds found the in-process (ASGI) mock reading `ab%3Fcd` for the id `ab?cd`
(then 400 for a too-long id, or 405 for a path cut short)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from twelvelabs_mock import DEFAULT_API_KEY, Clock, create_app


async def _answers(raw: str) -> list[httpx.Response]:
    transport = httpx.ASGITransport(app=create_app(clock=Clock(speed=0.0), self_check=True))
    headers = {"x-api-key": DEFAULT_API_KEY}
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", headers=headers) as api:
        return [await api.post(f"/v1.3/analyze/tasks/{raw}/cancel"), await api.get(f"/v1.3/indexes/{raw}")]


@pytest.mark.parametrize(("raw", "decoded"), [("a%23b", "a#b"), ("ab%3Fcd", "ab?cd"), ("x%3F%23y", "x?#y")])
def test_an_id_with_hash_or_question_mark_is_read_as_sent(raw: str, decoded: str) -> None:
    for answer in asyncio.run(_answers(raw)):
        assert answer.status_code == 404 and answer.json()["code"] == "resource_not_exist", answer.text
        assert f" {decoded} " in answer.json()["message"], answer.text


@pytest.mark.parametrize("token", ["%C2%B9", "abc-%C2%B2", "abc-x", "abc--1"])
def test_a_page_token_that_is_not_ours_is_not_found(token: str) -> None:
    """`"¹".isdigit()` is true, yet `int("¹")` fails: a fresh contract seed (36368) got a 500 for it."""

    async def answer() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(clock=Clock(speed=0.0), self_check=True))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as api:
            return await api.get(f"/v1.3/search/{token}", headers={"x-api-key": DEFAULT_API_KEY})

    response = asyncio.run(answer())
    assert response.status_code == 404 and response.json()["code"] == "resource_not_exist", response.text
