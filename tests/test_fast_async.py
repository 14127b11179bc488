"""The `fast` async client (twilio_calls._fast_async) against raw sockets on 127.0.0.1: the bytes it sends,
the responses it reads, and the failures it reports, including whether a request can have left."""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import threading
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest
from _clients import AC, CA, TOKEN
from _fault_server import FaultServer, respond

from twilio_calls import (
    APIConnectionError,
    APITimeoutError,
    AsyncCallsClient,
    InvalidResponseError,
    ServerError,
    _client,
    _transport,
)

aiohttp = pytest.importorskip("aiohttp", reason="the `fast` extra (in the dev install) is what this module tests")
from twilio_calls._fast_async import AiohttpTransport, FastAsyncClient, _httpx_error  # noqa: E402
from twilio_calls._loops import ClientTransport, PerLoopTransport  # noqa: E402
from twilio_calls_api.surface import PROVIDERS  # noqa: E402

CALL = {"sid": CA, "account_sid": AC, "status": "completed", "duration": "7"}


class RawServer:
    """Answers each HTTP/1.1 request on one asyncio socket server with `reply`, recording what arrived."""

    def __init__(self, reply: Callable[[bytes], bytes]) -> None:
        self.reply = reply
        self.requests: list[bytes] = []
        self.server: asyncio.Server | None = None

    async def start(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while head := await reader.readuntil(b"\r\n\r\n"):
                length = next(
                    (
                        int(line.split(b":")[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length:")
                    ),
                    0,
                )
                request = head + await reader.readexactly(length)
                self.requests.append(request)
                writer.write(self.reply(request))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()


def json_reply(body: bytes, *extra_headers: bytes) -> Callable[[bytes], bytes]:
    def reply(request: bytes) -> bytes:
        headers = [b"HTTP/1.1 200 OK", b"Content-Type: application/json", b"Content-Length: %d" % len(body)]
        return b"\r\n".join([*headers, *extra_headers, b"", body])

    return reply


@pytest.fixture
async def raw_server() -> AsyncIterator[Callable[[Callable[[bytes], bytes]], RawServer]]:
    servers: list[RawServer] = []

    def make(reply: Callable[[bytes], bytes]) -> RawServer:
        server = RawServer(reply)
        servers.append(server)
        return server

    yield make
    for server in servers:
        await server.stop()


@pytest.fixture
def fast_path_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes httpx.AsyncClient.send fail, so a test passes only if FastAsyncClient took its one-step path."""

    async def not_this_way(*args: object, **kwargs: object) -> httpx.Response:
        raise AssertionError("the request went through httpx.AsyncClient.send, not the fast path")

    monkeypatch.setattr(httpx.AsyncClient, "send", not_this_way)


def header_lines(request: bytes) -> tuple[bytes, list[tuple[bytes, bytes]], bytes]:
    head, _, body = request.partition(b"\r\n\r\n")
    request_line, *lines = head.split(b"\r\n")
    pairs = [(name.strip().lower(), value.strip()) for name, _, value in (line.partition(b":") for line in lines)]
    return request_line, pairs, body


async def test_a_hangup_goes_out_as_exactly_one_form_post(
    raw_server: Callable[..., RawServer], fast_path_only: None
) -> None:
    server = raw_server(json_reply(json.dumps(CALL).encode()))
    base_url = await server.start()
    async with AsyncCallsClient(AC, TOKEN, base_url=base_url) as client:
        assert isinstance(client._http, FastAsyncClient)
        call = await client.hangup(CA)
    assert call.sid == CA and call.status == "completed" and call.duration == 7

    (request,) = server.requests
    request_line, headers, body = header_lines(request)
    assert request_line == f"POST /2010-04-01/Accounts/{AC}/Calls/{CA}.json HTTP/1.1".encode()
    assert body == b"Status=completed"
    names = [name for name, _ in headers]
    assert len(names) == len(set(names)), f"a header sent twice: {names}"
    sent = dict(headers)
    assert sent[b"host"] == base_url.removeprefix("http://").encode()
    assert sent[b"authorization"] == b"Basic " + base64.b64encode(f"{AC}:{TOKEN}".encode())
    assert sent[b"content-type"] == b"application/x-www-form-urlencoded"
    assert sent[b"content-length"] == b"16"
    assert sent[b"user-agent"] == _transport.USER_AGENT.encode()
    assert b"cookie" not in sent


async def test_list_query_strings_and_compressed_pages(
    raw_server: Callable[..., RawServer], fast_path_only: None
) -> None:
    page = {"calls": [CALL], "next_page_uri": None, "page": 0, "page_size": 50}
    server = raw_server(json_reply(gzip.compress(json.dumps(page).encode()), b"Content-Encoding: gzip"))
    base_url = await server.start()
    async with AsyncCallsClient(AC, TOKEN, base_url=base_url) as client:
        calls = [call async for call in client.list(status="completed", to="+15558675310", page_size=50)]
    assert [call.sid for call in calls] == [CA]
    request_line, _, _ = header_lines(server.requests[0])
    query = "To=%2B15558675310&Status=completed&PageSize=50"
    assert request_line == f"GET /2010-04-01/Accounts/{AC}/Calls.json?{query} HTTP/1.1".encode()


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "httpx-pool"])
async def test_a_corrupt_compressed_body_is_an_invalid_response(
    raw_server: Callable[..., RawServer], monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    if not fast:
        monkeypatch.setattr(_client, "_fast_async_client", lambda: None)
    server = raw_server(json_reply(b"not gzip at all", b"Content-Encoding: gzip"))
    async with AsyncCallsClient(AC, TOKEN, base_url=await server.start()) as client:
        with pytest.raises(InvalidResponseError) as caught:
            await client.fetch(CA)
    assert caught.value.status == 200 and "DecodingError" in str(caught.value)
    assert len(server.requests) == 1


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "httpx-pool"])
async def test_a_corrupt_compressed_error_body_is_still_the_error_for_its_status(
    raw_server: Callable[..., RawServer], monkeypatch: pytest.MonkeyPatch, sleeps: list[float], fast: bool
) -> None:
    if not fast:
        monkeypatch.setattr(_client, "_fast_async_client", lambda: None)

    def reply(request: bytes) -> bytes:
        return b"HTTP/1.1 503 Service Unavailable\r\nContent-Encoding: gzip\r\nContent-Length: 7\r\n\r\nnot gz!"

    server = raw_server(reply)
    async with AsyncCallsClient(AC, TOKEN, base_url=await server.start(), max_retries=1) as client:
        with pytest.raises(ServerError) as caught:
            await client.fetch(CA)
    assert caught.value.status == 503 and "not decodable" in caught.value.message
    assert len(server.requests) == 2 and len(sleeps) == 1  # a fetch is retried after a 503


async def test_a_protocol_error_carries_no_aiohttp_exception_and_no_credentials(
    raw_server: Callable[..., RawServer],
) -> None:
    """aiohttp's ClientResponseError shows the request's headers in its repr: it must not ride along."""
    server = raw_server(lambda request: b"HTTP/1.1 2OO OK\r\nContent-Length: 2\r\n\r\n{}")
    async with AsyncCallsClient(AC, TOKEN, base_url=await server.start(), max_retries=0) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.update(CA, url="https://example.com/next")
    assert caught.value.request_sent is True and caught.value.may_have_succeeded is True
    chain: list[BaseException] = []
    error: BaseException | None = caught.value
    while error is not None:
        chain.append(error)
        error = error.__cause__ or error.__context__
    assert not any(type(error).__module__.startswith("aiohttp") for error in chain)
    secret = base64.b64encode(f"{AC}:{TOKEN}".encode()).decode()
    for error in chain:
        assert TOKEN not in repr(error) + str(error) and secret not in repr(error) + str(error)


def counted_inner_transports(monkeypatch: pytest.MonkeyPatch, fast: bool) -> list[httpx.AsyncBaseTransport]:
    """Makes AsyncCallsClient's default client the fast one or httpx's pool, recording each per-loop transport."""
    made: list[httpx.AsyncBaseTransport] = []
    real = PerLoopTransport.__init__

    def recording_init(self: PerLoopTransport, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        def make_and_record() -> httpx.AsyncBaseTransport:
            made.append(make())
            return made[-1]

        real(self, make_and_record)

    monkeypatch.setattr(PerLoopTransport, "__init__", recording_init)
    if not fast:
        monkeypatch.setattr(_client, "_fast_async_client", lambda: None)
    return made


def is_closed(transport: httpx.AsyncBaseTransport) -> bool:
    if isinstance(transport, AiohttpTransport):
        return transport._session is not None and transport._session.closed
    assert isinstance(transport, ClientTransport)
    return transport._client.is_closed


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    server = FaultServer(respond(200, json.dumps(CALL).encode())).start()
    yield server
    server.stop()


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "httpx-pool"])
def test_each_event_loop_gets_its_own_pool_closed_when_the_loop_ends(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    """Issue 13: 200 asyncio.run(client.fetch(...)) left 200 unclosed aiohttp sessions (and without aiohttp, the
    second run failed with "Event loop is closed"). Now each loop's pool closes as asyncio.run() finishes."""
    made = counted_inner_transports(monkeypatch, fast)
    client = AsyncCallsClient(AC, TOKEN, base_url=fault_server.base_url)
    for _ in range(20):
        assert asyncio.run(client.fetch(CA)).sid == CA
        assert is_closed(made[-1])
    assert len(made) == 20 and client._http._transport._inner == {}
    asyncio.run(client.aclose())
    assert fault_server.count("GET", f"/2010-04-01/Accounts/{AC}/Calls/{CA}.json") == 20


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "httpx-pool"])
def test_aclose_from_one_loop_closes_the_pool_of_another_running_loop(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    made = counted_inner_transports(monkeypatch, fast)
    client = AsyncCallsClient(AC, TOKEN, base_url=fault_server.base_url)
    other = asyncio.new_event_loop()
    thread = threading.Thread(target=other.run_forever, daemon=True)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(client.fetch(CA), other).result(10)
        assert asyncio.run(client.fetch(CA)).sid == CA  # a second loop, in this thread, closed as it ends
        assert len(made) == 2 and not is_closed(made[0]) and is_closed(made[1])
        asyncio.run(client.aclose())  # from a third loop
        assert is_closed(made[0]) and client._http._transport._inner == {}
    finally:
        other.call_soon_threadsafe(other.stop)
        thread.join(5)
        other.run_until_complete(other.shutdown_asyncgens())
        other.close()


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "httpx-pool"])
def test_one_client_used_from_several_threads_at_once(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    made = counted_inner_transports(monkeypatch, fast)
    client = AsyncCallsClient(AC, TOKEN, base_url=fault_server.base_url)
    results: list[str] = []
    errors: list[BaseException] = []

    async def several() -> None:
        calls = await asyncio.gather(*(client.fetch(CA) for _ in range(5)))
        results.extend(call.sid for call in calls)

    def in_a_thread() -> None:
        try:
            asyncio.run(several())
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=in_a_thread) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == [] and results == [CA] * 40
    assert len(made) == 8 and all(is_closed(transport) for transport in made)
    asyncio.run(client.aclose())


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_sandbox_async_client_across_event_loops(provider: str) -> None:
    from twilio_calls.sandbox import Sandbox

    with Sandbox(provider=provider) as sandbox:
        client = sandbox.async_client()
        assert client.provider == provider
        call = asyncio.run(client.create(to="+15558675310", from_="+15017122661", url="https://example.com/t"))
        fetched = asyncio.run(client.fetch(str(call.sid)))
        asyncio.run(client.aclose())
    assert fetched.sid == call.sid


async def test_a_refused_connection_was_never_sent_so_even_create_is_retried(
    unused_tcp_port: int, sleeps: list[float]
) -> None:
    async with AsyncCallsClient(AC, TOKEN, base_url=f"http://127.0.0.1:{unused_tcp_port}", max_retries=2) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.create(to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
    assert caught.value.request_sent is False and caught.value.may_have_succeeded is False
    assert len(sleeps) == 2  # both retries taken: no phone can have rung
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


async def test_closing_the_client_closes_the_aiohttp_session(raw_server: Callable[..., RawServer]) -> None:
    server = raw_server(json_reply(json.dumps(CALL).encode()))
    base_url = await server.start()
    async with AsyncCallsClient(AC, TOKEN, base_url=base_url) as client:
        await client.fetch(CA)
        ((transport, _),) = client._http._transport._inner.values()
        assert isinstance(transport, AiohttpTransport) and transport._session is not None
        assert transport._session._retry_connection is False  # aiohttp's own re-send is off
    assert transport._session.closed and client._http.is_closed


@pytest.mark.parametrize(
    ("aiohttp_error", "httpx_error", "sent", "timed_out"),
    [
        (aiohttp.ConnectionTimeoutError("no connection in time"), httpx.ConnectTimeout, False, True),
        (aiohttp.SocketTimeoutError("no byte in time"), httpx.ReadTimeout, True, True),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError, True, False),
        (aiohttp.ClientPayloadError("body cut short"), httpx.RemoteProtocolError, True, False),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError, True, False),
        (TimeoutError(), httpx.ReadTimeout, True, True),
    ],
)
def test_aiohttp_failures_map_to_httpx_and_to_whether_the_request_left(
    aiohttp_error: Exception, httpx_error: type[httpx.TransportError], sent: bool, timed_out: bool
) -> None:
    request = httpx.Request("POST", "http://127.0.0.1:9/Calls.json")
    mapped = _httpx_error(aiohttp_error, request)
    assert type(mapped) is httpx_error and mapped.request is request
    error = _transport._transport_error(mapped, "POST", "/Calls.json", "127.0.0.1:9")
    assert error.request_sent is sent
    assert isinstance(error, APITimeoutError) is timed_out


@pytest.mark.parametrize(
    ("aiohttp_cause", "sent"),
    [
        (aiohttp.ServerDisconnectedError(), True),  # the server hung up after reading the request
        (aiohttp.ConnectionTimeoutError("no connection in time"), False),
    ],
)
def test_a_callers_httpx_aiohttp_client_is_judged_by_the_aiohttp_cause(aiohttp_cause: Exception, sent: bool) -> None:
    """httpx-aiohttp (in a caller's own http_client) raises ConnectTimeout for every aiohttp connection error,
    even a hang-up after the request went out: only the aiohttp cause says whether a create may have landed."""
    error = httpx.ConnectTimeout("mapped by httpx-aiohttp")
    error.__cause__ = aiohttp_cause
    assert _transport._transport_error(error, "POST", "/Calls.json", "127.0.0.1:9").request_sent is sent
