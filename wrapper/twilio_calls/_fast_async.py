"""The `fast` extra: AsyncCallsClient's default httpx client when aiohttp is installed.

At 50 requests in flight httpx.AsyncClient costs about 0.45 ms of CPU per request before the network (three
URL parses, header merges, a cookie jar, a redirect loop, a streamed body) and httpcore's pool as much again.
Two pieces cut that while requests keep going through httpx's API (`client.request(...)` with the generated
operations' arguments):

- AiohttpTransport: an httpx transport on aiohttp's connection pool, receiving each body whole;
- FastAsyncClient: an httpx.AsyncClient whose request() builds and sends the plain requests this package
  makes (a path under base_url, a form or no body, our BasicAuth) in one step, still through the event hooks.
  Anything else goes through httpx.AsyncClient unchanged.

Cookies are neither kept nor sent: the Calls API sets none. Environment proxies are httpx's job:
fast_async_client() returns None when one is configured, and the caller falls back to httpx's own pool; so it
does with an aiohttp older than 3.10, which cannot tell a connect timeout (nothing sent) from a read timeout.
"""

from __future__ import annotations

import asyncio
import ssl
import urllib.request
from typing import Any

import aiohttp
import httpx
from httpx import USE_CLIENT_DEFAULT
from yarl import URL

from ._auth import BasicAuth

# aiohttp adds these unless told not to; httpx's request already carries its own.
_SKIP_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")


def fast_async_client(timeout: httpx.Timeout | float | None, verify: ssl.SSLContext) -> httpx.AsyncClient | None:
    """The fast client, or None where httpx's own must be used (module docstring)."""
    proxies = urllib.request.getproxies()
    if {"http", "https", "all"} & proxies.keys() or not hasattr(aiohttp, "ConnectionTimeoutError"):
        return None
    return FastAsyncClient(AiohttpTransport(verify), timeout=timeout, verify=verify)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """httpx requests sent through one aiohttp session, opened on first use in the running event loop (and
    again in a later loop: a session's connections belong to the loop that opened them)."""

    def __init__(self, verify: ssl.SSLContext, max_connections: int = 100) -> None:
        self._verify = verify
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _open(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(ssl=self._verify, limit=self._max_connections)
        # auto_decompress=False: httpx decodes Content-Encoding itself; trust_env=False: see the module docstring.
        self._session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,
            trust_env=False,
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        self._loop = loop
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = asyncio.get_running_loop()
        session = self._session if self._loop is loop and self._session is not None else self._open(loop)
        limits = request.extensions.get("timeout") or {}
        timeout = aiohttp.ClientTimeout(
            total=None, connect=limits.get("pool"), sock_connect=limits.get("connect"), sock_read=limits.get("read")
        )
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw]
        body = await request.aread()
        error: httpx.TransportError | None = None
        try:
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),  # httpx has percent-encoded it already
                headers=headers,
                data=body or None,
                allow_redirects=False,
                timeout=timeout,
            ) as response:
                content = await response.read()
        except (TimeoutError, aiohttp.ClientError) as exc:
            # Raised below, outside this block and without the aiohttp exception as cause or context: some
            # (ClientResponseError) show the request's headers, Authorization included, in their repr.
            error = _httpx_error(exc, request)
        if error is not None:
            raise error
        reason = response.reason.encode("latin-1", "replace") if response.reason else b""
        return httpx.Response(  # a stream, not content=: decoding (gzip...) waits for aread(), as in httpx
            response.status,
            headers=response.raw_headers,
            stream=httpx.ByteStream(content),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason},
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()


def _httpx_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """httpx's exception for an aiohttp one, keeping the distinction retries depend on: was anything sent?"""
    message = f"{type(exc).__name__}: {exc}".rstrip(": ")
    kind: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError  # no connection was made
    elif isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout  # no connection (or free pool slot) in time
    elif isinstance(exc, TimeoutError):  # aiohttp.ServerTimeoutError is one
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        kind = httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.ClientConnectionError):
        kind = httpx.ReadError
    else:
        kind = httpx.TransportError
    return kind(message, request=request)


class FastAsyncClient(httpx.AsyncClient):
    """httpx.AsyncClient with a one-step request() for this package's own requests (module docstring)."""

    def __init__(self, transport: AiohttpTransport, **options: Any) -> None:
        super().__init__(transport=transport, **options)
        self._aiohttp = transport

    async def request(  # httpx.AsyncClient.request's parameters; its type aliases are private
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        auth: Any = USE_CLIENT_DEFAULT,
        follow_redirects: Any = USE_CLIENT_DEFAULT,
        timeout: Any = USE_CLIENT_DEFAULT,
        extensions: Any = None,
    ) -> httpx.Response:
        client_auth = self.auth
        plain = (
            isinstance(url, str)
            and url.startswith("/")
            and isinstance(client_auth, BasicAuth)
            and content is None
            and files is None
            and json is None
            and cookies is None
            and extensions is None
            and auth is USE_CLIENT_DEFAULT
            and follow_redirects is USE_CLIENT_DEFAULT
            and not self.follow_redirects
            and not self.is_closed
        )
        if not plain:
            return await super().request(
                method,
                url,
                content=content,
                data=data,
                files=files,
                json=json,
                params=params,
                headers=headers,
                cookies=cookies,
                auth=auth,
                follow_redirects=follow_redirects,
                timeout=timeout,
                extensions=extensions,
            )
        assert isinstance(url, str) and isinstance(client_auth, BasicAuth)  # narrowed above
        return await self._send_plain(method, url, data, params, headers, timeout, client_auth)

    async def _send_plain(
        self, method: str, path: str, data: Any, params: Any, headers: Any, timeout: Any, auth: BasicAuth
    ) -> httpx.Response:
        merged = self.headers
        if headers:
            merged = httpx.Headers(merged)
            merged.update(headers)
        limits = self.timeout if timeout is USE_CLIENT_DEFAULT else httpx.Timeout(timeout)
        request = httpx.Request(
            method,
            str(self.base_url).rstrip("/") + path,
            data=data,
            params=params,
            headers=merged.raw,
            extensions={"timeout": limits.as_dict()},
        )
        request.headers["Authorization"] = auth.header
        hooks = self.event_hooks
        for hook in hooks["request"]:
            await hook(request)
        response = await self._aiohttp.handle_async_request(request)
        try:
            for hook in hooks["response"]:
                await hook(response)
            await response.aread()
        except BaseException:
            await response.aclose()
            raise
        return response
