"""The `fast` extra: AsyncCallsClient's default httpx client when aiohttp is installed.

At 50 requests in flight httpx.AsyncClient costs about 0.45 ms of CPU per request before the network (three
URL parses, header merges, a cookie jar, a redirect loop, a streamed body) and httpcore's pool as much again.
Two pieces cut that while requests keep being httpx.Request and httpx.Response objects:

- AiohttpTransport: an httpx transport on one aiohttp session (its connection pool), receiving each body whole;
- FastAsyncClient: the package's own httpx client (_loops.OwnAsyncClient), which hands the complete requests
  _transport builds straight to one AiohttpTransport per event loop, each closed with its loop or by aclose().

aiohttp's own retry is off: it re-sends a GET or DELETE by itself when a kept-alive connection is dropped, which
would let one attempt reach the server twice behind max_retries' back. Redirects are never followed. Cookies are
neither kept nor sent. Environment proxies are httpx's job: AsyncCallsClient does not ask for this client when one
applies to its host (never to a loopback one), and falls back to httpx's own pool; so it does when
fast_async_client() returns None: an aiohttp older than 3.10, which cannot tell a connect timeout (nothing sent)
from a read timeout, or one without the switch for its retry.

Mocks of httpx's network layer see every request: pytest-httpx (and respx's default mocker) replace the method
that httpx.AsyncHTTPTransport (or httpcore's pool under it) sends through, which aiohttp never calls. While one
is in place, AiohttpTransport hands each request to an httpx.AsyncHTTPTransport instead, so an app's test that
mocks with httpx_mock is answered by its mock on this client as on httpx's own, instead of reaching the real
host. One comparison per request costs nothing measurable.
"""

from __future__ import annotations

import ssl

import aiohttp
import httpcore
import httpx
from yarl import URL

from ._loops import OwnAsyncClient, PerLoopTransport, closed_error, drop_sockets, own_async_client, pool_sockets
from ._transport import ERROR_BODY_LIMIT, Answer, Sent

# aiohttp adds these unless told not to; httpx's request already carries its own.
_SKIP_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")


def fast_async_client(verify: ssl.SSLContext) -> httpx.AsyncClient | None:
    """The fast client, or None where httpx's own must be used (module docstring)."""
    if not _usable_aiohttp():
        return None
    return own_async_client(lambda: AiohttpTransport(verify), FastAsyncClient)


def _usable_aiohttp() -> bool:
    # ATTRS: the attributes a session may have (aiohttp warns on others); _retry_connection has been one since 3.9.
    attributes = getattr(aiohttp.ClientSession, "ATTRS", ())
    return hasattr(aiohttp, "ConnectionTimeoutError") and "_retry_connection" in attributes


# Where the genuine methods live: a mock's replacement is defined elsewhere (pytest_httpx, respx, a test's own).
_GENUINE = (
    (httpx.AsyncHTTPTransport, "handle_async_request", httpx.AsyncHTTPTransport.handle_async_request.__module__),
    (
        httpcore.AsyncConnectionPool,
        "handle_async_request",
        httpcore.AsyncConnectionPool.handle_async_request.__module__,
    ),
)


def httpx_mocked() -> bool:
    """Whether a mock has replaced httpx's (or httpcore's) way to the network (module docstring)."""
    return any(getattr(getattr(cls, name), "__module__", home) != home for cls, name, home in _GENUINE)


class FastAsyncClient(OwnAsyncClient):
    """AsyncCallsClient's own client on aiohttp (module docstring).

    send_plan() is the package's way in: a request as _transport plans it (method, absolute URL, headers, form
    body) goes to aiohttp as aiohttp's own call, and comes back as an _transport.Answer, with no httpx.Request
    or httpx.Response built on the way. send() (httpx's interface) still takes any httpx.Request.
    """

    async def send_plan(self, sent: Sent, body: bytes | None, timeout: httpx.Timeout) -> Answer | httpx.Response:
        if self.is_closed:
            raise closed_error(sent)
        transport = self._transport
        assert isinstance(transport, PerLoopTransport)
        inner = transport.current(sent)
        assert isinstance(inner, AiohttpTransport)
        return await inner.send_plan(sent, body, timeout)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """httpx requests sent through one aiohttp session, opened on first use in the running event loop, which it
    then belongs to (FastAsyncClient keeps one per loop)."""

    def __init__(self, verify: ssl.SSLContext, max_connections: int = 100) -> None:
        self._verify = verify
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None
        self._mocked: httpx.AsyncHTTPTransport | None = None  # the way to a mock of httpx's network layer
        self._closed = False
        # aiohttp's limits by httpx's (connect, read, pool): usually one entry, the client's default.
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(ssl=self._verify, limit=self._max_connections)
        # auto_decompress=False: httpx decodes Content-Encoding itself; trust_env=False: see the module docstring.
        session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,
            trust_env=False,
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        # No switch in aiohttp's public API; its own test client turns the retry off the same way.
        session._retry_connection = False
        self._session = session
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise closed_error(request)
        if httpx_mocked():
            self._mocked = self._mocked or httpx.AsyncHTTPTransport(verify=self._verify)
            return await self._mocked.handle_async_request(request)
        session = self._session or self._open()
        limits = request.extensions.get("timeout") or {}
        timeout = aiohttp.ClientTimeout(
            total=None, connect=limits.get("pool"), sock_connect=limits.get("connect"), sock_read=limits.get("read")
        )
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw]
        body = await request.aread()
        if session.closed:  # closed by aclose() while this request was on its way here
            raise closed_error(request)
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
                if 200 <= response.status < 300:
                    content = await response.read()
                else:  # an error body: its start is all the error needs, however much the server sends
                    content = await _read_start(response.content, ERROR_BODY_LIMIT)
        except (TimeoutError, aiohttp.ClientError) as exc:
            # Raised below, outside this block and without the aiohttp exception as cause or context: some
            # (ClientResponseError) show the request's headers, Authorization included, in their repr.
            error = _httpx_error(exc, request)
        if error is not None:
            if self._closed or session.closed:  # aclose() closed the session under this request: final
                raise closed_error(request, sent=not isinstance(error, httpx.ConnectError))
            raise error
        reason = response.reason.encode("latin-1", "replace") if response.reason else b""
        return httpx.Response(  # a stream, not content=: decoding (gzip...) waits for aread(), as in httpx
            response.status,
            headers=response.raw_headers,
            stream=httpx.ByteStream(content),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason},
        )

    def _timeout(self, limits: httpx.Timeout) -> aiohttp.ClientTimeout:
        key = (limits.connect, limits.read, limits.pool)
        timeout = self._timeouts.get(key)
        if timeout is None:
            if len(self._timeouts) > 64:  # per-call timeouts, each different: keep a few
                self._timeouts.clear()
            timeout = self._timeouts[key] = aiohttp.ClientTimeout(
                total=None, connect=limits.pool, sock_connect=limits.connect, sock_read=limits.read
            )
        return timeout

    async def send_plan(self, sent: Sent, body: bytes | None, limits: httpx.Timeout) -> Answer | httpx.Response:
        """One planned request through the session, read whole (an error body: its start); an httpx.Response
        instead while a mock of httpx's network layer is in place (module docstring)."""
        if self._closed:
            raise closed_error(sent)
        if httpx_mocked():
            request = httpx.Request(
                sent.method, sent.target, headers=sent.headers, content=body, extensions={"timeout": limits.as_dict()}
            )
            mocked = await self.handle_async_request(request)
            mocked.request = request
            return mocked
        session = self._session or self._open()
        if session.closed:  # closed by close_now() from elsewhere
            raise closed_error(sent)
        error: httpx.TransportError | None = None
        try:
            async with session.request(
                sent.method,
                URL(sent.target, encoded=True),  # percent-encoded already (_transport.Target.plan)
                headers=sent.headers,
                data=body,
                allow_redirects=False,
                timeout=self._timeout(limits),
            ) as response:
                status = response.status
                if 200 <= status < 300:
                    content = await response.read()
                else:  # an error body: its start is all the error needs, however much the server sends
                    content = await _read_start(response.content, ERROR_BODY_LIMIT)
        except (TimeoutError, aiohttp.ClientError) as exc:
            # Raised below, outside this block and without the aiohttp exception as cause or context: some
            # (ClientResponseError) show the request's headers, Authorization included, in their repr.
            error = _httpx_error(exc, None)
        if error is not None:
            if self._closed or session.closed:  # aclose() closed the session under this request: final
                raise closed_error(sent, sent=not isinstance(error, httpx.ConnectError))
            raise error
        return Answer(status, None, content, sent, response.reason or "", response.raw_headers)

    async def aclose(self) -> None:
        self._closed = True
        if self._mocked is not None:
            await self._mocked.aclose()
        if self._session is not None:
            await self._session.close()

    def close_now(self) -> None:
        """Closes the session's sockets synchronously: its loop cannot run anything any more (_loops)."""
        self._closed = True
        if self._mocked is not None:  # requests a mock let through to the network: httpx's own connections
            drop_sockets(pool_sockets(self._mocked))
        session = self._session
        connector = session.connector if session is not None else None
        if connector is None or connector.closed:
            return
        # The connector's pool and connections in use (aiohttp has no public list of them).
        protocols = [protocol for conns in connector._conns.values() for protocol, _ in conns]
        drop_sockets(protocol.transport for protocol in [*protocols, *connector._acquired])
        connector._close()  # marks it (and so the session) closed; its sockets are closed already


async def _read_start(stream: aiohttp.StreamReader, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = await stream.read(limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _httpx_error(exc: BaseException, request: httpx.Request | None) -> httpx.TransportError:
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
