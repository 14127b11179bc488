"""Issue 18's transport faults, on CallsClient, AsyncCallsClient on httpx and AsyncCallsClient on aiohttp.

Real servers on 127.0.0.1 stand for the API (and for a proxy that records whether it was used); each test
stops what it started. Retry sleeps are recorded instead of slept (conftest's `sleeps`) unless a test replaces
them itself to close a client during the wait.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import http.server
import itertools
import json
import logging
import threading
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _clients import AC, CA, TOKEN
from _fault_server import Behaviour, FaultServer, hang_up, respond, stall
from conftest import KINDS, Driver, use_kind
from pytest_httpx import HTTPXMock

from twilio_calls import (
    APIConnectionError,
    AsyncCallsClient,
    AuthenticationError,
    CallsClient,
    NotFoundError,
    RedirectError,
    _transport,
)

MakeClient = Callable[..., Driver]
CALL = {"sid": CA, "account_sid": AC, "status": "completed"}
CALL_PATH = f"/2010-04-01/Accounts/{AC}/Calls/{CA}.json"
CALLS_PATH = f"/2010-04-01/Accounts/{AC}/Calls.json"
CREATE = {"to": "+15558675310", "from_": "+15017122661", "url": "https://example.com/twiml"}
API_KEY = "SK" + "0123456789abcdef" * 2
API_SECRET = "sec-" + "Xy7q" * 8


def basic(user: str, secret: str) -> str:
    return base64.b64encode(f"{user}:{secret}".encode()).decode()


# --- a loopback HTTP server that records every request and answers from a script --------------------------


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        server: Recorder = self.server  # type: ignore[assignment]
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        headers = [(name.lower(), value) for name, value in self.headers.items()]
        with server.lock:
            server.seen.append((self.command, self.path, headers, body))
            status, extra, content = server.answers[min(len(server.seen), len(server.answers)) - 1]
        self.send_response(status)
        for name, value in extra:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_DELETE = do_CONNECT = _serve

    def log_message(self, *args: object) -> None:
        pass


class Recorder(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.port = self.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.lock = threading.Lock()
        self.seen: list[tuple[str, str, list[tuple[str, str]], bytes]] = []
        self.answers: list[tuple[int, list[tuple[str, str]], bytes]] = []
        self.reply(200, json.dumps(CALL).encode())

    def reply(self, status: int, content: bytes, *headers: tuple[str, str], then: bool = False) -> None:
        """The answer to the next requests (the last one repeats); then=True adds one after those given."""
        answer = (status, [("Content-Type", "application/json"), *headers], content)
        self.answers = [*self.answers, answer] if then else [answer]


@pytest.fixture
def recorders() -> Iterator[Callable[[], Recorder]]:
    running: list[tuple[Recorder, threading.Thread]] = []

    def start() -> Recorder:
        server = Recorder()
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        running.append((server, thread))
        return server

    yield start
    for server, thread in running:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def faults() -> Iterator[Callable[..., FaultServer]]:
    """faults(b1, b2, ...) serves the n-th request with the n-th behaviour (the last one repeats)."""
    servers: list[FaultServer] = []

    def start(*behaviours: Behaviour) -> FaultServer:
        counter = itertools.count()

        def behave(server: FaultServer, conn: Any, request: Any) -> None:
            behaviours[min(next(counter), len(behaviours) - 1)](server, conn, request)

        server = FaultServer(behave).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def kind_of(api: Driver) -> str:
    from twilio_calls._fast_async import FastAsyncClient

    if isinstance(api.client, CallsClient):
        return "sync"
    return "fast" if isinstance(api.client._http, FastAsyncClient) else "async"


def calls_json(status: int = 200) -> Behaviour:
    return respond(status, json.dumps(CALL).encode())


# --- 2. no credentials through a proxy to a loopback server --------------------------------------------------

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


def set_proxy(monkeypatch: pytest.MonkeyPatch, variable: str, url: str) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv(variable, url)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY", "HTTPS_PROXY"])
async def test_a_loopback_server_is_never_reached_through_a_proxy(
    make_client: MakeClient,
    recorders: Callable[[], Recorder],
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    host: str,
) -> None:
    api_server, proxy = recorders(), recorders()
    proxy.reply(502, b"proxy")
    set_proxy(monkeypatch, variable, proxy.url)
    api = make_client(base_url=f"http://{host}:{api_server.port}", max_retries=0)  # fast stays on aiohttp
    call = await api.call("fetch", CA)
    assert call.sid == CA
    assert proxy.seen == []  # the credentials never went to the proxy
    ((method, path, headers, _),) = api_server.seen
    assert (method, path) == ("GET", CALL_PATH)
    assert dict(headers)["authorization"] == "Basic " + basic(AC, TOKEN)


@pytest.mark.parametrize("kind", KINDS)
async def test_other_hosts_keep_honouring_the_environments_proxy(
    recorders: Callable[[], Recorder], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """A host that is not this machine is reached through the proxy: asked to tunnel to it, which this one
    refuses (so nothing leaves 127.0.0.1, and no name is looked up)."""
    use_kind(kind, monkeypatch)
    proxy = recorders()
    proxy.reply(502, b"no tunnels here")
    set_proxy(monkeypatch, "HTTPS_PROXY", proxy.url)
    base_url = "https://calls.example.test"
    with pytest.raises(APIConnectionError):
        if kind == "sync":
            with CallsClient(AC, TOKEN, base_url=base_url, max_retries=0) as client:
                client.fetch(CA)
        else:
            async with AsyncCallsClient(AC, TOKEN, base_url=base_url, max_retries=0) as aclient:
                await aclient.fetch(CA)
    assert [(method, target) for method, target, _, _ in proxy.seen] == [("CONNECT", "calls.example.test:443")]


@pytest.mark.parametrize(
    ("base_url", "loopback"),
    [
        ("http://127.0.0.1:8080", True),
        ("http://127.8.9.10", True),
        ("http://[::1]:8080", True),
        ("http://localhost:8080", True),
        ("http://LOCALHOST", True),
        ("https://api.twilio.com", False),
        ("https://10.0.0.1", False),
        ("https://localhost.example.com", False),
        ("https://[::2]", False),
    ],
)
def test_which_base_urls_count_as_this_machine(base_url: str, loopback: bool) -> None:
    from twilio_calls._auth import BasicAuth

    assert _transport.Target(base_url, BasicAuth(AC, TOKEN), 5.0).loopback is loopback


# --- 4. closing races ---------------------------------------------------------------------------------------


def close_later(api: Driver, seconds: float) -> threading.Timer:
    """Closes the client from another thread (its own event loop, for the async client) after `seconds`."""
    client = api.client
    if isinstance(client, CallsClient):
        timer = threading.Timer(seconds, client.close)
    else:
        aclient = client
        timer = threading.Timer(seconds, lambda: asyncio.run(aclient.aclose()))
    timer.start()
    return timer


@pytest.mark.parametrize("operation", ["fetch", "create"])
async def test_a_client_closed_from_another_thread_mid_request_makes_no_further_attempt(
    make_client: MakeClient, faults: Callable[..., FaultServer], sleeps: list[float], operation: str
) -> None:
    server = faults(stall)
    api = make_client(base_url=server.base_url, timeout=1.0, max_retries=2)
    timer = close_later(api, 0.3)
    with pytest.raises(APIConnectionError) as caught:
        if operation == "fetch":
            await api.call("fetch", CA)
        else:
            await api.call("create", **CREATE)
    timer.join(5)
    error = caught.value
    assert error.client_closed, repr(error)
    assert "closed" in str(error)
    assert len(server.requests) == 1 and sleeps == []  # not one more attempt
    assert error.request_sent  # it was under way when the client closed
    assert error.may_have_succeeded is (operation == "create")  # a create that was sent may have placed the call
    assert TOKEN not in str(error)


def close_during_the_wait(monkeypatch: pytest.MonkeyPatch, close: Callable[[], Any]) -> list[float]:
    """The retry wait closes (close() or an awaitable aclose()) instead of sleeping; returns the waits."""
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        close()

    async def async_sleep(seconds: float) -> None:
        waits.append(seconds)
        closing = close()
        if closing is not None:
            await closing

    monkeypatch.setattr(_transport.time, "sleep", sleep)
    monkeypatch.setattr(_transport, "_async_sleep", async_sleep)
    return waits


RETRY_LATER = (429, json.dumps({"code": 20429, "message": "Too Many Requests"}).encode(), ("Retry-After", "2"))


@pytest.mark.parametrize(
    ("kind", "closing"),
    # A shared http_client is the caller's own httpx client, never the fast one: kinds sync and async.
    [(kind, "the client") for kind in KINDS] + [(kind, "its shared http_client") for kind in ("sync", "async")],
)
async def test_closed_during_a_retry_after_wait_raises_client_closed_and_sends_nothing_more(
    recorders: Callable[[], Recorder], monkeypatch: pytest.MonkeyPatch, kind: str, closing: str
) -> None:
    use_kind(kind, monkeypatch)
    server = recorders()
    server.reply(*RETRY_LATER)
    server.reply(200, json.dumps(CALL).encode(), then=True)
    client: CallsClient | AsyncCallsClient
    shared: httpx.Client | httpx.AsyncClient | None = None
    if kind == "sync":
        shared = httpx.Client() if closing != "the client" else None
        client = CallsClient(AC, TOKEN, base_url=server.url, http_client=shared)
        waits = close_during_the_wait(monkeypatch, (shared or client).close)
        with pytest.raises(APIConnectionError) as caught:
            client.fetch(CA)
        client.close()
    else:
        shared = httpx.AsyncClient() if closing != "the client" else None
        client = AsyncCallsClient(AC, TOKEN, base_url=server.url, http_client=shared)
        waits = close_during_the_wait(monkeypatch, (shared or client).aclose)
        with pytest.raises(APIConnectionError) as caught:
            await client.fetch(CA)
        await client.aclose()
    error = caught.value
    assert error.client_closed and error.request_sent is False, repr(error)
    expected = "client is closed" if closing == "the client" else "the http_client it was given is closed"
    assert expected in str(error)
    assert waits == [2.0]  # Retry-After was being waited for
    assert [(method, path) for method, path, _, _ in server.seen] == [("GET", CALL_PATH)]


# --- 5. no part of a secret in an error ---------------------------------------------------------------------


SECRETS = {
    "auth token": lambda: (AC + ":" + TOKEN, TOKEN, {}),
    "api secret": lambda: (API_KEY + ":" + API_SECRET, API_SECRET, {"api_key": API_KEY, "api_secret": API_SECRET}),
    "basic credentials": lambda: ("Authorization: Basic " + basic(AC, TOKEN), basic(AC, TOKEN), {}),
}


def leaked_prefixes(text: str, *secrets: str) -> list[str]:
    """The starts (4 characters or more) of any secret found in text, also inside base64 in it."""
    found = [secret[:n] for secret in secrets for n in range(4, len(secret) + 1) if secret[:n] in text]
    for word in text.replace('"', " ").split():
        for start in range(len(word)):
            chunk = word[start:]
            chunk = chunk[: len(chunk) - len(chunk) % 4]
            try:
                decoded = base64.b64decode(chunk, validate=True).decode("latin-1")
            except ValueError:
                continue
            found += [secret[:n] for secret in secrets for n in range(4, len(secret) + 1) if secret[:n] in decoded]
    return found


@pytest.mark.parametrize("secret_name", list(SECRETS))
@pytest.mark.parametrize("kept", [1, 5, 25, -1], ids=["1-char", "5-chars", "25-chars", "all-but-one"])
async def test_an_error_body_cut_inside_echoed_credentials_keeps_no_part_of_them(
    make_client: MakeClient, httpx_mock: HTTPXMock, secret_name: str, kept: int
) -> None:
    """The body is read up to 64 KiB: a message at its end, echoing the request, is cut inside the credential."""
    echoed, secret, options = SECRETS[secret_name]()
    api = make_client(max_retries=0, **options)
    start = f"Authentication failed for {echoed[: len(echoed) - len(secret)]}"  # the echo, up to the secret
    kept_chars = kept if kept > 0 else len(secret) + kept
    message = start + secret[:kept_chars]  # where the cut falls: that much of the secret is left
    head = '{"code": 20003, "padding": "'
    tail = '", "message": "' + message
    body = (head + "x" * (_transport.ERROR_BODY_LIMIT - len(head) - len(tail)) + tail).encode()
    assert len(body) == _transport.ERROR_BODY_LIMIT
    body += (secret[kept_chars:] + '", "more_info": "https://www.twilio.com/docs/errors/20003"}').encode()
    httpx_mock.add_response(status_code=401, content=body)
    with pytest.raises(AuthenticationError) as caught:
        await api.call("fetch", CA)
    error = caught.value
    shown = str(error) + repr(error) + error.message
    assert leaked_prefixes(shown, secret, TOKEN, API_SECRET, basic(AC, TOKEN)) == []
    assert error.code == 20003
    assert error.message == start + "<redacted>"


def test_a_word_that_merely_ends_like_a_credential_starts_is_kept() -> None:
    """Only where a credential can begin (after a space, ':' or a quote) is a cut-off start taken for one."""
    request = httpx.Request("GET", "http://127.0.0.1/x", headers={"Authorization": "Basic " + basic(AC, TOKEN)})
    assert _transport._without_credentials("Authent", request, cut=True) == "Authent"  # TOKEN starts with "t"
    assert _transport._without_credentials("for t", request, cut=True) == "for <redacted>"
    assert _transport._without_credentials("for t", request) == "for t"  # not cut: nothing half-shown
    assert _transport._without_credentials("id QUMw", request, cut=True) == "id <redacted>"


# --- 9. one request shape on every transport -----------------------------------------------------------------


async def test_every_transport_sends_the_same_headers(
    make_client: MakeClient, recorders: Callable[[], Recorder]
) -> None:
    server = recorders()
    api = make_client(base_url=server.url, max_retries=0)
    await api.call("fetch", CA)
    await api.call("hangup", CA)
    (_, _, got, _), (_, _, posted, _) = server.seen
    expected = {
        "host": f"127.0.0.1:{server.port}",
        "accept": "application/json",
        "accept-encoding": "gzip, deflate",
        "user-agent": _transport.USER_AGENT,
        "authorization": "Basic " + basic(AC, TOKEN),
    }
    assert sorted(got) == sorted(expected.items()), kind_of(api)
    form = {"content-type": "application/x-www-form-urlencoded", "content-length": str(len(b"Status=completed"))}
    assert sorted(posted) == sorted({**expected, **form}.items()), kind_of(api)


async def test_a_cookie_the_server_sets_is_never_sent_back(
    make_client: MakeClient, recorders: Callable[[], Recorder]
) -> None:
    server = recorders()
    server.reply(200, json.dumps(CALL).encode(), ("Set-Cookie", "session=abc123; Path=/"))
    api = make_client(base_url=server.url, max_retries=0)
    for _ in range(3):
        await api.call("fetch", CA)
    assert len(server.seen) == 3
    assert [name for _, _, headers, _ in server.seen for name, _ in headers if name == "cookie"] == []


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_compressed_pages_and_calls_are_read_on_every_transport(
    make_client: MakeClient, recorders: Callable[[], Recorder], encoding: str
) -> None:
    compress = gzip.compress if encoding == "gzip" else zlib.compress
    page = {"calls": [{**CALL, "sid": "CA" + f"{n:032x}"} for n in range(3)], "next_page_uri": None}
    server = recorders()
    server.reply(200, compress(json.dumps(page).encode()), ("Content-Encoding", encoding))
    server.reply(200, compress(json.dumps(CALL).encode()), ("Content-Encoding", encoding), then=True)
    api = make_client(base_url=server.url, max_retries=0)
    assert [call.sid for call in await api.collect()] == [call["sid"] for call in page["calls"]]
    assert (await api.call("fetch", CA)).status == "completed"
    assert [dict(headers)["accept-encoding"] for _, _, headers, _ in server.seen] == ["gzip, deflate"] * 2


# --- 11. a retried DELETE answered 404 after an attempt whose outcome is unknown -------------------------------

NOT_FOUND = respond(404, json.dumps({"code": 20404, "message": "The requested resource was not found"}).encode())


@pytest.mark.parametrize("first", ["dropped after sending", "read timeout"])
async def test_a_retried_delete_answered_404_after_an_unknown_outcome_returns(
    make_client: MakeClient,
    faults: Callable[..., FaultServer],
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
    first: str,
) -> None:
    server = faults(hang_up if first == "dropped after sending" else stall, NOT_FOUND)
    api = make_client(base_url=server.base_url, timeout=0.5)
    with caplog.at_level(logging.WARNING, logger="twilio_calls"):
        assert await api.call("delete", CA) is None
    assert server.requests == [("DELETE", CALL_PATH)] * 2 and len(sleeps) == 1
    assert any("404 after an earlier attempt whose outcome is unknown" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("first", ["first attempt", "after a 429"])
async def test_a_delete_answered_404_when_nothing_was_done_before_still_raises(
    make_client: MakeClient, faults: Callable[..., FaultServer], sleeps: list[float], first: str
) -> None:
    """A 404 to the first attempt, or after a 429 (refused, so carried out by nobody), is the caller's to see."""
    behaviours = [NOT_FOUND] if first == "first attempt" else [respond(429, b'{"code": 20429}'), NOT_FOUND]
    server = faults(*behaviours)
    api = make_client(base_url=server.base_url)
    with pytest.raises(NotFoundError) as caught:
        await api.call("delete", CA)
    assert caught.value.code == 20404
    assert server.requests == [("DELETE", CALL_PATH)] * len(behaviours)


# --- 12. a 303 to a POST means the server acted ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "status", "acted"),
    [("create", 303, True), ("redirect", 303, True), ("create", 302, False), ("redirect", 307, False)],
)
async def test_a_303_to_create_or_redirect_may_have_succeeded(
    make_client: MakeClient, faults: Callable[..., FaultServer], operation: str, status: int, acted: bool
) -> None:
    server = faults(respond(status, b"", "text/plain", "Location: /2010-04-01/Accounts/x/Calls/y.json"))
    api = make_client(base_url=server.base_url)
    with pytest.raises(RedirectError) as caught:
        if operation == "create":
            await api.call("create", **CREATE)
        else:
            await api.call("redirect", CA, "https://example.com/next")
    error = caught.value
    assert error.status == status and error.may_have_succeeded is acted
    assert ("may have acted" in str(error)) is acted
    assert len(server.requests) == 1  # never followed, never retried
    assert server.requests[0] == ("POST", CALLS_PATH if operation == "create" else CALL_PATH)


# --- 13. pytest-httpx sees every request ----------------------------------------------------------------------


@pytest.mark.plain_httpx_mock  # httpx_mock exactly as an app's own tests have it: no aiohttp stand-in
async def test_httpx_mock_answers_every_transport(
    make_client: MakeClient, httpx_mock: HTTPXMock, recorders: Callable[[], Recorder]
) -> None:
    """Before: the fast client went past pytest-httpx to the real host (here a loopback server that records)."""
    server = recorders()
    api = make_client(base_url=server.url, max_retries=0)
    httpx_mock.add_response(method="GET", url=server.url + CALL_PATH, json={**CALL, "status": "ringing"})
    httpx_mock.add_response(method="POST", url=server.url + CALLS_PATH, status_code=503, json={"code": 20503})
    assert (await api.call("fetch", CA)).status == "ringing"
    with pytest.raises(Exception, match="503"):
        await api.call("create", **CREATE)
    assert server.seen == []
    fetched, created = httpx_mock.get_requests()
    assert fetched.headers["Authorization"] == "Basic " + basic(AC, TOKEN)
    assert created.content == b"To=%2B15558675310&From=%2B15017122661&Url=https%3A%2F%2Fexample.com%2Ftwiml"


# --- 10. `with MyClient(...) as m` keeps the subclass --------------------------------------------------------

TYPED_SUBCLASSES = """
from typing import assert_type

from twilio_calls import AsyncCallsClient, CallsClient


class MyClient(CallsClient):
    def mine(self) -> int:
        return 1


class MyAsyncClient(AsyncCallsClient):
    def mine(self) -> int:
        return 2


def sync_use() -> int:
    with MyClient("AC" + "0" * 32, "token") as m:
        assert_type(m, MyClient)
        return m.mine()


async def async_use() -> int:
    async with MyAsyncClient("AC" + "0" * 32, "token") as m:
        assert_type(m, MyAsyncClient)
        return m.mine()
"""


def test_with_a_subclass_keeps_the_subclass_under_mypy(tmp_path: Any) -> None:
    import os
    import subprocess
    import sys

    path = tmp_path / "subclass_use.py"
    path.write_text(TYPED_SUBCLASSES)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
