"""Exact URLs and form bodies for every method of both clients."""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import parse_qsl

import pytest
from _clients import AC, BASE, CA, CALL_URL, CALLS_URL, TOKEN, Run, call_body, runner
from pytest_httpx import HTTPXMock

from twilio_calls import (
    Call,
    CallsClient,
    CallStatus,
    HttpMethod,
    MachineDetection,
    RecordingStatusCallbackEvent,
    StatusCallbackEvent,
    UpdateStatus,
)


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Run:
    return runner(request.param)


def test_create_sends_every_kind_of_parameter(run: Run, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=CALLS_URL,
        status_code=201,
        match_content=(
            b"To=%2B15558675310&From=%2B15017122661&Url=https%3A%2F%2Fexample.com%2Ftwiml&Method=GET"
            b"&StatusCallback=https%3A%2F%2Fexample.com%2Fcb&StatusCallbackEvent=ringing&StatusCallbackEvent=answered"
            b"&SendDigits=ww1234%23&Timeout=30&Record=true"
            b"&RecordingStatusCallbackEvent=in-progress&RecordingStatusCallbackEvent=completed"
            b"&MachineDetection=DetectMessageEnd&MachineDetectionTimeout=30&AsyncAmd=true"
        ),
        json=call_body(),
    )
    call = run(
        "create",
        to="+15558675310",
        from_="+15017122661",
        url="https://example.com/twiml",
        method="GET",
        status_callback="https://example.com/cb",
        status_callback_event=[StatusCallbackEvent.RINGING, "answered"],
        send_digits="ww1234#",
        timeout=30,
        record=True,
        recording_status_callback_event=[RecordingStatusCallbackEvent.IN_PROGRESS, "completed"],
        machine_detection=MachineDetection.DETECT_MESSAGE_END,
        machine_detection_timeout=30,
        async_amd=True,
    )
    assert isinstance(call, Call) and call.sid == CA
    request = httpx_mock.get_request()
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.headers["User-Agent"].startswith("twilio-calls/")


def test_create_with_inline_twiml_and_false_boolean(run: Run, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=CALLS_URL,
        status_code=201,
        match_content=b"To=client%3Aalice&From=%2B15017122661&Twiml=%3CResponse%3E%3CSay%3Ehi%3C%2FSay%3E%3C%2FResponse%3E&Record=false",
        json=call_body(),
    )
    run("create", to="client:alice", from_="+15017122661", twiml="<Response><Say>hi</Say></Response>", record=False)


def test_fetch(run: Run, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=CALL_URL, json=call_body(status="in-progress"))
    call = run("fetch", CA)
    assert call.status is CallStatus.IN_PROGRESS
    assert httpx_mock.get_request().content == b""


def test_list_sends_filters_with_the_inclusive_bounds(run: Run, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", json={"calls": [call_body(), call_body()], "next_page_uri": None})
    calls = run(
        "list",
        to="+15558675310",
        from_="+15017122661",
        parent_call_sid=CA,
        status=CallStatus.COMPLETED,
        started_on=date(2026, 1, 2),
        started_before="2026-02-01",
        started_after=datetime(2025, 12, 1, 9, 30, tzinfo=UTC),
        ended_on="2026-01-03",
        ended_before=date(2026, 2, 2),
        ended_after="2025-12-02",
        page_size=50,
    )
    assert len(calls) == 2
    request = httpx_mock.get_request()
    assert str(request.url).split("?")[0] == CALLS_URL
    assert parse_qsl(request.url.query.decode()) == [
        ("To", "+15558675310"),
        ("From", "+15017122661"),
        ("ParentCallSid", CA),
        ("Status", "completed"),
        ("StartTime", "2026-01-02"),
        ("EndTime", "2026-01-03"),
        ("StartTime<", "2026-02-01"),
        ("EndTime<", "2026-02-02"),
        ("StartTime>", "2025-12-01T09:30:00Z"),
        ("EndTime>", "2025-12-02"),
        ("PageSize", "50"),
    ]


def test_update_sends_any_parameter(run: Run, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=CALL_URL,
        match_content=(
            b"FallbackUrl=https%3A%2F%2Fexample.com%2Ffb&FallbackMethod=GET"
            b"&StatusCallback=https%3A%2F%2Fexample.com%2Fcb&StatusCallbackMethod=POST&TimeLimit=120"
        ),
        json=call_body(),
    )
    run(
        "update",
        CA,
        fallback_url="https://example.com/fb",
        fallback_method=HttpMethod.GET,
        status_callback="https://example.com/cb",
        status_callback_method="POST",
        time_limit=120,
    )


@pytest.mark.parametrize(
    ("arguments", "body"),
    [
        ({"url": "https://example.com/next"}, b"Url=https%3A%2F%2Fexample.com%2Fnext"),
        (
            {"url": "https://example.com/next", "method": HttpMethod.GET},
            b"Url=https%3A%2F%2Fexample.com%2Fnext&Method=GET",
        ),
        ({"twiml": "<Response><Hangup/></Response>"}, b"Twiml=%3CResponse%3E%3CHangup%2F%3E%3C%2FResponse%3E"),
    ],
)
def test_redirect(run: Run, httpx_mock: HTTPXMock, arguments: dict[str, object], body: bytes) -> None:
    httpx_mock.add_response(method="POST", url=CALL_URL, match_content=body, json=call_body(status="in-progress"))
    call = run("redirect", CA, **arguments)
    assert call.sid == CA


@pytest.mark.parametrize(("method", "body"), [("hangup", b"Status=completed"), ("cancel", b"Status=canceled")])
def test_hangup_and_cancel(run: Run, httpx_mock: HTTPXMock, method: str, body: bytes) -> None:
    status = "completed" if method == "hangup" else "canceled"
    httpx_mock.add_response(method="POST", url=CALL_URL, match_content=body, json=call_body(status=status))
    assert run(method, CA).status == UpdateStatus(status)


def test_delete(run: Run, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="DELETE", url=CALL_URL, status_code=204)
    assert run("delete", CA) is None


def test_auth_header_is_basic_with_account_sid_or_api_key(httpx_mock: HTTPXMock) -> None:
    import base64

    httpx_mock.add_response(url=CALL_URL, json=call_body(), is_reusable=True)
    CallsClient(AC, TOKEN).fetch(CA)
    CallsClient(AC, api_key="SK" + "1" * 32, api_secret="key-secret").fetch(CA)
    first, second = (r.headers["Authorization"] for r in httpx_mock.get_requests())
    assert first == "Basic " + base64.b64encode(f"{AC}:{TOKEN}".encode()).decode()
    assert second == "Basic " + base64.b64encode(f"SK{'1' * 32}:key-secret".encode()).decode()


def test_credentials_from_environment(monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", AC)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    httpx_mock.add_response(url=CALL_URL, json=call_body())
    assert CallsClient().fetch(CA).sid == CA


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock) -> None:
    import base64

    monkeypatch.setenv("TWILIO_ACCOUNT_SID", AC)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    monkeypatch.setenv("TWILIO_API_KEY", "SKkey")
    monkeypatch.setenv("TWILIO_API_SECRET", "env-secret")
    httpx_mock.add_response(url=CALL_URL, json=call_body())
    CallsClient().fetch(CA)
    assert (
        httpx_mock.get_request().headers["Authorization"] == "Basic " + base64.b64encode(b"SKkey:env-secret").decode()
    )


@pytest.mark.parametrize(
    ("options", "url"),
    [
        ({"base_url": "http://127.0.0.1:8080"}, f"http://127.0.0.1:8080/2010-04-01/Accounts/{AC}/Calls/{CA}.json"),
        (
            {"region": "au1", "edge": "sydney"},
            f"https://api.sydney.au1.twilio.com/2010-04-01/Accounts/{AC}/Calls/{CA}.json",
        ),
        ({"region": "ie1"}, f"https://api.ie1.twilio.com/2010-04-01/Accounts/{AC}/Calls/{CA}.json"),
    ],
)
def test_base_url_region_and_edge(httpx_mock: HTTPXMock, options: dict[str, str], url: str) -> None:
    httpx_mock.add_response(method="GET", url=url, json=call_body())
    with CallsClient(AC, TOKEN, **options) as client:
        client.fetch(CA)


def test_signalwire_client_uses_the_space_and_project(httpx_mock: HTTPXMock) -> None:
    project = "b3877c40-da60-4998-90ad-b792e98472af"
    call_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    httpx_mock.add_response(
        method="POST",
        url=f"https://example.signalwire.com/api/laml/2010-04-01/Accounts/{project}/Calls/{call_id}.json",
        match_content=b"Status=completed",
        json={"sid": call_id, "account_sid": project, "status": "completed", "duration": 20, "price": 0.003},
    )
    client = CallsClient.signalwire(space="example", project_id=project, api_token=TOKEN)
    call = client.hangup(call_id)
    assert call.duration == 20 and str(call.price) == "0.003"


def test_a_callers_own_http_client_is_used_and_left_as_it_was(httpx_mock: HTTPXMock) -> None:
    """Its defaults apply to our requests, but nothing of ours (URL, auth, User-Agent, hooks) is set on it, and
    closing the CallsClient leaves it open: it may be the app's shared client (tests/test_shared_http_client.py)."""
    import httpx

    httpx_mock.add_response(url=CALL_URL, json=call_body())
    own = httpx.Client(headers={"X-Team": "calls"})
    client = CallsClient(AC, TOKEN, http_client=own)
    client.fetch(CA)
    sent = httpx_mock.get_request()
    assert sent is not None and sent.headers["X-Team"] == "calls"
    assert sent.headers["Authorization"].startswith("Basic ")
    assert (str(own.base_url), own.auth, own.headers.get("Authorization")) == ("", None, None)
    assert own.headers["User-Agent"].startswith("python-httpx/")
    assert own.event_hooks == {"request": [], "response": []}
    client.close()
    assert not own.is_closed
    own.close()


async def test_async_context_manager_closes_the_pool(httpx_mock: HTTPXMock) -> None:
    from twilio_calls import AsyncCallsClient

    httpx_mock.add_response(url=CALL_URL, method="POST", match_content=b"Status=completed", json=call_body())
    async with AsyncCallsClient(AC, TOKEN) as client:
        await client.hangup(CA)
    assert client._http.is_closed


def test_base_constant_is_twilio() -> None:
    assert CallsClient(AC, TOKEN).base_url == BASE


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_closed_client_says_so_and_sends_nothing(kind: str, httpx_mock: HTTPXMock) -> None:
    import asyncio

    from twilio_calls import APIConnectionError, AsyncCallsClient

    if kind == "sync":
        client = CallsClient(AC, TOKEN)
        client.close()
        with pytest.raises(APIConnectionError, match="client is closed") as caught:
            client.fetch(CA)
    else:
        async_client = AsyncCallsClient(AC, TOKEN)
        asyncio.run(async_client.aclose())
        with pytest.raises(APIConnectionError, match="client is closed") as caught:
            asyncio.run(async_client.fetch(CA))
    assert caught.value.request_sent is False and caught.value.client_closed
    assert httpx_mock.get_requests() == []


def test_async_client_is_the_fast_one_where_aiohttp_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the `fast` extra (installed in dev) the default async client runs on aiohttp; without it, or with
    an HTTP(S) proxy in the environment (httpx's to handle), it is a plain httpx.AsyncClient."""
    import sys

    import httpx

    from twilio_calls import AsyncCallsClient
    from twilio_calls._fast_async import FastAsyncClient
    from twilio_calls._loops import OwnAsyncClient, PerLoopTransport

    client = AsyncCallsClient(AC, TOKEN)
    assert isinstance(client._http, FastAsyncClient) and isinstance(client._http._transport, PerLoopTransport)
    with monkeypatch.context() as proxied:
        proxied.setenv("NO_PROXY", "localhost")  # exemptions alone: no proxy to go through
        assert isinstance(AsyncCallsClient(AC, TOKEN)._http, FastAsyncClient)
        proxied.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
        assert type(AsyncCallsClient(AC, TOKEN)._http) is OwnAsyncClient  # httpx's pool, one per event loop
    with monkeypatch.context() as old_aiohttp:
        import aiohttp

        old_aiohttp.delattr(aiohttp, "ConnectionTimeoutError")  # as in aiohttp 3.9
        assert type(AsyncCallsClient(AC, TOKEN)._http) is OwnAsyncClient
    with monkeypatch.context() as no_retry_switch:
        no_retry_switch.setattr(aiohttp.ClientSession, "ATTRS", frozenset())  # cannot turn aiohttp's retry off
        assert type(AsyncCallsClient(AC, TOKEN)._http) is OwnAsyncClient
    monkeypatch.delitem(sys.modules, "twilio_calls._fast_async")
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # as if the extra were not installed
    assert type(AsyncCallsClient(AC, TOKEN)._http) is OwnAsyncClient
    assert isinstance(OwnAsyncClient(), httpx.AsyncClient)


def test_a_create_answered_200_is_still_the_call(run: Run, httpx_mock: HTTPXMock) -> None:
    """Twilio answers 201; a compatible server answering 200 has still placed the call."""
    httpx_mock.add_response(method="POST", url=CALLS_URL, status_code=200, json=call_body(status="queued"))
    call = run("create", to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
    assert call.sid == CA and call.status == "queued"


@pytest.mark.parametrize("body", [b"[1, 2]", b"[" * 100_000], ids=["array", "nested-past-the-stack"])
def test_a_create_answered_with_a_non_object_says_the_call_may_exist(
    run: Run, httpx_mock: HTTPXMock, body: bytes
) -> None:
    from twilio_calls import InvalidResponseError

    httpx_mock.add_response(method="POST", url=CALLS_URL, status_code=201, content=body)
    with pytest.raises(InvalidResponseError) as caught:
        run("create", to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
    assert caught.value.may_have_succeeded and "may have" in str(caught.value)
    assert len(httpx_mock.get_requests()) == 1
