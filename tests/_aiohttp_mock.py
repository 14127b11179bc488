"""pytest-httpx for the fast async client: a stand-in for aiohttp's network layer that answers from httpx_mock.

pytest-httpx replaces httpx's own transports; FastAsyncClient sends through aiohttp, which it cannot see. This
replaces the one aiohttp method below the package's code, `ClientSession._request` (what `session.request()`
awaits, and what aioresponses also replaces): each request as aiohttp was asked to send it (method, URL,
headers, body) is handed to httpx_mock as an httpx.Request, so the test's registered responses and recorded
requests work unchanged. The package's code runs as in production: FastAsyncClient, one session per event
loop, AiohttpTransport's reading and its translation of aiohttp's exceptions. The exceptions a test registers
are raised as the aiohttp exceptions the same failure produces on a real socket (tests/test_faults.py and
tests/test_fast_async.py run aiohttp itself against real servers on 127.0.0.1).
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

import aiohttp
import httpx
import pytest
from aiohttp.client_reqrep import ConnectionKey
from yarl import URL

from twilio_calls import _fast_async

Handler = Callable[[httpx.Request], httpx.Response]


def as_aiohttp_error(exc: BaseException, url: URL) -> BaseException:
    """The aiohttp exception a real connection raises for the failure an httpx exception names."""
    message = str(exc)
    if isinstance(exc, httpx.ConnectError):
        key = ConnectionKey(url.host or "", url.port, url.scheme == "https", True, None, None, None)
        return aiohttp.ClientConnectorError(key, OSError(111, message))
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return aiohttp.ConnectionTimeoutError(message)
    if isinstance(exc, httpx.ReadTimeout | httpx.WriteTimeout):
        return aiohttp.SocketTimeoutError(message)
    if isinstance(exc, httpx.RemoteProtocolError):
        return aiohttp.ServerDisconnectedError(message)
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        return aiohttp.ClientOSError(104, message)
    return exc  # anything else (httpx_mock's "no response registered" included) escapes as itself


class _Body:
    """The part of aiohttp.StreamReader AiohttpTransport reads an error body through."""

    def __init__(self, content: bytes) -> None:
        self._content = content

    async def read(self, n: int = -1) -> bytes:
        size = len(self._content) if n < 0 else n
        chunk, self._content = self._content[:size], self._content[size:]
        return chunk


class MockResponse:
    """The part of aiohttp.ClientResponse AiohttpTransport uses, from an httpx.Response's raw bytes."""

    def __init__(self, response: httpx.Response) -> None:
        self.status = response.status_code
        self.reason = response.reason_phrase
        self.raw_headers = tuple(response.headers.raw)
        raw = b"".join(response.stream) if isinstance(response.stream, httpx.SyncByteStream) else response.content
        self.content = _Body(raw)
        self.released = False

    async def __aenter__(self) -> MockResponse:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.release()

    async def read(self) -> bytes:
        return await self.content.read()

    def release(self) -> None:
        self.released = True

    async def wait_for_close(self) -> None:
        return None


def install(monkeypatch: pytest.MonkeyPatch, handler: Handler) -> None:
    """Routes every aiohttp request to `handler` for the rest of the test."""

    async def request(self: aiohttp.ClientSession, method: str, str_or_url: Any, **kwargs: Any) -> MockResponse:
        assert kwargs.get("allow_redirects") is False, "the package must never let aiohttp follow redirects"
        url = URL(str_or_url)
        data = kwargs.get("data")
        limits: aiohttp.ClientTimeout = kwargs["timeout"]
        # The limits aiohttp was given, in httpx's terms; aiohttp has no write timeout.
        timeout = {"connect": limits.sock_connect, "read": limits.sock_read, "write": None, "pool": limits.connect}
        sent = httpx.Request(
            method, str(url), headers=kwargs.get("headers"), content=data or b"", extensions={"timeout": timeout}
        )
        try:
            response = handler(sent)
        except Exception as exc:
            raise as_aiohttp_error(exc, url) from None
        return MockResponse(response)

    monkeypatch.setattr(aiohttp.ClientSession, "_request", request)
    # With pytest-httpx active the fast transport would hand requests to httpx's (mocked) transport, as an app's
    # tests need (tests/test_transport_faults.py); here aiohttp's side is what is under test, so it stays on it.
    monkeypatch.setattr(_fast_async, "httpx_mocked", lambda: False)


def httpx_mock_handler(httpx_mock: Any) -> Handler:
    transport = types.SimpleNamespace(_pool=None)  # what pytest-httpx reads of the transport: no proxy

    def handle(request: httpx.Request) -> httpx.Response:
        response: httpx.Response = httpx_mock._handle_request(transport, request)
        return response

    return handle
