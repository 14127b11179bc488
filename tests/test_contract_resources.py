"""Every request both clients build for the subresources of a call fits Twilio's official document (issue 19).

openapi-core validates each request (path, query, form body) against the vendored twilio-oai document
(openapi/reference, NOTICE.md there), and every key sent must be one the document declares for that operation.
Each parameter of each operation is sent once per representative value: each enum value, both bounds, each
form of a date filter. No network: the clients send into an httpx.MockTransport.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest
from werkzeug.datastructures import ImmutableMultiDict

import twilio_calls
from twilio_calls_api.surface import OPERATIONS, Operation, Param

ROOT = Path(__file__).resolve().parents[1]
OFFICIAL: dict[str, Any] = json.loads(
    (ROOT / "openapi" / "reference" / "twilio_api_v2010.calls-all.json").read_text(encoding="utf-8")
)
BASE = "https://api.twilio.com"
FORM = "application/x-www-form-urlencoded"
AC = "AC" + "0123456789abcdef" * 2
CA = "CA" + "fedcba9876543210" * 2
TOKEN = "tok-" + "s3cr3t" * 5
SUBRESOURCES = [op for op in OPERATIONS["twilio"].values() if op.resource != "calls"]


def official_operation(method: str, path: str) -> dict[str, Any]:
    """The official document's operation whose path template matches `path`."""
    for template, item in OFFICIAL["paths"].items():
        pattern = re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, path) and method in item:
            return dict(item[method])
    raise AssertionError(f"no official operation for {method.upper()} {path}")


def declared_names(method: str, path: str) -> set[str]:
    operation = official_operation(method, path)
    if method == "get":
        return {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
    if "requestBody" not in operation:
        return set()
    return set(operation["requestBody"]["content"][FORM]["schema"]["properties"])


def validate(spec: OpenAPI, request: httpx.Request) -> None:
    request.read()
    spec.validate_request(
        MockRequest(
            BASE,
            request.method.lower(),
            request.url.path,
            args=ImmutableMultiDict(parse_qsl(request.url.query.decode(), keep_blank_values=True)),
            headers=dict(request.headers),
            data=request.content or None,
            content_type=FORM,
        )
    )
    method = request.method.lower()
    if method in ("get", "post"):
        carried = request.url.query.decode() if method == "get" else request.content.decode()
        sent = {key for key, _ in parse_qsl(carried, keep_blank_values=True)}
        declared = declared_names(method, request.url.path)
        assert sent <= declared, f"not in the official document: {sorted(sent - declared)}"


def sid_for(param: Param) -> str:
    match = re.match(r"^\^\(?([A-Z]{2})\[0-9a-fA-F\]\{32\}", param.pattern or "")
    return match[1] + "0123456789abcdef" * 2 if match else "agent-stream"


def values(param: Param) -> list[Any]:
    """Representative valid values of one parameter: each enum value, its bounds, each date form."""
    if param.type == "array":
        return [[value] for value in param.values] + [list(param.values)]
    if param.values:
        return list(param.values)
    if param.type == "integer":
        low = int(param.minimum) if param.minimum is not None else 0
        return [low, int(param.maximum) if param.maximum is not None else low + 600]
    if param.type == "boolean":
        return [True, False]
    if param.normalize == "date-filter" and param.format == "date":  # a day, as the official document says
        return [date(2026, 11, 2), "2026-11-02"]
    if param.normalize in ("date-filter", "rfc2822-date-filter"):
        return [date(2026, 11, 2), "2026-11-02", datetime(2026, 11, 2, 3, 4, 5, tzinfo=UTC)]
    if param.normalize == "decimal":
        return ["12.50"]
    if param.format in ("uri", "uri-reference"):
        return ["wss://example.com/audio" if param.wire == "Url" else "https://example.com/hook"]
    if param.wire in EXAMPLES:
        return EXAMPLES[param.wire]
    if param.pattern:
        assert re.match(r"^\^\(?[A-Z]{2}\[", param.pattern), f"{param.wire}: give it a value fitting {param.pattern}"
        return [sid_for(param)]
    return ["some text" if param.max_length is None else "x" * min(param.max_length, 8)]


# Parameters whose pattern is not a SID's: values that fit it.
EXAMPLES: dict[str, list[Any]] = {
    "RequireMatchingInputs": ["payment-card-number", "expiration-date,security-code,postal-code"],
}


def required(op: Operation, skip: str) -> dict[str, Any]:
    return {p.name: values(p)[0] for p in op.params if p.required and p.wire != skip}


CASES = [
    (op, param, value) for op in SUBRESOURCES for param in op.params if not param.paging for value in values(param)
] + [(op, None, None) for op in SUBRESOURCES]


def _case_id(case: tuple[Operation, Param | None, Any]) -> str:
    op, param, value = case
    return f"{op.id}:{param.wire}={str(value)[:20]}" if param else f"{op.id}:required-only"


def _answer(request: httpx.Request) -> httpx.Response:
    body = {"sid": "XX" + "0" * 32, "account_sid": AC, "call_sid": CA, "status": "in-progress"}
    if request.method == "DELETE":
        return httpx.Response(204)
    if request.method == "GET" and request.url.path.endswith(("Recordings.json", "Events.json", "Notifications.json")):
        key = request.url.path.rsplit("/", 1)[-1].removesuffix(".json").lower()
        return httpx.Response(200, json={key: [body], "next_page_uri": None})
    return httpx.Response(200, json=body)


@pytest.fixture(scope="module")
def official() -> OpenAPI:
    return OpenAPI.from_dict(OFFICIAL)


@pytest.fixture
def captured() -> Iterator[list[httpx.Request]]:
    requests: list[httpx.Request] = []
    yield requests


def run_both(op: Operation, path: list[str], kwargs: dict[str, Any], requests: list[httpx.Request]) -> None:
    """The operation through CallsClient and AsyncCallsClient, each on a MockTransport that records."""

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        requests.append(request)
        return _answer(request)

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        twilio_calls.CallsClient(AC, TOKEN, base_url=BASE, http_client=http) as client,
    ):
        result = getattr(getattr(client, op.resource), op.action)(*path, **kwargs)
        if op.action == "list":
            list(result)

    async def run_async() -> None:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http,
            twilio_calls.AsyncCallsClient(AC, TOKEN, base_url=BASE, http_client=http) as client,
        ):
            result = getattr(getattr(client, op.resource), op.action)(*path, **kwargs)
            if op.action == "list":
                [item async for item in result]
            else:
                await result

    asyncio.run(run_async())


@pytest.mark.parametrize(("op", "param", "value"), CASES, ids=[_case_id(case) for case in CASES])
def test_each_parameter_of_each_operation_fits_the_official_document(
    official: OpenAPI, captured: list[httpx.Request], op: Operation, param: Param | None, value: Any
) -> None:
    path = [CA, *(sid_for(p) for p in op.path_params[2:])]
    kwargs = required(op, param.wire if param else "")
    if param is not None:
        kwargs[param.name] = value
    run_both(op, path, kwargs, captured)
    assert len(captured) == 2 and captured[0].url == captured[1].url
    assert captured[0].content == captured[1].content  # both clients send the same request
    request = captured[0]
    if param is not None:
        carried = request.url.query.decode() if op.method == "GET" else request.content.decode()
        assert param.wire in {key for key, _ in parse_qsl(carried, keep_blank_values=True)}
    validate(official, request)


def test_every_parameter_of_every_subresource_operation_is_covered() -> None:
    covered = {(op.id, param.wire) for op, param, _ in CASES if param is not None}
    expected = {(op.id, p.wire) for op in SUBRESOURCES for p in op.params if not p.paging}
    assert covered == expected and len(SUBRESOURCES) == 19
