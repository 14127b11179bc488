"""A caller's http client, shared with the rest of an app, against real servers on 127.0.0.1 (issue 13).

Two loopback servers stand for the API host and for another host the app talks to. The package must never
change the shared client, send its credentials anywhere but its own base URL, or follow a redirect; two
CallsClients on one http client stay independent. Errors name the host and the server's request id.
"""

from __future__ import annotations

import asyncio
import base64
import http.server
import json
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _clients import AC, CA, TOKEN
from conftest import KINDS, use_kind

from twilio_calls import (
    APIConnectionError,
    AsyncCallsClient,
    CallsClient,
    InvalidResponseError,
    NotFoundError,
    RedirectError,
)

AC2 = "AC" + "99887766554433221100aabbccddeeff"
TOKEN2 = "tok-" + "0th3r" * 6
CALL = {"sid": CA, "account_sid": AC, "status": "queued"}
CREATE = {"to": "+15558675310", "from_": "+15017122661", "url": "https://example.com/twiml"}


def basic(user: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        server: Server = self.server  # type: ignore[assignment]
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        server.seen.append((self.command, self.path, dict(self.headers.items()), body))
        status, headers, content = server.answer
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_DELETE = _serve

    def log_message(self, *args: object) -> None:
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that stops reading a huge body resets the connection: expected here, not worth a trace."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.host = f"127.0.0.1:{self.server_address[1]}"
        self.seen: list[tuple[str, str, dict[str, str], bytes]] = []
        self.reply(200, CALL)

    def reply(self, status: int, body: Any, **headers: str) -> None:
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.answer = (status, {"Content-Type": "application/json", **headers}, content)


@pytest.fixture
def servers() -> Iterator[Callable[[], Server]]:
    """servers() starts a loopback server; every one started is stopped when the test ends."""
    running: list[tuple[Server, threading.Thread]] = []

    def start() -> Server:
        server = Server()
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        running.append((server, thread))
        return server

    yield start
    for server, thread in running:
        server.shutdown()
        server.server_close()
        thread.join(5)


def unchanged(shared: httpx.Client | httpx.AsyncClient) -> tuple[Any, ...]:
    """What the package must leave as the app set it."""
    return (
        str(shared.base_url),
        shared.auth,
        dict(shared.headers),
        {name: list(hooks) for name, hooks in shared.event_hooks.items()},
        shared.follow_redirects,
    )


def test_a_shared_sync_client_carries_our_credentials_only_to_our_host(servers: Callable[[], Server]) -> None:
    api, other = servers(), servers()
    other.reply(404, b"<html>not here</html>", **{"Content-Type": "text/html"})
    with httpx.Client(headers={"X-App": "1"}, follow_redirects=True) as shared:
        before = unchanged(shared)
        client = CallsClient(AC, TOKEN, base_url=api.url, http_client=shared)
        assert client.fetch(CA).sid == CA
        response = shared.get(f"{other.url}/ping")  # the app's own request: no credentials, no typed error
        assert response.status_code == 404
        assert unchanged(shared) == before
        client.close()
        assert not shared.is_closed  # the app's client: the app closes it
    ((method, path, headers, _),) = api.seen
    assert (method, path) == ("GET", f"/2010-04-01/Accounts/{AC}/Calls/{CA}.json")
    assert headers["Authorization"] == basic(AC, TOKEN)
    assert headers["User-Agent"].startswith("twilio-calls/")
    assert headers["X-App"] == "1"  # the app's defaults still apply to our requests
    ((_, _, other_headers, _),) = other.seen
    assert "Authorization" not in other_headers
    assert other_headers["User-Agent"].startswith("python-httpx/")


async def test_a_shared_async_client_carries_our_credentials_only_to_our_host(servers: Callable[[], Server]) -> None:
    api, other = servers(), servers()
    async with httpx.AsyncClient() as shared:
        before = unchanged(shared)
        client = AsyncCallsClient(AC, TOKEN, base_url=api.url, http_client=shared)
        assert (await client.hangup(CA)).sid == CA
        assert (await shared.get(f"{other.url}/ping")).status_code == 200
        assert unchanged(shared) == before
        await client.aclose()
        assert not shared.is_closed
    assert api.seen[0][2]["Authorization"] == basic(AC, TOKEN) and api.seen[0][3] == b"Status=completed"
    assert "Authorization" not in other.seen[0][2]


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_two_clients_on_one_http_client_stay_independent(servers: Callable[[], Server], kind: str) -> None:
    first, second = servers(), servers()
    second.reply(200, {**CALL, "account_sid": AC2})
    if kind == "sync":
        with httpx.Client() as shared:
            a = CallsClient(AC, TOKEN, base_url=first.url, http_client=shared)
            b = CallsClient(AC2, TOKEN2, base_url=second.url, http_client=shared)
            a.fetch(CA), b.fetch(CA), a.fetch(CA)
    else:
        async with httpx.AsyncClient() as shared:
            aa = AsyncCallsClient(AC, TOKEN, base_url=first.url, http_client=shared)
            ab = AsyncCallsClient(AC2, TOKEN2, base_url=second.url, http_client=shared)
            await aa.fetch(CA), await ab.fetch(CA), await aa.fetch(CA)
    assert [(path, headers["Authorization"]) for _, path, headers, _ in first.seen] == [
        (f"/2010-04-01/Accounts/{AC}/Calls/{CA}.json", basic(AC, TOKEN))
    ] * 2
    assert [(path, headers["Authorization"]) for _, path, headers, _ in second.seen] == [
        (f"/2010-04-01/Accounts/{AC2}/Calls/{CA}.json", basic(AC2, TOKEN2))
    ]


async def test_an_http_client_of_the_wrong_kind_is_a_type_error() -> None:
    async with httpx.AsyncClient() as wrong_async:
        with pytest.raises(TypeError, match=r"CallsClient needs an httpx\.Client, got AsyncClient"):
            CallsClient(AC, TOKEN, http_client=wrong_async)  # type: ignore[arg-type]
    with httpx.Client() as wrong_sync, pytest.raises(TypeError, match=r"AsyncCallsClient needs an httpx\.AsyncClient"):
        AsyncCallsClient(AC, TOKEN, http_client=wrong_sync)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got str"):
        CallsClient(AC, TOKEN, http_client="http://127.0.0.1")  # type: ignore[arg-type]


async def run(kind: str, base_url: str, operation: str, **options: Any) -> Any:
    if kind == "sync":
        with CallsClient(AC, TOKEN, base_url=base_url, **options) as client:
            return client.create(**CREATE) if operation == "create" else client.fetch(CA)
    async with AsyncCallsClient(AC, TOKEN, base_url=base_url, **options) as aclient:
        return await (aclient.create(**CREATE) if operation == "create" else aclient.fetch(CA))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("operation", ["create", "fetch"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_a_redirect_is_a_typed_error_and_never_followed(
    servers: Callable[[], Server], monkeypatch: pytest.MonkeyPatch, kind: str, operation: str, status: int
) -> None:
    use_kind(kind, monkeypatch)
    api, elsewhere = servers(), servers()
    api.reply(status, b"", Location=f"{elsewhere.url}/moved?token=secret-in-query")
    with pytest.raises(RedirectError) as caught:
        await run(kind, api.url, operation)
    error = caught.value
    assert len(api.seen) == 1  # not retried either
    assert elsewhere.seen == []
    # A 303 to a POST says the server acted (RFC 9110 15.4.4): the call may exist (tests/test_transport_faults.py).
    acted = status == 303 and operation == "create"
    assert error.status == status and error.may_have_succeeded is acted
    assert error.location == f"{elsewhere.url}/moved"
    assert ("acted on the request" if acted else "redirected") in str(error) and "not followed" in str(error)
    assert "secret-in-query" not in str(error) and ("may have" in str(error)) is acted
    assert error.host == api.host


async def test_a_shared_client_that_follows_redirects_does_not_follow_ours(servers: Callable[[], Server]) -> None:
    api, elsewhere = servers(), servers()
    api.reply(302, b"", Location=f"{elsewhere.url}/moved")
    async with httpx.AsyncClient(follow_redirects=True) as shared:
        client = AsyncCallsClient(AC, TOKEN, base_url=api.url, http_client=shared)
        with pytest.raises(RedirectError):
            await client.create(**CREATE)
    assert elsewhere.seen == []


@pytest.mark.parametrize("kind", KINDS)
async def test_errors_carry_the_host_and_the_request_id(
    servers: Callable[[], Server], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    use_kind(kind, monkeypatch)
    api = servers()
    api.reply(404, {"code": 20404, "message": "Not found", "status": 404}, **{"Twilio-Request-Id": "RQ0123abc"})
    with pytest.raises(NotFoundError) as caught:
        await run(kind, api.url, "fetch")
    assert (caught.value.request_id, caught.value.host) == ("RQ0123abc", api.host)
    assert str(caught.value).endswith(f"(host {api.host}, request id RQ0123abc)")

    api.reply(200, b"<html>proxy page</html>", **{"Twilio-Request-Id": "RQ0456def"})
    with pytest.raises(InvalidResponseError) as invalid:
        await run(kind, api.url, "fetch")
    assert (invalid.value.request_id, invalid.value.host) == ("RQ0456def", api.host)
    assert "RQ0456def" in str(invalid.value)

    api.reply(404, {"code": 20404, "message": "Not found", "status": 404}, **{"X-Request-Id": "req-789"})
    with pytest.raises(NotFoundError) as generic:  # no provider's header: the common one is read
        await run(kind, api.url, "fetch", max_retries=0)
    assert generic.value.request_id == "req-789"


@pytest.mark.parametrize("kind", KINDS)
async def test_a_connection_error_names_the_host(monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    use_kind(kind, monkeypatch)
    with socket.socket() as unused:  # a port nothing listens on: bound, never listening
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
        with pytest.raises(APIConnectionError) as caught:
            await run(kind, f"http://127.0.0.1:{port}", "fetch", max_retries=0)
    assert caught.value.host == f"127.0.0.1:{port}" and caught.value.request_id is None
    assert f"host 127.0.0.1:{port}" in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_huge_error_body_gives_a_readable_message(
    servers: Callable[[], Server], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    use_kind(kind, monkeypatch)
    api = servers()
    more_info = "https://www.twilio.com/docs/errors/21205"
    body = json.dumps({"code": 21205, "message": "Url is not a valid URL: " + "x" * 3_000_000, "more_info": more_info})
    api.reply(400, body.encode()[:60_000] + b'", "more_info": "' + more_info.encode() + b'"}')  # cut: 64 KiB read
    with pytest.raises(Exception) as cut:
        await run(kind, api.url, "fetch", max_retries=0)
    assert "Url is not a valid URL: xxx" in str(cut.value)
    assert len(str(cut.value)) < 1000

    api.reply(400, body.encode())  # 3 MB of message: only its start is read and kept
    with pytest.raises(Exception) as huge:
        await run(kind, api.url, "fetch", max_retries=0)
    error = huge.value
    assert type(error).__name__ == "BadRequestError" and error.status == 400  # type: ignore[attr-defined]
    assert len(str(error)) < 1000
    # Nothing a user needs is lost with the rest of the body: the code and the message's start (both before
    # the cut), and more_info when it comes first.
    assert error.code == 21205  # type: ignore[attr-defined]
    assert error.message.startswith("Url is not a valid URL: xxx")  # type: ignore[attr-defined]
    first = json.dumps({"more_info": more_info, "code": "21205", "message": "Bad: " + "y" * 3_000_000})
    api.reply(400, first.encode())
    with pytest.raises(Exception) as reordered:
        await run(kind, api.url, "fetch", max_retries=0)
    salvaged = reordered.value
    assert (salvaged.code, salvaged.more_info) == (21205, more_info)  # type: ignore[attr-defined]
    assert salvaged.message.startswith("Bad: yyy") and len(str(salvaged)) < 1000  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", KINDS)
async def test_twilio_calls_base_url_from_the_environment(
    servers: Callable[[], Server], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    use_kind(kind, monkeypatch)
    api = servers()
    monkeypatch.setenv("TWILIO_CALLS_BASE_URL", api.url)
    assert CallsClient(AC, TOKEN).base_url == api.url
    assert CallsClient(AC, TOKEN, base_url="http://127.0.0.1:9").base_url == "http://127.0.0.1:9"  # argument wins
    assert CallsClient(AC, TOKEN, region="au1", edge="sydney").base_url == "https://api.sydney.au1.twilio.com"
    monkeypatch.setenv("TWILIO_REGION", "ie1")  # the explicit URL variable wins over the region variable
    assert CallsClient(AC, TOKEN).base_url == api.url
    if kind == "sync":
        with CallsClient(AC, TOKEN) as client:
            client.fetch(CA)
    else:
        async with AsyncCallsClient(AC, TOKEN) as aclient:
            await aclient.fetch(CA)
    assert len(api.seen) == 1


def test_an_async_client_used_from_many_event_loops(servers: Callable[[], Server]) -> None:
    """The issue's 200 asyncio.run(client.fetch(...)): each loop's connections are closed as the loop ends (a
    left-open session or socket is a ResourceWarning, an error in this suite), and aclose() works after."""
    api = servers()
    client = AsyncCallsClient(AC, TOKEN, base_url=api.url)
    for _ in range(200):
        assert asyncio.run(client.fetch(CA)).sid == CA
    assert client._http._transport._inner == {}  # type: ignore[attr-defined]
    asyncio.run(client.aclose())
    assert len(api.seen) == 200
