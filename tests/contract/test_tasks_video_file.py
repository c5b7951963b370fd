"""`POST /tasks` with a tiny `video_file` (schemathesis seed 26199 found it: ST201 "schema-violating
request accepted"). The document was wrong, not the mock: `video_file` is any bytes up to 2 GB, and
what those bytes hold is checked while indexing, not by the request schema. The document used to say
`contentMediaType: application/octet-stream`, which schemathesis negates into "content of another media
type" and then expects a 4xx for a file that is as valid as any other."""

from __future__ import annotations

import httpx

from tests.document import load_document, resolve
from twelvelabs_mock import MockServer

TWO_BYTES = b"\x00\x01"


def test_the_document_puts_no_content_rule_on_video_file() -> None:
    body = load_document()["paths"]["/tasks"]["post"]["requestBody"]["content"]["multipart/form-data"]
    video_file = resolve(body["schema"])["properties"]["video_file"]
    assert (video_file["type"], video_file["format"]) == ("string", "binary")
    content_rules = {"contentMediaType", "contentEncoding", "contentSchema", "minLength", "maxLength", "pattern"}
    assert not content_rules & set(video_file), "a binary part's bytes cannot be constrained by these keywords"


def test_a_two_byte_video_file_is_accepted_and_indexed(twelvelabs_mock: MockServer) -> None:
    with httpx.Client(base_url=twelvelabs_mock.base_url, headers={"x-api-key": twelvelabs_mock.api_key}) as api:
        index = api.post(
            "/indexes",
            json={"index_name": "tiny", "models": [{"model_name": "pegasus1.2", "model_options": ["visual"]}]},
        )
        assert index.status_code == 201, index.text
        created = api.post(
            "/tasks", files={"index_id": (None, index.json()["_id"]), "video_file": ("tiny.mp4", TWO_BYTES)}
        )
        assert created.status_code == 200, created.text
        assert set(created.json()) == {"_id", "video_id"}
        twelvelabs_mock.control.advance(600)
        task = api.get(f"/tasks/{created.json()['_id']}")
        assert task.status_code == 200 and task.json()["status"] == "ready"
