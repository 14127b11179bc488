"""The sandbox over plain HTTP: request checks, authentication, routing, limits, and response shapes."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from _sandbox_helpers import FROM, RFC2822, TO, TWIML_URL, call_path, calls_path, raw_client

from twilio_calls import CallsClient, CallStatus, RateLimitError, ServerError
from twilio_calls.sandbox import ManualClock, Sandbox, SystemClock

DOCUMENT = yaml.safe_load((Path(__file__).parents[1] / "openapi" / "calls.yaml").read_text())
BASE_FORM = {"To": TO, "From": FROM, "Url": TWIML_URL}


def schema_validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": DOCUMENT["components"]}
    )


def without(name: str, **extra: Any) -> dict[str, Any]:
    return {**{key: value for key, value in BASE_FORM.items() if key != name}, **extra}


@pytest.mark.parametrize(
    ("form", "code", "named"),
    [
        (without("To"), 21201, "'To'"),
        (without("From"), 21213, "'From'"),
        ({**BASE_FORM, "To": ""}, 21201, "'To'"),
        (without("Url"), 21205, "Url, Twiml or ApplicationSid"),
        ({**BASE_FORM, "Twiml": "<Response/>"}, 21205, "Url and Twiml"),
        ({**BASE_FORM, "Url": "example.com/twiml"}, 21205, "Url"),
        ({**BASE_FORM, "Url": "ftp://example.com/twiml"}, 21205, "Url"),
        (without("Url", Twiml="x" * 4001), 20001, "Twiml"),
        (without("Url", ApplicationSid="AP123"), 21218, "ApplicationSid"),
        ({**BASE_FORM, "Timeout": "0"}, 21208, "Timeout"),
        ({**BASE_FORM, "Timeout": "601"}, 21208, "Timeout"),
        ({**BASE_FORM, "Timeout": "ten"}, 21208, "Timeout"),
        ({**BASE_FORM, "SendDigits": "12a"}, 21206, "SendDigits"),
        ({**BASE_FORM, "SendDigits": "1" * 33}, 21206, "SendDigits"),
        ({**BASE_FORM, "Method": "PUT"}, 21209, "Method"),
        ({**BASE_FORM, "StatusCallbackMethod": "DELETE"}, 21209, "StatusCallbackMethod"),
        ({**BASE_FORM, "StatusCallback": "not a url"}, 21609, "StatusCallback"),
        ({**BASE_FORM, "StatusCallbackEvent": ["ringing", "picked-up"]}, 20001, "StatusCallbackEvent"),
        ({**BASE_FORM, "MachineDetection": "Yes"}, 20001, "MachineDetection"),
        ({**BASE_FORM, "MachineDetectionTimeout": "2"}, 20001, "MachineDetectionTimeout"),
        ({**BASE_FORM, "MachineDetectionSilenceTimeout": "10001"}, 20001, "MachineDetectionSilenceTimeout"),
        ({**BASE_FORM, "Record": "maybe"}, 20001, "Record"),
        ({**BASE_FORM, "RecordingStatusCallbackEvent": "in-progress finished"}, 20001, "RecordingStatusCallbackEvent"),
        ({**BASE_FORM, "Trim": "trim"}, 20001, "Trim"),
        ({**BASE_FORM, "AsyncAmd": "yes"}, 20001, "AsyncAmd"),
        ({**BASE_FORM, "Byoc": "BY123"}, 20001, "Byoc"),
        ({**BASE_FORM, "TimeLimit": "0"}, 20001, "TimeLimit"),
    ],
)
def test_create_requests_that_break_the_document_get_twilio_style_400s(
    calls_sandbox: Sandbox, form: dict[str, Any], code: int, named: str
) -> None:
    with raw_client(calls_sandbox) as http:
        response = http.post(calls_path(calls_sandbox), data=form)
        assert response.status_code == 400
        assert response.json() == {
            "code": code,
            "message": response.json()["message"],
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": 400,
        }
        assert named in response.json()["message"]
        assert http.get(calls_path(calls_sandbox)).json()["calls"] == []  # nothing was created


def test_the_limits_themselves_are_accepted(calls_sandbox: Sandbox) -> None:
    form = without(
        "Url",
        Twiml="x" * 4000,
        Timeout="600",
        SendDigits="ww1234#*" * 4,
        StatusCallbackEvent="initiated ringing",  # one space-separated value works like repeated keys
        MachineDetectionTimeout="59",
    )
    with raw_client(calls_sandbox) as http:
        assert http.post(calls_path(calls_sandbox), data=form).status_code == 201


@pytest.mark.parametrize(
    ("form", "code", "named"),
    [
        ({"Status": "busy"}, 20001, "Status"),
        ({"Twiml": "x" * 4001}, 20001, "Twiml"),
        ({"Method": "GET"}, 20001, "Nothing to update"),
        ({}, 20001, "Nothing to update"),
        ({"Url": "relative/path"}, 21205, "Url"),
        ({"TimeLimit": "-5"}, 20001, "TimeLimit"),
    ],
)
def test_update_requests_are_checked_too(calls_sandbox: Sandbox, form: dict[str, str], code: int, named: str) -> None:
    sid = calls_sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL).sid or ""
    with raw_client(calls_sandbox) as http:
        response = http.post(call_path(calls_sandbox, sid), data=form)
    assert response.status_code == 400 and response.json()["code"] == code and named in response.json()["message"]


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"PageSize": "0"}, "PageSize"),
        ({"PageSize": "1001"}, "PageSize"),
        ({"Page": "-1"}, "Page"),
        ({"Status": "ongoing"}, "Status"),
        ({"ParentCallSid": "CA12"}, "ParentCallSid"),
        ({"StartTime": "yesterday"}, "StartTime"),
        ({"EndTime<": "2030-02-30"}, "EndTime<"),
        ({"PageToken": "PAnothing"}, "PageToken"),
    ],
)
def test_list_queries_are_checked(calls_sandbox: Sandbox, query: dict[str, str], named: str) -> None:
    with raw_client(calls_sandbox) as http:
        response = http.get(calls_path(calls_sandbox), params=query)
    assert response.status_code == 400 and response.json()["code"] == 20001 and named in response.json()["message"]


@pytest.mark.parametrize(
    "auth",
    [None, ("ACwrong", "x"), "right-user-wrong-token", httpx.BasicAuth("", "")],
)
def test_wrong_credentials_get_401_20003(calls_sandbox: Sandbox, auth: Any) -> None:
    if auth == "right-user-wrong-token":
        auth = (calls_sandbox.account_sid, calls_sandbox.auth_token + "x")
    with httpx.Client(base_url=calls_sandbox.url) as http:
        response = http.get(calls_path(calls_sandbox), auth=auth)
        malformed = http.get(calls_path(calls_sandbox), headers={"Authorization": "Basic %%%"})
    for refused in (response, malformed):
        assert refused.status_code == 401
        assert refused.json()["code"] == 20003 and refused.json()["status"] == 401
        assert refused.headers["WWW-Authenticate"].startswith("Basic")


def test_an_api_key_and_secret_sign_in_like_the_auth_token() -> None:
    key, secret = "SK" + "ab" * 16, "key-secret-value"
    with Sandbox(clock=ManualClock(), api_key=key, api_secret=secret) as sandbox:
        with CallsClient(sandbox.account_sid, api_key=key, api_secret=secret, base_url=sandbox.url) as client:
            assert client.create(to=TO, from_=FROM, url=TWIML_URL).status == CallStatus.QUEUED
        with httpx.Client(base_url=sandbox.url, auth=(key, "other")) as http:
            assert http.get(calls_path(sandbox)).status_code == 401


def test_another_accounts_calls_are_not_found(calls_sandbox: Sandbox) -> None:
    other = "AC" + "f" * 32
    with raw_client(calls_sandbox) as http:
        response = http.get(f"/2010-04-01/Accounts/{other}/Calls.json")
    assert response.status_code == 404 and response.json()["code"] == 20404


def test_routing_unknown_paths_methods_and_the_json_suffix(calls_sandbox: Sandbox) -> None:
    sid = calls_sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL).sid or ""
    with raw_client(calls_sandbox) as http:
        assert http.get(f"/2010-04-01/Accounts/{calls_sandbox.account_sid}/Messages.json").status_code == 404
        put = http.put(call_path(calls_sandbox, sid), data={"Status": "completed"})
        assert put.status_code == 405 and put.headers["Allow"] == "GET, POST, DELETE"
        assert put.json()["code"] == 20004
        # Twilio answers the same resource without the .json suffix.
        assert http.get(call_path(calls_sandbox, sid).removesuffix(".json")).json()["sid"] == sid


def test_a_rate_limit_answers_429_with_retry_after() -> None:
    with Sandbox(clock=ManualClock(), rate_limit=2) as sandbox, raw_client(sandbox) as http:
        statuses = [http.get(calls_path(sandbox)) for _ in range(10)]
        assert [r.status_code for r in statuses[:2]] == [200, 200]
        refused = [r for r in statuses if r.status_code == 429]
        assert refused, "ten requests in a row never hit a limit of two per second"
        assert refused[0].json()["code"] == 20429 and int(refused[0].headers["Retry-After"]) >= 1
        with sandbox.client(max_retries=0) as client, pytest.raises(RateLimitError) as caught:
            for _ in range(10):
                list(client.list())
        assert caught.value.code == 20429 and caught.value.retry_after is not None


def test_scripted_failures_exercise_a_clients_retries(calls_sandbox: Sandbox) -> None:
    sid = calls_sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL).sid or ""
    calls_sandbox.fail_next(2, status=503, retry_after=0)
    assert calls_sandbox.client(max_retries=2).fetch(sid).sid == sid  # two 503s, then the answer
    calls_sandbox.fail_next(1, status=500)
    with pytest.raises(ServerError) as caught:
        calls_sandbox.client(max_retries=0).fetch(sid)
    assert caught.value.status == 500 and caught.value.code == 20500
    with pytest.raises(ValueError, match="status must be one of"):
        calls_sandbox.fail_next(1, status=404)


def test_responses_match_the_curated_schemas_and_twilios_json_shape(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid or ""
    with raw_client(calls_sandbox) as http:
        queued = http.get(call_path(calls_sandbox, sid)).json()
        calls_sandbox.advance(sid, until="in-progress")
        ended = http.post(call_path(calls_sandbox, sid), data={"Status": "completed"}).json()
        page = http.get(calls_path(calls_sandbox)).json()
        error = http.get(call_path(calls_sandbox, "CA" + "0" * 32)).json()
    for body in (queued, ended):
        schema_validator("Call").validate(body)
        assert re.fullmatch(RFC2822, body["date_created"]) and re.fullmatch(RFC2822, body["date_updated"])
        assert body["uri"] == call_path(calls_sandbox, sid)
        assert all(
            uri.startswith(f"/2010-04-01/Accounts/{calls_sandbox.account_sid}/Calls/{sid}/")
            for uri in body["subresource_uris"].values()
        )
    schema_validator("CallPage").validate(page)
    schema_validator("Error").validate(error)
    assert (queued["start_time"], queued["end_time"], queued["duration"], queued["price"]) == (None, None, None, None)
    assert re.fullmatch(RFC2822, ended["start_time"]) and re.fullmatch(RFC2822, ended["end_time"])
    assert ended["duration"] == "0" and ended["price"] == "-0.01400"  # strings, as Twilio sends them
    assert ended["direction"] == "outbound-api" and ended["api_version"] == "2010-04-01"
    assert re.fullmatch(r"CA[0-9a-f]{32}", sid) and re.fullmatch(r"PN[0-9a-f]{32}", ended["phone_number_sid"])


def test_the_log_shows_requests_but_never_credentials() -> None:
    lines: list[str] = []
    with Sandbox(clock=ManualClock(), log=lines.append) as sandbox:
        sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL)
        assert sandbox.auth_token not in repr(sandbox)
    assert lines == [f"POST {calls_path(sandbox)} -> 201"]
    assert not any(sandbox.auth_token in line for line in lines)


def test_stop_ends_the_server_its_threads_and_its_open_connections() -> None:
    before = set(threading.enumerate())
    sandbox = Sandbox(clock=SystemClock()).start()
    http = raw_client(sandbox)
    assert http.get(calls_path(sandbox)).status_code == 200  # leaves a keep-alive connection open
    assert len(set(threading.enumerate()) - before) >= 3  # server loop, connection, clock (callbacks: on demand)
    sandbox.stop()
    sandbox.stop()  # twice is fine
    deadline = time.monotonic() + 5
    while set(threading.enumerate()) - before and time.monotonic() < deadline:
        time.sleep(0.01)  # the connection's thread ends once its socket is shut down
    assert set(threading.enumerate()) - before == set()
    with pytest.raises(httpx.TransportError):
        http.get(calls_path(sandbox))
    http.close()
    assert not sandbox.running
    with pytest.raises(RuntimeError, match="not running"):
        _ = sandbox.url


async def test_concurrent_requests_are_all_served_consistently(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.async_client()
    try:
        calls = await asyncio.gather(*(client.create(to=TO, from_=FROM, url=TWIML_URL) for _ in range(30)))
        listed = [call.sid async for call in client.list(page_size=7)]
    finally:
        await client.aclose()
    sids = {call.sid for call in calls}
    assert len(sids) == 30 and sorted(listed) == sorted(sids) and len(listed) == 30


def test_a_chunked_body_is_read_whole_and_the_connection_stays_usable(calls_sandbox: Sandbox) -> None:
    """`requests` sends some bodies chunked; left unread, the chunks were taken for the next request."""
    form = f"To=%2B{TO[1:]}&From=%2B{FROM[1:]}&Url={TWIML_URL}".encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    with raw_client(calls_sandbox) as http:
        created = http.post(calls_path(calls_sandbox), content=iter([form[:10], form[10:]]), headers=headers)
        assert created.request.headers["Transfer-Encoding"] == "chunked"
        assert created.status_code == 201 and created.json()["to"] == TO
        empty = http.post(calls_path(calls_sandbox), content=iter([b""]), headers=headers)
        assert empty.status_code == 400 and empty.json()["code"] == 21201
        again = http.get(call_path(calls_sandbox, created.json()["sid"]))
        assert again.status_code == 200 and again.json()["sid"] == created.json()["sid"]
