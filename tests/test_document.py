"""The OpenAPI document: valid 3.1, complete, and every example valid against its schema."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.document import examples, load_document, operations, resolve, validator

ALL_EXAMPLES = list(examples())


def test_document_is_valid_openapi_3_1() -> None:
    document = load_document()
    assert document["openapi"] == "3.1.0"
    validate(document)


def test_every_operation_has_a_unique_id_and_a_unique_place_on_the_client() -> None:
    ids, places = [], []
    for _, _, operation in operations():
        ids.append(operation["operationId"])
        group = operation.get("x-fern-sdk-group-name", [])
        places.append((*([group] if isinstance(group, str) else group), operation["x-fern-sdk-method-name"]))
    assert len(ids) == len(set(ids)) and len(places) == len(set(places))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", part) for place in places for part in place), places


def test_server_and_api_key_security_apply_to_every_operation() -> None:
    document = load_document()
    assert document["servers"] == [{"url": "https://api.twelvelabs.io/v1.3"}]
    scheme = dict(document["components"]["securitySchemes"]["apiKey"])
    description = scheme.pop("description")
    assert scheme == {"type": "apiKey", "in": "header", "name": "x-api-key"}
    assert isinstance(description, str) and "API key" in description, "the key is described to the reader"
    assert document["security"] == [{"apiKey": []}]
    assert all("security" not in operation for _, _, operation in operations()), "no operation may opt out"


def test_gist_and_summarize_are_deprecated_and_nothing_else_is() -> None:
    deprecated = {operation["operationId"] for _, _, operation in operations() if operation.get("deprecated")}
    assert deprecated == {"gist", "summarize"}


def test_error_responses_share_one_schema_and_429_documents_retry_after() -> None:
    error_statuses = {"400", "401", "403", "404", "409", "413", "422", "429", "500", "503"}
    seen: set[str] = set()
    for method, path, operation in operations():
        for status, response in operation["responses"].items():
            if status in error_statuses:
                seen.add(status)
                body = resolve(response)["content"]["application/json"]["schema"]
                assert body == {"$ref": "#/components/schemas/ErrorResponse"}, f"{method} {path} {status}"
                if status == "429":
                    assert "Retry-After" in resolve(response)["headers"]
        assert {"400", "401", "429", "500"} <= set(operation["responses"]), f"{method} {path}"
    assert seen == error_statuses
    error = load_document()["components"]["schemas"]["ErrorResponse"]
    assert error["required"] == ["code", "message"]
    assert set(error["properties"]) == {"code", "message", "docs_url"}


def test_every_operation_and_response_has_an_example() -> None:
    missing = [example.where for example in ALL_EXAMPLES if example.value is None]
    assert not missing, f"examples missing at: {missing}"


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=lambda example: example.where)
def test_example_is_valid_against_its_schema(example: Any) -> None:
    errors = sorted(validator(example.schema).iter_errors(example.value), key=str)
    assert not errors, f"{example.where}: {errors[0].message} at {list(errors[0].absolute_path)}"


def test_links_name_real_operations_and_parameters() -> None:
    by_id = {operation["operationId"]: (path, operation) for _, path, operation in operations()}
    link_count = 0
    for _, _, operation in operations():
        for response in operation["responses"].values():
            for link in resolve(response).get("links", {}).values():
                link_count += 1
                path, target = by_id[link["operationId"]]
                names = {resolve(p)["name"] for p in load_document()["paths"][path].get("parameters", [])}
                names |= {resolve(p)["name"] for p in target.get("parameters", [])}
                assert set(link["parameters"]) <= names, link
    creates = {
        "createAnalyzeTask",
        "createAnalyzeBatch",
        "createAsset",
        "createIndex",
        "createIndexedAsset",
        "createTask",
        "createMultipartUpload",
        "createEmbeddingTask",
        "createEmbeddingV2Task",
    }
    linked = {
        op["operationId"] for _, _, op in operations() if any(resolve(r).get("links") for r in op["responses"].values())
    }
    assert linked == creates
    assert link_count >= 12


def test_analyze_declares_json_and_ndjson_responses() -> None:
    content = load_document()["paths"]["/analyze"]["post"]["responses"]["200"]["content"]
    assert set(content) == {"application/json", "application/x-ndjson"}
    mapping = resolve(content["application/x-ndjson"]["schema"])["discriminator"]["mapping"]
    assert set(mapping) == {"stream_start", "text_generation", "stream_end"}


def test_documented_limits() -> None:
    schemas = load_document()["components"]["schemas"]
    analyze = schemas["AnalyzeRequest"]["properties"]
    assert (analyze["temperature"]["minimum"], analyze["temperature"]["maximum"]) == (0, 1)
    assert analyze["temperature"]["default"] == 0.2
    assert analyze["video_id"]["deprecated"] is True
    assert schemas["AnalyzeModelName"]["enum"] == ["pegasus1.2", "pegasus1.5", "pegasus1.6"]
    assert schemas["AnalyzePromptV2"]["properties"]["media_sources"]["maxItems"] == 4
    assert set(schemas["VideoContext"]["discriminator"]["mapping"]) == {"url", "asset_id", "base64_string"}
    assert schemas["AnalyzeTaskStatus"]["enum"] == ["queued", "pending", "processing", "ready", "failed", "canceled"]
    assert schemas["FinishReason"]["enum"] == ["stop", "length"]
    assert schemas["CreateAssetRequest"]["properties"]["file"]["format"] == "binary"
    assert schemas["CreateIndexingTaskRequest"]["properties"]["video_file"]["format"] == "binary"
