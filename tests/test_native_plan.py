"""One request plan, sent natively by each transport (issue 21): the fast client's aiohttp call carries exactly
the URL, headers and form body httpx would have built from the same generated request, and the command line
builds a resource's parser only when that resource is used."""

from __future__ import annotations

import argparse
import types
from typing import Any

import httpx
import pytest

from twilio_calls import _cli, _transport
from twilio_calls._auth import BasicAuth
from twilio_calls_api.resources import RESOURCES

AC = "AC" + "0123456789abcdef" * 2
CA = "CA" + "fedcba9876543210" * 2
TOKEN = "tok-" + "s3cr3t" * 5

SPECS: list[dict[str, Any]] = [
    {"method": "get", "url": f"/2010-04-01/Accounts/{AC}/Calls/{CA}.json"},
    {
        "method": "get",
        "url": f"/2010-04-01/Accounts/{AC}/Calls.json",
        "params": {"To": "+1 555 867-5310", "Status": "completed", "PageSize": 50, "StartTime>": "2026-01-02"},
    },
    {
        "method": "post",
        "url": f"/2010-04-01/Accounts/{AC}/Calls.json",
        "data": {
            "To": "+15558675310",
            "From": "client:ana & bob",
            "Twiml": "<Response><Say>héllo 100% ~ok</Say></Response>",
            "Record": True,
            "Trim": False,
            "Timeout": 30,
            "StatusCallbackEvent": ["initiated", "ringing", "answered"],
            "Empty": None,
        },
        "headers": {"Content-Type": "application/x-www-form-urlencoded"},
    },
    {"method": "post", "url": f"/2010-04-01/Accounts/{AC}/Calls/{CA}/Recordings.json", "data": {}, "headers": {}},
    {"method": "delete", "url": f"/2010-04-01/Accounts/{AC}/Calls/{CA}.json"},
]


@pytest.mark.parametrize(
    "base_url", ["https://api.twilio.com", "http://127.0.0.1:8080/", "https://EX.signalwire.com/api/laml"]
)
@pytest.mark.parametrize(
    "spec", SPECS, ids=lambda spec: f"{spec['method']}-{len(spec.get('params') or spec.get('data') or ())}"
)
def test_the_native_plan_is_the_request_httpx_builds(base_url: str, spec: dict[str, Any]) -> None:
    target = _transport.Target(base_url, BasicAuth(AC, TOKEN), 5.0)
    # What httpx itself builds from the generated operation's request: URL string, params, data, headers.
    request = httpx.Request(
        spec["method"],
        base_url.rstrip("/") + spec["url"],
        params=spec.get("params"),
        data=spec.get("data"),
        headers={**spec.get("headers", {}), **target.headers},
    )
    with _transport.OwnClient() as http:
        built = target.build(http, spec, _transport.NOT_GIVEN)  # httpx's request, from the parsed base URL
    assert (built.method, built.url, str(built.url), built.read()) == (
        request.method,
        request.url,
        str(request.url),
        request.read(),
    )
    assert built.headers.multi_items() == request.headers.multi_items()
    assert built.url.path == request.url.path and built.url.query == request.url.query
    sent, body = target.plan(spec)  # the fast client's aiohttp call
    assert sent.method == request.method
    assert sent.target == str(request.url)
    assert (body or b"") == request.read()
    # httpx adds Host and Content-Length itself, as aiohttp does; every other header is the same, in order.
    added = {"host", "content-length"}
    assert [(k.lower(), v) for k, v in sent.headers.items()] == [
        (k, v) for k, v in request.headers.multi_items() if k not in added
    ]
    assert sent.url == request.url and sent.url.path == request.url.path


def test_an_httpx_without_the_parsed_parts_gets_whole_urls() -> None:
    """Another httpx (no parsed parts kept, or kept otherwise): each URL is parsed whole, as httpx would."""
    assert _transport._parsed_parts(types.SimpleNamespace(), "http://127.0.0.1:8080") is None  # type: ignore[arg-type]
    odd = types.SimpleNamespace(_uri_reference=types.SimpleNamespace(path="", _replace=lambda **parts: "odd"))
    assert _transport._parsed_parts(odd, "http://127.0.0.1:8080") is None  # type: ignore[arg-type]
    target = _transport.Target("http://127.0.0.1:8080/api/", BasicAuth(AC, TOKEN), 5.0)
    target._parts = None
    url = target.url("/x.json", "a=1&b=%2B")
    assert str(url) == "http://127.0.0.1:8080/api/x.json?a=1&b=%2B" and url.params["b"] == "+"


def test_an_answer_reads_as_an_httpx_response_where_errors_look() -> None:
    sent = _transport.Sent("POST", f"https://api.twilio.com/2010-04-01/Accounts/{AC}/Calls.json", {"A": "b"})
    raw = [(b"Content-Type", b"application/json"), (b"Twilio-Request-Id", b"RQ123")]
    answer = _transport.Answer(404, None, b"{}", sent, "Not Found", raw)
    error = _transport.api_error(answer, answer.content)
    assert (error.status, error.host, error.request_id, error.path) == (404, "api.twilio.com", "RQ123", sent.url.path)
    assert answer.headers["twilio-request-id"] == "RQ123"


def test_the_command_line_builds_only_the_resource_it_runs() -> None:
    parser = _cli._parser()
    (commands,) = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    resources = [name.replace("_", "-") for name in RESOURCES]
    listed = parser.format_help()
    built = {name: _has_actions(commands.choices[name]) for name in resources if name in commands.choices}
    assert built and not any(built.values()), built  # listing every command built none of them
    assert all(name in listed for name in built)
    with pytest.raises(SystemExit):
        parser.parse_args(["recordings", "create", CA, "--frobnicate"])
    assert _has_actions(commands.choices["recordings"])
    assert not any(_has_actions(commands.choices[name]) for name in built if name != "recordings")


def _has_actions(parser: argparse.ArgumentParser) -> bool:
    return any(isinstance(action, argparse._SubParsersAction) for action in parser._actions)


def test_a_resource_command_built_late_parses_as_one_built_up_front() -> None:
    args = _cli._parser().parse_args(
        ["--base-url", "http://127.0.0.1:9", "recordings", "create", CA, "--trim", "trim-silence"]
    )
    assert (args.command, args.action, getattr(args, "path:call_sid"), args.trim) == (
        "recordings create",
        "create",
        CA,
        "trim-silence",
    )
    assert args.handler is not None and httpx.URL(args.base_url).port == 9
