"""Network faults from a real server on 127.0.0.1: both clients end in the package's typed error, in time.

Each fault is served by tests/_fault_server.py on a raw socket. With max_retries=2, create() must reach the
server exactly once whatever went wrong (a second POST could ring a phone twice), while fetch() is retried
after the faults the retry policy calls transient (a reset, a stall, a cut-off body, a 503). Retry sleeps are
recorded instead of slept (conftest's `sleeps`), so the only waiting is the client's own timeout.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from _clients import AC, CA, TOKEN
from _fault_server import Behaviour, FaultServer, hang_up, reset_mid_body, respond, stall, truncated
from conftest import KINDS, use_kind

from twilio_calls import (
    APIConnectionError,
    APITimeoutError,
    AsyncCallsClient,
    CallsClient,
    InvalidResponseError,
    ServerError,
    TwilioCallsError,
)

TIMEOUT = 0.5
MAX_RETRIES = 2
SLACK = 5.0  # seconds on top of the timeouts: generous, for a loaded two-core machine
CALLS_PATH = f"/2010-04-01/Accounts/{AC}/Calls.json"
CALL_PATH = f"/2010-04-01/Accounts/{AC}/Calls/{CA}.json"
CALL_JSON = json.dumps({"sid": CA, "account_sid": AC, "status": "queued", "to": "+15558675310"}).encode()
HTML_PAGE = b"<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body><h1>503</h1></body></html>"
HTML_OK = b"<html><body>Welcome to nginx!</body></html>"


@dataclass(frozen=True)
class Fault:
    """How the server misbehaves, what the client must raise, and whether fetch() tries again."""

    behaviour: Behaviour
    error: type[TwilioCallsError]
    fetch_retried: bool
    status: int | None = None  # the HTTP status the error carries, for ServerError


FAULTS = {
    # No response at all: aiohttp calls this a ServerDisconnectedError, which httpx-aiohttp maps to ConnectTimeout.
    "hang-up after the request": Fault(hang_up, APIConnectionError, fetch_retried=True),
    "reset mid-body": Fault(reset_mid_body(200, CALL_JSON), APIConnectionError, fetch_retried=True),
    "stall past the timeout": Fault(stall, APITimeoutError, fetch_retried=True),
    "body shorter than Content-Length": Fault(
        truncated(200, CALL_JSON[:40], claimed_length=len(CALL_JSON)), APIConnectionError, fetch_retried=True
    ),
    "truncated JSON, matching Content-Length": Fault(
        truncated(200, CALL_JSON[:40], claimed_length=40), InvalidResponseError, fetch_retried=False
    ),
    "200 with an HTML body": Fault(respond(200, HTML_OK, "text/html"), InvalidResponseError, fetch_retried=False),
    "520 with an empty body": Fault(respond(520, b""), ServerError, fetch_retried=False, status=520),
    "503 with a corrupt gzip body": Fault(
        respond(503, b"not gzip", "application/json", "Content-Encoding: gzip"),
        ServerError,
        fetch_retried=True,
        status=503,
    ),
    "200 with a corrupt gzip body": Fault(
        respond(200, b"not gzip", "application/json", "Content-Encoding: gzip"),
        InvalidResponseError,
        fetch_retried=False,
    ),
    "503 with an HTML page": Fault(respond(503, HTML_PAGE, "text/html"), ServerError, fetch_retried=True, status=503),
}


@pytest.fixture(autouse=True)
def async_transport(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """kind "async" is AsyncCallsClient on httpx's own pool, "fast" on aiohttp (conftest.KINDS)."""
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and "kind" in callspec.params:
        use_kind(callspec.params["kind"], monkeypatch)


@pytest.fixture
def serve() -> Iterator[Callable[[Behaviour], FaultServer]]:
    """serve(behaviour) starts a FaultServer; every server started is stopped when the test ends."""
    servers: list[FaultServer] = []

    def start(behaviour: Behaviour) -> FaultServer:
        server = FaultServer(behaviour).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


async def failure(
    kind: str, operation: str, base_url: str, *, request_timeout: float | None = None, **options: Any
) -> tuple[TwilioCallsError, float]:
    """Runs create() or fetch() on a fresh client of that kind; returns the error it raised and the seconds taken.

    options go to the client (timeout, max_retries: MAX_RETRIES unless given); request_timeout to the call.
    """
    arguments: dict[str, Any] = (
        {"to": "+15558675310", "from_": "+15017122661", "url": "https://example.com/twiml"}
        if operation == "create"
        else {"sid": CA}
    )
    if request_timeout is not None:
        arguments["request_timeout"] = request_timeout
    options = {"max_retries": MAX_RETRIES, **options}
    started = time.monotonic()
    with pytest.raises(TwilioCallsError) as caught:
        if kind == "sync":
            with CallsClient(AC, TOKEN, base_url=base_url, **options) as client:
                getattr(client, operation)(**arguments)
        else:
            async with AsyncCallsClient(AC, TOKEN, base_url=base_url, **options) as aclient:
                await getattr(aclient, operation)(**arguments)
    return caught.value, time.monotonic() - started


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", list(FAULTS))
async def test_create_is_sent_once_and_ends_in_the_typed_error(
    serve: Callable[[Behaviour], FaultServer], sleeps: list[float], name: str, kind: str
) -> None:
    fault = FAULTS[name]
    server = serve(fault.behaviour)
    error, elapsed = await failure(kind, "create", server.base_url, timeout=TIMEOUT)
    assert type(error) is fault.error, repr(error)
    assert server.count("POST", CALLS_PATH) == 1
    assert server.requests == [("POST", CALLS_PATH)]
    assert sleeps == []
    assert elapsed < TIMEOUT + SLACK
    # It reached the server: the caller is told the call may exist, so as not to place it again blindly.
    assert error.may_have_succeeded
    assert "may have" in str(error)
    if fault.status is not None:
        assert isinstance(error, ServerError)
        assert error.status == fault.status
    assert TOKEN not in str(error)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", list(FAULTS))
async def test_fetch_is_retried_only_after_transient_faults(
    serve: Callable[[Behaviour], FaultServer], sleeps: list[float], name: str, kind: str
) -> None:
    fault = FAULTS[name]
    server = serve(fault.behaviour)
    error, elapsed = await failure(kind, "fetch", server.base_url, timeout=TIMEOUT)
    attempts = MAX_RETRIES + 1 if fault.fetch_retried else 1
    # Every attempt reaches the server once: aiohttp's own re-send after a hang-up is off, so max_retries holds.
    sends = attempts
    assert type(error) is fault.error, repr(error)
    assert server.count("GET", CALL_PATH) == sends
    assert server.requests == [("GET", CALL_PATH)] * sends
    assert len(sleeps) == attempts - 1
    assert elapsed < attempts * TIMEOUT + SLACK
    assert not error.may_have_succeeded  # a read: nothing to warn about
    if fault.status is not None:
        assert isinstance(error, ServerError)
        assert error.status == fault.status
    assert f"GET {CALL_PATH}" in str(error)
    assert TOKEN not in str(error)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("operation", ["create", "fetch"])
async def test_request_timeout_overrides_the_client_timeout(
    serve: Callable[[Behaviour], FaultServer], sleeps: list[float], kind: str, operation: str
) -> None:
    """A client with the default 30 s timeout gives up on a stalled server after request_timeout instead."""
    server = serve(stall)
    error, elapsed = await failure(kind, operation, server.base_url, request_timeout=TIMEOUT)
    assert type(error) is APITimeoutError
    attempts = 1 if operation == "create" else MAX_RETRIES + 1
    expected = ("POST", CALLS_PATH) if operation == "create" else ("GET", CALL_PATH)
    assert server.requests == [expected] * attempts
    assert elapsed < attempts * TIMEOUT + SLACK  # far below 30 s: the override applied to every attempt


async def test_a_stalled_server_is_released_when_it_stops(serve: Callable[[Behaviour], FaultServer]) -> None:
    """The fixture's finalizer must not wait out STALL_LIMIT: stop() wakes a stalled connection at once."""
    server = serve(stall)
    error, _ = await failure("sync", "fetch", server.base_url, timeout=0.2, max_retries=0)
    assert isinstance(error, APITimeoutError)
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2.0
