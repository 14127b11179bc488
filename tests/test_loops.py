"""One pool per event loop (twilio_calls._loops), on aiohttp (the fast client) and on httpx's own pool: loops
closed without shutdown, aclose() racing loops that end, requests racing aclose(), and nothing left unclosed."""

from __future__ import annotations

import asyncio
import gc
import json
import threading
import warnings
from collections.abc import Callable, Iterator

import httpx
import pytest
from _clients import AC, CA, TOKEN
from _fault_server import FaultServer, respond

from twilio_calls import APIConnectionError, AsyncCallsClient, Call, _client
from twilio_calls._loops import ClientTransport, PerLoopTransport

CALL = {"sid": CA, "account_sid": AC, "status": "completed", "duration": "7"}
KINDS = ["fast", "httpx-pool"]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    started = FaultServer(respond(200, json.dumps(CALL).encode())).start()
    yield started
    started.stop()


def made_transports(monkeypatch: pytest.MonkeyPatch, kind: str) -> list[httpx.AsyncBaseTransport]:
    """Makes AsyncCallsClient's default client the fast one or httpx's pool, recording each per-loop transport."""
    made: list[httpx.AsyncBaseTransport] = []
    real = PerLoopTransport.__init__

    def recording_init(self: PerLoopTransport, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        def make_and_record() -> httpx.AsyncBaseTransport:
            made.append(make())
            return made[-1]

        real(self, make_and_record)

    monkeypatch.setattr(PerLoopTransport, "__init__", recording_init)
    if kind == "fast":
        from twilio_calls._fast_async import FastAsyncClient

        assert isinstance(AsyncCallsClient(AC, TOKEN)._http, FastAsyncClient)  # aiohttp is in the dev install
    else:
        monkeypatch.setattr(_client, "_fast_async_client", lambda: None)
    return made


def is_closed(transport: httpx.AsyncBaseTransport) -> bool:
    if isinstance(transport, ClientTransport):
        return transport._client.is_closed
    from twilio_calls._fast_async import AiohttpTransport

    assert isinstance(transport, AiohttpTransport)
    return transport._session is not None and transport._session.closed


def inner_transports(client: AsyncCallsClient) -> dict[asyncio.AbstractEventLoop, object]:
    transport = client._http._transport
    assert isinstance(transport, PerLoopTransport)
    return dict(transport._inner)


def in_a_thread(target: Callable[[], None], timeout: float) -> list[BaseException]:
    """Runs target in a thread and waits at most `timeout`: a deadlock fails the test instead of hanging it."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            target()
        except BaseException as exc:  # reported on the test's thread
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"deadlocked: still running after {timeout} s"
    return errors


@pytest.mark.parametrize("kind", KINDS)
def test_loops_closed_without_shutdown_neither_deadlock_nor_leak(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """A bare loop.close() (no shutdown_asyncgens) left the next loop's first request waiting for ever on the
    lock dropping the closed loop's pool already held."""
    made = made_transports(monkeypatch, kind)
    client = AsyncCallsClient(AC, TOKEN, base_url=server.base_url)
    sids: list[str] = []

    def bare_loops() -> None:
        for _ in range(3):
            loop = asyncio.new_event_loop()
            sids.append(str(loop.run_until_complete(client.fetch(CA)).sid))
            loop.close()
        sids.append(str(asyncio.run(client.fetch(CA)).sid))

    assert in_a_thread(bare_loops, timeout=20) == []
    assert sids == [CA] * 4 and len(made) == 4
    assert all(is_closed(transport) for transport in made)  # the bare loops' pools closed synchronously
    assert inner_transports(client) == {}
    asyncio.run(client.aclose())


@pytest.mark.parametrize("run", range(4))
@pytest.mark.parametrize("kind", KINDS)
def test_aclose_from_another_thread_while_a_worker_loop_is_busy(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch, sleeps: list[float], kind: str, run: int
) -> None:
    """The worker's asyncio.run() ends as soon as its request fails, cancelling the close aclose() scheduled on
    it: aclose() raised CancelledError (aiohttp) or left sockets open (httpx)."""
    made = made_transports(monkeypatch, kind)
    client = AsyncCallsClient(AC, TOKEN, base_url=server.base_url)
    busy = threading.Event()
    seen: list[BaseException] = []
    fetched: list[Call] = []

    def worker() -> None:
        async def poll() -> None:
            while True:
                try:
                    fetched.append(await client.fetch(CA))
                except BaseException as exc:
                    seen.append(exc)
                    return
                busy.set()

        asyncio.run(poll())

    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    assert busy.wait(10)
    assert in_a_thread(lambda: asyncio.run(client.aclose()), timeout=20) == []
    thread.join(10)
    assert not thread.is_alive()
    assert len(seen) == 1 and isinstance(seen[0], APIConnectionError), seen
    assert fetched and len(made) == 1 and is_closed(made[0])
    assert inner_transports(client) == {}


@pytest.mark.parametrize("kind", KINDS)
async def test_requests_racing_aclose_fail_as_api_connection_errors(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch, sleeps: list[float], kind: str
) -> None:
    """Requests past the client's own closed check when aclose() runs: each a Call or APIConnectionError (never
    httpx's bare RuntimeError "the client has been closed"), and one sent afterwards a request_sent=False one."""
    made = made_transports(monkeypatch, kind)
    client = AsyncCallsClient(AC, TOKEN, base_url=server.base_url)
    await client.fetch(CA)
    requests = [asyncio.ensure_future(client.fetch(CA)) for _ in range(20)]
    await asyncio.sleep(0)  # each is past its checks, on its way to the pool
    await client.aclose()
    outcomes = await asyncio.gather(*requests, return_exceptions=True)
    assert all(isinstance(outcome, Call | APIConnectionError) for outcome in outcomes), outcomes
    if kind == "fast":  # aiohttp's closed session fails those in flight; httpx's pool lets them finish
        assert any(isinstance(outcome, APIConnectionError) for outcome in outcomes)
    # Meeting a closed client is final: never retried with backoff (`sleeps` records every retry's wait).
    assert sleeps == [] and all(o.client_closed for o in outcomes if isinstance(o, APIConnectionError))
    (inner,) = made
    assert is_closed(inner)

    request = httpx.Request("GET", f"{server.base_url}/2010-04-01/Accounts/{AC}/Calls/{CA}.json")
    for send in (client._http.send, client._http._transport.handle_async_request, inner.handle_async_request):
        with pytest.raises(APIConnectionError) as caught:
            await send(request)
        assert caught.value.request_sent is False and caught.value.client_closed and "closed" in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
def test_a_loop_idle_during_aclose_then_closed_bare_leaves_nothing_open(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    made = made_transports(monkeypatch, kind)
    client = AsyncCallsClient(AC, TOKEN, base_url=server.base_url)
    idle = asyncio.new_event_loop()
    assert idle.run_until_complete(client.fetch(CA)).sid == CA  # a kept-alive connection, on an idle loop
    assert not is_closed(made[0])
    asyncio.run(client.aclose())
    assert is_closed(made[0]) and inner_transports(client) == {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        idle.close()
        del idle, made
        gc.collect()
    leaks = [str(warning.message) for warning in caught if issubclass(warning.category, ResourceWarning)]
    assert leaks == []
    asyncio.run(client.aclose())  # a second aclose() has nothing left to do, and does not fail


@pytest.mark.parametrize("kind", KINDS)
def test_a_loop_closed_bare_after_aclose_has_its_sockets_closed(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """As above, with the loop closed bare before aclose(): aclose() closes its pool without it."""
    made = made_transports(monkeypatch, kind)
    client = AsyncCallsClient(AC, TOKEN, base_url=server.base_url)
    loop = asyncio.new_event_loop()
    assert loop.run_until_complete(client.fetch(CA)).sid == CA
    loop.close()
    assert in_a_thread(lambda: asyncio.run(client.aclose()), timeout=20) == []
    assert is_closed(made[0]) and inner_transports(client) == {}
