"""Retries, backoff, Retry-After, timeouts and logging (issue 3), against CallsClient and AsyncCallsClient.

Sleeping is replaced by the `sleeps` fixture (conftest.py), which records each delay the transport asks for.
"""

from __future__ import annotations

import base64
import logging
import re
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

import httpx
import pytest
from _clients import AC, CA, CALL_URL, CALLS_URL, call_body
from conftest import Driver
from pytest_httpx import HTTPXMock

from twilio_calls import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    Call,
    RateLimitError,
    ServerError,
    TwilioCallsError,
)

MakeClient = Callable[..., Driver]
CALL_PATH = f"/2010-04-01/Accounts/{AC}/Calls/{CA}.json"
CALLS_PATH = f"/2010-04-01/Accounts/{AC}/Calls.json"
CREATE = {"to": "+15558675310", "from_": "+15017122661", "url": "https://example.com/twiml"}
MAY_HAVE_BEEN_CREATED = re.compile(r"the call may have been (placed|created)")


def twilio_error(status: int) -> dict[str, Any]:
    return {"code": 20000 + status, "message": f"HTTP {status} from the test", "status": status}


# Each failure a request can meet, and the error it becomes once retries are exhausted.
FAILURES: dict[str, tuple[Callable[[HTTPXMock], None], type[TwilioCallsError]]] = {
    "ConnectError": (lambda m: m.add_exception(httpx.ConnectError("Connection refused")), APIConnectionError),
    "ConnectTimeout": (lambda m: m.add_exception(httpx.ConnectTimeout("timed out")), APITimeoutError),
    "ReadTimeout": (lambda m: m.add_exception(httpx.ReadTimeout("The read operation timed out")), APITimeoutError),
    "ReadError": (lambda m: m.add_exception(httpx.ReadError("Connection reset by peer")), APIConnectionError),
    "RemoteProtocolError": (
        lambda m: m.add_exception(httpx.RemoteProtocolError("Server disconnected without sending a response.")),
        APIConnectionError,
    ),
    "429": (lambda m: m.add_response(status_code=429, json=twilio_error(429)), RateLimitError),
    "500": (lambda m: m.add_response(status_code=500, json=twilio_error(500)), ServerError),
    "502": (lambda m: m.add_response(status_code=502, html="<html><h1>502 Bad Gateway</h1></html>"), ServerError),
    "503": (lambda m: m.add_response(status_code=503, json=twilio_error(503)), ServerError),
    "504": (lambda m: m.add_response(status_code=504, text=""), ServerError),
}


def fail(httpx_mock: HTTPXMock, *names: str) -> None:
    for name in names:
        FAILURES[name][0](httpx_mock)


def page_body(*sids: str) -> dict[str, Any]:
    return {"calls": [call_body(sid=sid) for sid in sids], "page": 0, "page_size": 50, "next_page_uri": None}


# Operations the policy calls safe: (how to run it, its success response, HTTP method, URL, form body).
SAFE: dict[str, tuple[Callable[[Driver], Any], Callable[[HTTPXMock], None], str, str, bytes]] = {
    "fetch": (
        lambda api: api.call("fetch", CA),
        lambda m: m.add_response(json=call_body(status="in-progress")),
        "GET",
        CALL_URL,
        b"",
    ),
    "list": (
        lambda api: api.collect(),
        lambda m: m.add_response(json=page_body(CA)),
        "GET",
        CALLS_URL,
        b"",
    ),
    "delete": (lambda api: api.call("delete", CA), lambda m: m.add_response(status_code=204), "DELETE", CALL_URL, b""),
    "hangup": (
        lambda api: api.call("hangup", CA),
        lambda m: m.add_response(json=call_body(status="completed")),
        "POST",
        CALL_URL,
        b"Status=completed",
    ),
    "cancel": (
        lambda api: api.call("cancel", CA),
        lambda m: m.add_response(json=call_body(status="canceled")),
        "POST",
        CALL_URL,
        b"Status=canceled",
    ),
}


def assert_all_sent_alike(httpx_mock: HTTPXMock, count: int, method: str, url: str, content: bytes) -> None:
    requests = httpx_mock.get_requests()
    assert len(requests) == count
    for request in requests:
        assert (request.method, str(request.url), request.content) == (method, url, content)


@pytest.fixture(autouse=True)
def _no_real_sleep(sleeps: list[float]) -> None:
    """Every test here retries without waiting."""


# --- Safe operations --------------------------------------------------------------------------------------------


# Two different failures in a row, so that together these pairs cover every failure kind on every operation.
FAILURE_PAIRS = [
    ("ConnectError", "ReadTimeout"),
    ("429", "500"),
    ("502", "503"),
    ("504", "ReadError"),
    ("RemoteProtocolError", "ConnectTimeout"),
]


@pytest.mark.parametrize("failures", FAILURE_PAIRS, ids="+".join)
@pytest.mark.parametrize("operation", list(SAFE))
async def test_safe_operation_is_retried_twice_by_default_then_succeeds(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], operation: str, failures: tuple[str, str]
) -> None:
    run, succeed, method, url, content = SAFE[operation]
    api = make_client()
    fail(httpx_mock, *failures)
    succeed(httpx_mock)

    result = await run(api)

    if operation == "delete":
        assert result is None
    elif operation == "list":
        assert [call.sid for call in result] == [CA]
    else:
        assert isinstance(result, Call) and result.sid == CA
    assert_all_sent_alike(httpx_mock, 3, method, url, content)
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    ("operation", "sequence", "last_error", "last_status"),
    [
        ("fetch", ("ConnectError", "500", "503"), ServerError, 503),
        ("list", ("503", "502", "ReadTimeout"), APITimeoutError, None),
        ("delete", ("429", "ReadError", "504"), ServerError, 504),
        ("hangup", ("ReadTimeout", "ReadTimeout", "ConnectError"), APIConnectionError, None),
        ("cancel", ("500", "504", "429"), RateLimitError, 429),
    ],
    ids=["fetch", "list", "delete", "hangup", "cancel"],
)
async def test_gives_up_after_max_retries_with_the_last_error(
    make_client: MakeClient,
    httpx_mock: HTTPXMock,
    sleeps: list[float],
    operation: str,
    sequence: tuple[str, ...],
    last_error: type[TwilioCallsError],
    last_status: int | None,
) -> None:
    run, _, method, url, content = SAFE[operation]
    api = make_client()
    fail(httpx_mock, *sequence)

    with pytest.raises(last_error) as caught:
        await run(api)

    assert type(caught.value) is last_error
    assert getattr(caught.value, "status", None) == last_status
    assert caught.value.may_have_succeeded is False  # a safe request may be repeated: nothing to warn about
    assert_all_sent_alike(httpx_mock, 3, method, url, content)
    assert len(sleeps) == 2


@pytest.mark.parametrize("failure", list(FAILURES))
async def test_max_retries_zero_sends_once(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], failure: str
) -> None:
    api = make_client(max_retries=0)
    fail(httpx_mock, failure)

    with pytest.raises(FAILURES[failure][1]):
        await api.call("fetch", CA)

    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
async def test_client_errors_are_not_retried(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], status: int
) -> None:
    api = make_client()
    httpx_mock.add_response(status_code=status, json=twilio_error(status))

    with pytest.raises(TwilioCallsError):
        await api.call("hangup", CA)

    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


async def test_a_failed_page_is_retried_in_the_middle_of_a_listing(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    api = make_client()
    first_sid, second_sid = "CA" + "1" * 32, "CA" + "2" * 32
    next_page = f"{CALLS_PATH}?PageSize=1&Page=1&PageToken=PA{'a' * 32}"
    httpx_mock.add_response(json={**page_body(first_sid), "next_page_uri": next_page})
    fail(httpx_mock, "503", "ReadTimeout")
    httpx_mock.add_response(json=page_body(second_sid))

    calls = await api.collect(page_size=1)

    assert [call.sid for call in calls] == [first_sid, second_sid]
    urls = [str(request.url) for request in httpx_mock.get_requests()]
    assert urls == [f"{CALLS_URL}?PageSize=1"] + [f"{CALLS_URL}?PageSize=1&Page=1&PageToken=PA{'a' * 32}"] * 3
    assert len(sleeps) == 2


# --- create and redirect: never twice if the first may have worked ------------------------------------------------


@pytest.mark.parametrize("failure", ["ConnectError", "ConnectTimeout", "429"])
async def test_create_is_retried_when_it_provably_was_not_acted_on(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], failure: str
) -> None:
    api = make_client()
    fail(httpx_mock, failure)
    httpx_mock.add_response(status_code=201, json=call_body())

    call = await api.call("create", **CREATE)

    assert call.sid == CA
    requests = httpx_mock.get_requests()
    assert len(requests) == 2
    assert requests[0].content == requests[1].content
    assert requests[0].content.startswith(b"To=%2B15558675310&From=%2B15017122661&Url=")
    assert len(sleeps) == 1


@pytest.mark.parametrize("failure", ["ReadTimeout", "ReadError", "RemoteProtocolError", "500", "502", "503", "504"])
async def test_create_is_sent_exactly_once_when_it_may_have_placed_the_call(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], failure: str
) -> None:
    api = make_client()
    fail(httpx_mock, failure)

    with pytest.raises(FAILURES[failure][1]) as caught:
        await api.call("create", **CREATE)

    assert type(caught.value) is FAILURES[failure][1]
    assert caught.value.may_have_succeeded is True
    assert MAY_HAVE_BEEN_CREATED.search(str(caught.value))
    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


async def test_create_that_never_connected_does_not_claim_it_may_have_succeeded(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    api = make_client()
    fail(httpx_mock, "ConnectError", "ConnectTimeout", "ConnectError")

    with pytest.raises(APIConnectionError) as caught:
        await api.call("create", **CREATE)

    assert caught.value.may_have_succeeded is False
    assert not MAY_HAVE_BEEN_CREATED.search(str(caught.value))
    assert len(httpx_mock.get_requests()) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize(("status", "error_class"), [(400, BadRequestError), (429, RateLimitError)])
async def test_create_refused_by_the_api_did_not_place_a_call(
    make_client: MakeClient, httpx_mock: HTTPXMock, status: int, error_class: type[TwilioCallsError]
) -> None:
    api = make_client(max_retries=0)
    httpx_mock.add_response(status_code=status, json=twilio_error(status))

    with pytest.raises(error_class) as caught:
        await api.call("create", **CREATE)

    assert caught.value.may_have_succeeded is False
    assert len(httpx_mock.get_requests()) == 1


REDIRECTS: dict[str, tuple[tuple[Any, ...], dict[str, Any], bytes]] = {
    "redirect-url": (("redirect", CA, "https://example.com/next"), {}, b"Url=https%3A%2F%2Fexample.com%2Fnext"),
    "redirect-twiml": (("redirect", CA), {"twiml": "<Response><Hangup/></Response>"}, b"Twiml="),
    "update-url": (("update", CA), {"url": "https://example.com/next"}, b"Url=https%3A%2F%2Fexample.com%2Fnext"),
}


@pytest.mark.parametrize(
    ("redirect", "failure"),
    [("redirect-url", "503"), ("redirect-twiml", "ReadTimeout"), ("update-url", "500"), ("redirect-url", "ReadError")],
)
async def test_redirect_is_sent_once_like_create(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], redirect: str, failure: str
) -> None:
    args, kwargs, _ = REDIRECTS[redirect]
    api = make_client()
    fail(httpx_mock, failure)

    with pytest.raises(FAILURES[failure][1]) as caught:
        await api.call(*args, **kwargs)

    assert caught.value.may_have_succeeded is True
    assert "may have acted on the request" in str(caught.value)
    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


@pytest.mark.parametrize(
    ("redirect", "failure"),
    [("redirect-url", "503"), ("redirect-twiml", "ReadTimeout"), ("update-url", "503"), ("redirect-url", "502")],
)
async def test_redirect_with_retry_true_is_retried(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], redirect: str, failure: str
) -> None:
    args, kwargs, body_start = REDIRECTS[redirect]
    api = make_client()
    fail(httpx_mock, failure)
    httpx_mock.add_response(json=call_body(status="in-progress"))

    call = await api.call(*args, retry=True, **kwargs)

    assert call.sid == CA
    assert_all_sent_alike(httpx_mock, 2, "POST", CALL_URL, httpx_mock.get_requests()[0].content)
    assert httpx_mock.get_requests()[0].content.startswith(body_start)
    assert len(sleeps) == 1


@pytest.mark.parametrize("failure", ["ConnectError", "429"])
async def test_redirect_is_still_retried_when_it_was_not_acted_on(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], failure: str
) -> None:
    api = make_client()
    fail(httpx_mock, failure)
    httpx_mock.add_response(json=call_body(status="in-progress"))

    await api.call("redirect", CA, "https://example.com/next")

    assert len(httpx_mock.get_requests()) == 2


# --- Waiting: Retry-After and backoff ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "status", "retry_after", "low", "high"),
    [
        ("fetch", 429, "3", 3.0, 3.0),
        ("fetch", 503, "7", 7.0, 7.0),
        ("fetch", 429, "0", 0.0, 0.0),
        ("fetch", 429, "HTTP-date in 30.5 s", 20.0, 30.5),
        ("create", 429, "2", 2.0, 2.0),
        ("list", 503, "1.5", 1.5, 1.5),
    ],
    ids=["429-seconds", "503-seconds", "429-zero", "429-http-date", "create-429", "list-503"],
)
async def test_retry_after_is_the_wait(
    make_client: MakeClient,
    httpx_mock: HTTPXMock,
    sleeps: list[float],
    operation: str,
    status: int,
    retry_after: str,
    low: float,
    high: float,
) -> None:
    api = make_client()
    if retry_after == "HTTP-date in 30.5 s":  # made now: the wait left is measured from the moment of parsing
        retry_after = formatdate(time.time() + 30.5, usegmt=True)
    httpx_mock.add_response(status_code=status, headers={"Retry-After": retry_after}, json=twilio_error(status))
    if operation == "create":
        httpx_mock.add_response(status_code=201, json=call_body())
        await api.call("create", **CREATE)
    elif operation == "list":
        httpx_mock.add_response(json=page_body(CA))
        await api.collect()
    else:
        httpx_mock.add_response(json=call_body())
        await api.call("fetch", CA)

    assert len(sleeps) == 1
    assert low <= sleeps[0] <= high
    assert len(httpx_mock.get_requests()) == 2


@pytest.mark.parametrize(("status", "retry_after"), [(429, "61"), (429, "3600"), (503, "86400")])
async def test_retry_after_beyond_the_policy_maximum_is_not_waited_for(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], status: int, retry_after: str
) -> None:
    api = make_client()
    httpx_mock.add_response(status_code=status, headers={"Retry-After": retry_after}, json=twilio_error(status))

    with pytest.raises((RateLimitError, ServerError)) as caught:
        await api.call("fetch", CA)

    assert caught.value.status == status
    assert caught.value.retry_after == float(retry_after)
    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


async def test_backoff_grows_and_is_capped(make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    api = make_client(max_retries=6)
    fail(httpx_mock, *["503"] * 6)
    httpx_mock.add_response(json=call_body())

    await api.call("fetch", CA)

    assert len(httpx_mock.get_requests()) == 7
    # Half a second doubling each time, with jitter down to half of it, never above eight seconds.
    ranges = [(0.25, 0.5), (0.5, 1.0), (1.0, 2.0), (2.0, 4.0), (4.0, 8.0), (4.0, 8.0)]
    assert len(sleeps) == len(ranges)
    for delay, (low, high) in zip(sleeps, ranges, strict=True):
        assert low <= delay <= high
    assert sleeps[1] > sleeps[0] or sleeps[2] > sleeps[1]  # ranges overlap only at their ends


async def test_backoff_is_jittered(make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    """Clients failing together must not retry in lockstep: first delays differ across requests."""
    api = make_client(max_retries=1)
    for _ in range(8):
        fail(httpx_mock, "503")
        httpx_mock.add_response(json=call_body())
        await api.call("fetch", CA)

    assert len(sleeps) == 8
    assert len(set(sleeps)) > 1
    assert all(0.25 <= delay <= 0.5 for delay in sleeps)


# --- Timeouts ------------------------------------------------------------------------------------------------------


def as_sent(api: Driver, timeout: dict[str, float | None]) -> dict[str, float | None]:
    """The limits a request carries: aiohttp has no write timeout, so the fast client passes none on."""
    return {**timeout, "write": None} if type(api.client._http).__name__ == "FastAsyncClient" else timeout


def recording(timeouts: list[dict[str, float | None]], response: httpx.Response) -> Callable[..., httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return response

    return respond


async def test_default_timeout_is_5s_connect_30s_read(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    timeouts: list[dict[str, float | None]] = []
    httpx_mock.add_callback(recording(timeouts, httpx.Response(200, json=call_body())))

    await make_client().call("fetch", CA)

    assert timeouts[0]["connect"] == 5.0
    assert timeouts[0]["read"] == 30.0


FLOAT_TIMEOUT = (2.5, {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5})
HTTPX_TIMEOUT = (httpx.Timeout(10.0, connect=1.0), {"connect": 1.0, "read": 10.0, "write": 10.0, "pool": 10.0})


@pytest.mark.parametrize(
    ("operation", "request_timeout", "expected"),
    [
        ("fetch", *FLOAT_TIMEOUT),
        ("create", *HTTPX_TIMEOUT),
        ("list", *FLOAT_TIMEOUT),
        ("hangup", *HTTPX_TIMEOUT),
        ("redirect", *FLOAT_TIMEOUT),
        ("delete", *HTTPX_TIMEOUT),
    ],
    ids=["fetch", "create", "list", "hangup", "redirect", "delete"],
)
async def test_request_timeout_reaches_the_request_and_lasts_one_call(
    make_client: MakeClient,
    httpx_mock: HTTPXMock,
    operation: str,
    request_timeout: float | httpx.Timeout,
    expected: dict[str, float],
) -> None:
    api = make_client()
    timeouts: list[dict[str, float | None]] = []
    next_page = f"{CALLS_PATH}?PageSize=1&Page=1&PageToken=PA1"
    responses = {
        "fetch": [httpx.Response(200, json=call_body())],
        "create": [httpx.Response(201, json=call_body())],
        "list": [
            httpx.Response(200, json={**page_body(CA), "next_page_uri": next_page}),
            httpx.Response(200, json=page_body(CA)),
        ],
        "hangup": [httpx.Response(200, json=call_body())],
        "redirect": [httpx.Response(200, json=call_body())],
        "delete": [httpx.Response(204)],
    }[operation]
    for response in responses:
        httpx_mock.add_callback(recording(timeouts, response))
    httpx_mock.add_callback(recording(timeouts, httpx.Response(200, json=call_body())))  # the fetch afterwards

    if operation == "create":
        await api.call("create", request_timeout=request_timeout, **CREATE)
    elif operation == "list":
        assert len(await api.collect(request_timeout=request_timeout)) == 2
    elif operation == "redirect":
        await api.call("redirect", CA, "https://example.com/next", request_timeout=request_timeout)
    else:
        await api.call(operation, CA, request_timeout=request_timeout)
    await api.call("fetch", CA)

    assert timeouts[:-1] == [as_sent(api, expected)] * len(responses)  # every page of a listing
    assert (timeouts[-1]["connect"], timeouts[-1]["read"]) == (5.0, 30.0)  # the next call is back to the default


async def test_request_timeout_holds_on_every_attempt(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    api = make_client()
    timeouts: list[dict[str, float | None]] = []

    def time_out(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        raise httpx.ReadTimeout("timed out", request=request)

    httpx_mock.add_callback(time_out)
    httpx_mock.add_callback(time_out)
    httpx_mock.add_callback(recording(timeouts, httpx.Response(200, json=call_body())))

    await api.call("fetch", CA, request_timeout=1.5)

    assert [t["read"] for t in timeouts] == [1.5, 1.5, 1.5]


async def test_client_timeout_option_is_the_default_for_every_call(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    api = make_client(timeout=httpx.Timeout(12.0, connect=3.0))
    timeouts: list[dict[str, float | None]] = []
    httpx_mock.add_callback(recording(timeouts, httpx.Response(200, json=call_body())))
    httpx_mock.add_callback(recording(timeouts, httpx.Response(200, json=call_body())))

    await api.call("fetch", CA)
    await api.call("fetch", CA, request_timeout=0.5)

    assert (timeouts[0]["connect"], timeouts[0]["read"]) == (3.0, 12.0)
    assert (timeouts[1]["connect"], timeouts[1]["read"]) == (0.5, 0.5)


# --- Logging -------------------------------------------------------------------------------------------------------

RESPONSE_LOG = re.compile(r"^(GET|POST|DELETE) (\S+) -> (\d{3}) in (\d+\.\d) ms \(attempt (\d+)\)$")


def transport_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "twilio_calls"]


@pytest.mark.parametrize(
    ("operation", "status", "method", "path"),
    [("fetch", 200, "GET", CALL_PATH), ("create", 201, "POST", CALLS_PATH), ("delete", 204, "DELETE", CALL_PATH)],
)
async def test_each_response_is_logged_with_method_path_status_time_and_attempt(
    make_client: MakeClient,
    httpx_mock: HTTPXMock,
    caplog: pytest.LogCaptureFixture,
    operation: str,
    status: int,
    method: str,
    path: str,
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_calls")
    api = make_client()
    httpx_mock.add_response(status_code=status, json=call_body() if status != 204 else None)

    if operation == "create":
        await api.call("create", **CREATE)
    else:
        await api.call(operation, CA)

    (record,) = transport_records(caplog)
    assert record.levelno == logging.INFO
    match = RESPONSE_LOG.match(record.getMessage())
    assert match is not None, record.getMessage()
    assert match.group(1, 2, 3, 5) == (method, path, str(status), "1")
    assert 0.0 <= float(match.group(4)) < 60_000


async def test_retries_are_logged_as_warnings_with_their_count(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_calls")
    api = make_client()
    fail(httpx_mock, "503", "ConnectError")
    httpx_mock.add_response(json=call_body())

    await api.call("fetch", CA)

    records = transport_records(caplog)
    messages = [(record.levelno, record.getMessage()) for record in records]
    assert [level for level, _ in messages] == [logging.INFO, logging.WARNING, logging.WARNING, logging.INFO]
    first, retry_1, retry_2, last = (message for _, message in messages)
    assert RESPONSE_LOG.match(first) and first.startswith(f"GET {CALL_PATH} -> 503 in ")
    assert first.endswith("(attempt 1)")
    assert retry_1 == f"retrying GET {CALL_PATH} in {sleeps[0]:.2f} s after ServerError (retry 1 of 2)"
    assert retry_2 == f"retrying GET {CALL_PATH} in {sleeps[1]:.2f} s after APIConnectionError (retry 2 of 2)"
    assert last.startswith(f"GET {CALL_PATH} -> 200 in ") and last.endswith("(attempt 3)")


async def test_auth_token_never_appears_in_any_log(
    make_client: MakeClient, httpx_mock: HTTPXMock, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's and httpcore's included
    api = make_client()
    secrets = [
        api.secret,
        base64.b64encode(api.secret.encode()).decode(),
        base64.b64encode(f"{AC}:{api.secret}".encode()).decode(),
    ]

    def echo_credentials(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, text=f"upstream said no to {request.headers['Authorization']}")

    httpx_mock.add_callback(echo_credentials)
    fail(httpx_mock, "ReadTimeout")
    httpx_mock.add_response(json=call_body())
    await api.call("fetch", CA)
    httpx_mock.add_response(status_code=401, json=twilio_error(401))
    with pytest.raises(TwilioCallsError):
        await api.call("hangup", CA)
    fail(httpx_mock, "ReadTimeout")
    with pytest.raises(APITimeoutError):
        await api.call("create", **CREATE)

    assert len(transport_records(caplog)) >= 5  # something was logged, so its cleanliness means something
    logged = caplog.text + "".join(repr(record.args) + record.getMessage() for record in caplog.records)
    for secret in secrets:
        assert secret not in logged


async def test_request_timeout_none_lifts_the_limit_and_not_given_is_the_clients(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    """NOT_GIVEN (the default) is "the client's timeout"; None is "no limit", for this one call."""
    from twilio_calls import NOT_GIVEN

    api = make_client(timeout=httpx.Timeout(12.0, connect=3.0))
    timeouts: list[dict[str, float | None]] = []
    for _ in range(3):
        httpx_mock.add_callback(recording(timeouts, httpx.Response(200, json=call_body())))

    await api.call("fetch", CA, request_timeout=None)
    await api.call("fetch", CA, request_timeout=NOT_GIVEN)
    await api.call("fetch", CA)

    no_limit = {"connect": None, "read": None, "write": None, "pool": None}
    client_default = {"connect": 3.0, "read": 12.0, "write": 12.0, "pool": 12.0}
    assert timeouts == [as_sent(api, no_limit), as_sent(api, client_default), as_sent(api, client_default)]


@pytest.mark.parametrize("value", [0, -1, float("inf"), True, "5", object()])
async def test_a_bad_request_timeout_is_refused_before_sending(
    make_client: MakeClient, httpx_mock: HTTPXMock, value: object
) -> None:
    with pytest.raises(ValueError, match="request_timeout"):
        await make_client().call("fetch", CA, request_timeout=value)
    assert httpx_mock.get_requests() == []
