"""AsyncCallsClient's own httpx client: one connection pool per event loop, each closed when its loop ends.

A pool's connections belong to the event loop that opened them. A client used from several loops (200 calls to
`asyncio.run(client.fetch(...))`, or one loop per thread) therefore gets one inner transport per loop, made on
first use in that loop. Each is closed:

- when its loop shuts down: a started async generator, held here, is what asyncio.run() and asyncio.Runner
  finalize on the way out (loop.shutdown_asyncgens()), and its `finally` closes the transport on that loop;
- by aclose(), from any loop: the current loop's directly, another running loop's through
  run_coroutine_threadsafe. A loop that is neither running nor closed keeps its transport until it shuts down;
  one closed without shutdown_asyncgens() (a bare loop.close()) cannot run anything any more, and is dropped.

This module is imported only by the async client: asyncio is a heavy import that sync users never pay for.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncGenerator, Callable
from typing import Any

import httpx


class PerLoopTransport(httpx.AsyncBaseTransport):
    """An httpx transport that hands each request to the inner transport of the running event loop."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._inner: dict[asyncio.AbstractEventLoop, tuple[httpx.AsyncBaseTransport, AsyncGenerator[None]]] = {}
        self._closed = False

    def _current(self) -> httpx.AsyncBaseTransport:
        loop = asyncio.get_running_loop()
        entry = self._inner.get(loop)  # one dict read: atomic, whatever other threads do
        if entry is not None:
            return entry[0]
        with self._lock:
            if self._closed:
                raise RuntimeError("the client is closed")
            entry = self._inner.get(loop)
            if entry is None:
                self._drop_closed_loops()
                inner = self._make()
                guard = self._guard(loop, inner)
                _start(guard)  # registers it with this loop, which finalizes it at shutdown
                entry = self._inner[loop] = (inner, guard)
        return entry[0]

    async def _guard(self, loop: asyncio.AbstractEventLoop, inner: httpx.AsyncBaseTransport) -> AsyncGenerator[None]:
        try:
            yield
        finally:
            with self._lock:
                if self._inner.get(loop, (None,))[0] is inner:
                    del self._inner[loop]
            if not loop.is_closed():
                await inner.aclose()

    def _drop_closed_loops(self) -> None:
        """Forgets the transports of loops closed without finalizing their async generators (lock held)."""
        for loop in [loop for loop in self._inner if loop.is_closed()]:
            _, guard = self._inner.pop(loop)
            _finish(guard)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._current().handle_async_request(request)

    async def aclose(self) -> None:
        with self._lock:
            self._closed = True
            entries = list(self._inner.items())
        here = asyncio.get_running_loop()
        for loop, (_, guard) in entries:
            if loop is here:
                await guard.aclose()  # its finally closes the transport, on this loop
            elif loop.is_closed():
                with self._lock:
                    self._inner.pop(loop, None)
                _finish(guard)
            elif loop.is_running():
                try:
                    future = asyncio.run_coroutine_threadsafe(_close_generator(guard), loop)
                except RuntimeError:  # closed in the meantime
                    continue
                await asyncio.wrap_future(future)
            # else: an idle loop; its shutdown_asyncgens() closes the transport.


async def _close_generator(guard: AsyncGenerator[None]) -> None:
    await guard.aclose()


def _start(guard: AsyncGenerator[None]) -> None:
    """Runs the generator to its first yield, synchronously: there is nothing to wait for before it."""
    try:
        guard.asend(None).send(None)
    except StopIteration:
        return
    raise AssertionError("the guard generator awaited before its first yield")


def _finish(guard: AsyncGenerator[None]) -> None:
    """Ends a guard whose loop is closed: its finally sees the closed loop and awaits nothing."""
    with contextlib.suppress(StopIteration, RuntimeError):
        guard.aclose().send(None)


class OwnAsyncClient(httpx.AsyncClient):
    """An httpx.AsyncClient that AsyncCallsClient made for itself and no one else uses.

    Its send() hands the request straight to the transport: the client's own merging (base URL, headers,
    cookies, auth, redirects, event hooks) has nothing to add to the complete requests _transport builds, and
    costs about as much CPU as the rest of a request at 50 in flight.
    """

    _twilio_calls_own = True  # _transport.Target.build() builds its requests directly

    async def send(self, request: httpx.Request, **_: Any) -> httpx.Response:
        if self.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        response = await self._transport.handle_async_request(request)
        response.request = request
        return response


class ClientTransport(httpx.AsyncBaseTransport):
    """A whole httpx.AsyncClient as a transport: httpx's own pool, with its handling of environment proxies."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        await self._client.aclose()


def own_async_client(
    make: Callable[[], httpx.AsyncBaseTransport], cls: type[OwnAsyncClient] = OwnAsyncClient
) -> OwnAsyncClient:
    """An OwnAsyncClient over one `make()` transport per event loop (trust_env=False: proxies are make's job)."""
    return cls(transport=PerLoopTransport(make), trust_env=False)
