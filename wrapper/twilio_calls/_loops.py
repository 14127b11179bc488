"""AsyncCallsClient's own httpx client: one connection pool per event loop, each closed when its loop ends.

A pool's connections belong to the event loop that opened them. A client used from several loops (200 calls to
`asyncio.run(client.fetch(...))`, or one loop per thread) therefore gets one inner transport per loop, made on
first use in that loop. Each is closed:

- when its loop shuts down: a started async generator, held here, is what asyncio.run() and asyncio.Runner
  finalize on the way out (loop.shutdown_asyncgens()), and its `finally` closes the transport on that loop;
- by aclose(), from any loop or thread: the current loop's directly, another running loop's on that loop
  (run_coroutine_threadsafe). Should that loop end first (asyncio.run() cancels the close on its way out), its
  shutdown finishes the close, or, once it is closed, aclose() does;
- synchronously, where its loop cannot run anything: a loop closed without shutdown_asyncgens() (a bare
  loop.close(), noticed on the next first use of a loop or by aclose()), or one idle (neither running nor
  closed) when aclose() is called. The inner transport's close_now() closes its sockets at once.

A request that meets a closed client raises APIConnectionError (request_sent=False), as _client's checks do.

This module is imported only by the async client: asyncio is a heavy import that sync users never pay for.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncGenerator, Callable, Iterable
from typing import Any

import httpx

from ._exceptions import CLIENT_CLOSED, APIConnectionError, client_closed_error, host_of
from ._transport import Sent


def closed_error(request: httpx.Request | Sent, *, sent: bool = False) -> APIConnectionError:
    """The error for a request that meets a closed client: nothing was sent, unless the client was closed under
    it on its way (`sent`)."""
    return client_closed_error(
        CLIENT_CLOSED, method=request.method, path=request.url.path, request_sent=sent, host=host_of(request.url)
    )


Entry = tuple[httpx.AsyncBaseTransport, AsyncGenerator[None]]


class PerLoopTransport(httpx.AsyncBaseTransport):
    """An httpx transport that hands each request to the inner transport of the running event loop."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._make = make
        self._lock = threading.Lock()  # never held while a guard runs: its finally takes it too
        self._inner: dict[asyncio.AbstractEventLoop, Entry] = {}
        self._closed = False

    def current(self, request: httpx.Request | Sent) -> httpx.AsyncBaseTransport:
        """The running event loop's inner transport, made on first use in that loop."""
        loop = asyncio.get_running_loop()
        entry = self._inner.get(loop)  # one dict read: atomic, whatever other threads do
        if entry is not None:
            return entry[0]
        with self._lock:
            if self._closed:
                raise closed_error(request)
            dead = [self._inner.pop(gone) for gone in [gone for gone in self._inner if gone.is_closed()]]
            entry = self._inner.get(loop)
            if entry is None:
                inner = self._make()
                guard = self._guard(loop, inner)
                _start(guard)  # registers it with this loop, which finalizes it at shutdown
                entry = self._inner[loop] = (inner, guard)
        for _, gone_guard in dead:  # loops closed without finalizing their generators: after the lock
            _finish(gone_guard)
        return entry[0]

    async def _guard(self, loop: asyncio.AbstractEventLoop, inner: httpx.AsyncBaseTransport) -> AsyncGenerator[None]:
        try:
            yield
        finally:
            with self._lock:
                if self._inner.get(loop, (None,))[0] is inner:
                    del self._inner[loop]
            if _running_loop() is loop:
                await inner.aclose()
            else:  # finished by _finish(): its loop cannot run anything now
                close_now(inner)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.current(request).handle_async_request(request)

    async def aclose(self) -> None:
        with self._lock:
            self._closed = True
            entries = list(self._inner.items())
            self._inner.clear()
        here = asyncio.get_running_loop()
        for loop, (inner, guard) in entries:
            if loop is here:
                await guard.aclose()  # its finally closes the transport, on this loop
            else:
                await _close_elsewhere(loop, inner, guard)


async def _close_elsewhere(loop: asyncio.AbstractEventLoop, inner: httpx.AsyncBaseTransport, guard: Any) -> None:
    """Closes the transport of another loop: on it while it runs, synchronously once it cannot run any more.

    Never raises for that loop's sake: its own end (asyncio.run() cancelling every task on its way out, the
    close included) is waited out, and the close finished by its shutdown or here.
    """
    idle_since: float | None = None
    while guard.ag_frame is not None:  # not finished yet
        if loop.is_running():
            idle_since = None
            try:
                future = asyncio.run_coroutine_threadsafe(_close_there(inner, guard), loop)
            except RuntimeError:  # closed in the meantime
                continue
            with contextlib.suppress(Exception, asyncio.CancelledError):
                # a close that never starts (the loop stopped first) leaves the future pending: look again
                while not future.done() and loop.is_running():
                    await asyncio.sleep(0.005)
                if future.done() and not future.cancelled():
                    future.result()
            future.cancel()
            await asyncio.sleep(0.005)
        else:  # closed, or idle: between asyncio.run()'s shutdown steps for a moment, or stopped for good
            now = asyncio.get_running_loop().time()
            idle_since = now if idle_since is None else idle_since
            if loop.is_closed() or now - idle_since > 0.2:
                _finish(guard)
                if guard.ag_frame is not None:  # suspended mid-close on a loop that stopped: not resumable
                    close_now(inner)
                return
            await asyncio.sleep(0.005)


async def _close_there(inner: httpx.AsyncBaseTransport, guard: AsyncGenerator[None]) -> None:
    """On the transport's own loop. If cancelled half-way, the guard is left for the loop's shutdown to finish:
    the inner transports' aclose() finishes what an interrupted one left."""
    await inner.aclose()
    await guard.aclose()


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _start(guard: AsyncGenerator[None]) -> None:
    """Runs the generator to its first yield, synchronously: there is nothing to wait for before it."""
    try:
        guard.asend(None).send(None)
    except StopIteration:
        return
    raise AssertionError("the guard generator awaited before its first yield")


def _finish(guard: AsyncGenerator[None]) -> None:
    """Ends a guard whose loop cannot run it: its finally sees another loop (or none) and awaits nothing."""
    with contextlib.suppress(StopIteration, RuntimeError):
        guard.aclose().send(None)


def close_now(inner: httpx.AsyncBaseTransport) -> None:
    """Closes an inner transport whose loop cannot run anything: its own close_now(), where it has one."""
    close = getattr(inner, "close_now", None)
    if close is not None:
        close()


def drop_sockets(transports: Iterable[object]) -> None:
    """Closes asyncio socket transports of a loop that is not running, at once and without it.

    transport.close() only schedules the socket's closing on its loop, which a closed loop never runs; this does
    what that callback does (connection_lost, then the socket) now, after taking the socket out of the loop's
    selector. A transport already closing on a loop that can still run is left to it.
    """
    for transport in transports:
        transport = getattr(getattr(transport, "_ssl_protocol", None), "_transport", None) or transport
        sock = getattr(transport, "_sock", None)
        lost = getattr(transport, "_call_connection_lost", None)
        if sock is None or lost is None or not isinstance(transport, asyncio.Transport):
            continue
        loop = getattr(transport, "_loop", None)
        if transport.is_closing() and loop is not None and not loop.is_closed():
            continue  # its connection_lost is scheduled on a loop that may still run it
        with contextlib.suppress(Exception):
            transport.pause_reading()  # out of the selector (nothing to do on a closed loop)
        with contextlib.suppress(Exception):
            if loop is not None and not loop.is_closed():
                loop._remove_writer(sock.fileno())
        transport._closing = True  # type: ignore[attr-defined]  # later close() calls are no-ops
        with contextlib.suppress(Exception):
            lost(None)  # the protocol's connection_lost, then the socket closed and forgotten
        with contextlib.suppress(Exception):
            sock.close()


class OwnAsyncClient(httpx.AsyncClient):
    """An httpx.AsyncClient that AsyncCallsClient made for itself and no one else uses.

    Its send() hands the request straight to the transport: the client's own merging (base URL, headers,
    cookies, auth, redirects, event hooks) has nothing to add to the complete requests _transport builds, and
    costs about as much CPU as the rest of a request at 50 in flight.
    """

    _twilio_calls_own = True  # _transport.Target.build() builds its requests directly

    async def send(self, request: httpx.Request, **_: Any) -> httpx.Response:
        if self.is_closed:
            raise closed_error(request)
        response = await self._transport.handle_async_request(request)
        response.request = request
        return response


class ClientTransport(httpx.AsyncBaseTransport):
    """A whole httpx.AsyncClient as a transport: httpx's own pool, with its handling of environment proxies."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client
        self._left: list[Any] | None = None  # the pool's connections when closing began

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._client.is_closed:
            raise closed_error(request)
        return await self._client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        """httpx's aclose(), which a second call does not resume if the first was cancelled half-way (as
        asyncio.run() cancels every task of its loop on the way out): then the connections it had are closed."""
        if self._left is None:
            self._left = self._connections()
        await self._client.aclose()
        while self._left:
            await self._left[-1].aclose()  # a no-op for one already closed
            self._left.pop()

    def close_now(self) -> None:
        """Closes the pool's sockets synchronously: its loop cannot run anything any more."""
        left = self._left if self._left is not None else self._connections()
        self._left = []
        with contextlib.suppress(Exception):
            self._client._state = httpx._client.ClientState.CLOSED  # later aclose() and send() see a closed client
        drop_sockets(_socket_transport(connection) for connection in left)

    def _connections(self) -> list[Any]:
        """The httpcore connections of the client's pools (its own and its proxies'), best effort."""
        transports = [getattr(self._client, "_transport", None), *getattr(self._client, "_mounts", {}).values()]
        return [connection for transport in transports for connection in _pool_connections(transport)]


def _pool_connections(transport: object) -> list[Any]:
    return list(getattr(getattr(transport, "_pool", None), "connections", ()))


def pool_sockets(transport: httpx.AsyncBaseTransport) -> list[object]:
    """The asyncio transports under an httpx.AsyncHTTPTransport's connections, for drop_sockets()."""
    return [_socket_transport(connection) for connection in _pool_connections(transport)]


def _socket_transport(connection: Any) -> object:
    """The asyncio transport under an httpcore connection (through anyio's stream, and its TLS layer)."""
    stream: Any = getattr(getattr(getattr(connection, "_connection", None), "_network_stream", None), "_stream", None)
    while hasattr(stream, "transport_stream"):
        stream = stream.transport_stream
    return getattr(stream, "_transport", None)


def own_async_client(
    make: Callable[[], httpx.AsyncBaseTransport], cls: type[OwnAsyncClient] = OwnAsyncClient
) -> OwnAsyncClient:
    """An OwnAsyncClient over one `make()` transport per event loop (trust_env=False: proxies are make's job)."""
    return cls(transport=PerLoopTransport(make), trust_env=False)
