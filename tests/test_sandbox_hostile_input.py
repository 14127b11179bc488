"""The sandbox answers whatever a client sends, in the provider's JSON error shape, and never drops a request:
framing faults, huge numbers, dates that overflow, oversized bodies, stalled clients, undeclared methods."""

from __future__ import annotations

import base64
import json
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from _sandbox_helpers import FROM, TO, TWIML_URL, call_path, calls_path, raw_client

from twilio_calls.sandbox import ManualClock, Sandbox
from twilio_calls.sandbox._store import CallStore
from twilio_calls_api.surface import OPERATIONS

FORM = f"To=%2B{TO[1:]}&From=%2B{FROM[1:]}&Url={TWIML_URL}"


@pytest.fixture(params=["twilio", "signalwire"])
def calls_sandbox_options(request: pytest.FixtureRequest) -> dict[str, object]:
    return {"provider": request.param}


class Reply:
    """One HTTP/1.1 response read off a raw socket: status, headers (lower-case names) and body."""

    def __init__(self, status: int, headers: dict[str, str], body: bytes, sock: socket.socket) -> None:
        self.status, self.headers, self.body, self._sock = status, headers, body, sock

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def closed(self) -> bool:
        """Whether the server closes the connection after this response (waits up to the socket's timeout)."""
        try:
            return self._sock.recv(1) == b""
        except TimeoutError:
            return False


def _read_reply(sock: socket.socket, method: str = "GET") -> Reply:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"the connection closed before a response; got {data!r}"
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    length = 0 if method == "HEAD" else int(headers["content-length"])
    while len(rest) < length:
        chunk = sock.recv(65536)
        assert chunk, "the connection closed inside the body"
        rest += chunk
    return Reply(int(status_line.split()[1]), headers, rest[:length], sock)


def _address(sandbox: Sandbox) -> tuple[str, int]:
    parts = urlsplit(sandbox.url)
    return str(parts.hostname), int(parts.port or 0)


@pytest.fixture
def connect(calls_sandbox: Sandbox) -> Iterator[Callable[[], socket.socket]]:
    """Opens raw sockets to the sandbox; closes them at teardown."""
    opened: list[socket.socket] = []

    def open_socket() -> socket.socket:
        sock = socket.create_connection(_address(calls_sandbox), timeout=5)
        opened.append(sock)
        return sock

    yield open_socket
    for sock in opened:
        sock.close()


def _head(sandbox: Sandbox, method: str, path: str, *extra: str) -> bytes:
    """A request head with the sandbox's credentials, `path` under the provider's prefix (SignalWire's /api/laml)."""
    auth = base64.b64encode(f"{sandbox.account_sid}:{sandbox.auth_token}".encode()).decode()
    target = urlsplit(sandbox.url).path + path
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", f"Authorization: Basic {auth}", *extra]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _send(connect: Callable[[], socket.socket], data: bytes, method: str = "POST") -> Reply:
    sock = connect()
    sock.sendall(data)
    return _read_reply(sock, method)


def _error(reply: Reply) -> dict[str, Any]:
    """The error object, in either provider's shape (SignalWire's create lists it under `errors`)."""
    assert reply.headers["content-type"] == "application/json; charset=utf-8"
    body = reply.json()
    if "errors" in body:
        (error,) = body["errors"]
        return {**error, "code": int(error["code"]), "status": reply.status}
    return dict(body)


FORM_TYPE = "Content-Type: application/x-www-form-urlencoded"


@pytest.mark.parametrize(
    ("extra", "body", "named"),
    [
        (["Content-Length: abc"], b"", "Content-Length"),
        (["Content-Length: -5"], b"", "Content-Length"),
        (["Content-Length: 1e3"], b"", "Content-Length"),
        (["Content-Length: 3", "Content-Length: 4"], b"abcd", "Content-Length"),
        (["Transfer-Encoding: chunked"], b"zz\r\nTo=1\r\n0\r\n\r\n", "Transfer-Encoding"),
        (["Transfer-Encoding: chunked"], b"0x4\r\nTo=1\r\n0\r\n\r\n", "Transfer-Encoding"),
        (["Transfer-Encoding: chunked"], b"-1\r\n\r\n", "Transfer-Encoding"),
        (["Transfer-Encoding: chunked"], b"2\r\nTo=1\r\n0\r\n\r\n", "Transfer-Encoding"),  # longer than said
        (["Transfer-Encoding: gzip"], b"", "Transfer-Encoding"),
    ],
)
def test_malformed_framing_gets_a_json_400_naming_the_header_and_the_connection_closes(
    calls_sandbox: Sandbox, connect: Callable[[], socket.socket], extra: list[str], body: bytes, named: str
) -> None:
    reply = _send(connect, _head(calls_sandbox, "POST", calls_path(calls_sandbox), FORM_TYPE, *extra) + body)
    assert reply.status == 400
    error = _error(reply)
    assert error["code"] == 20001 and error["status"] == 400
    assert error["message"].startswith(f"Invalid {named} header: ")
    assert reply.headers["connection"] == "close" and reply.closed  # where a next request starts is unknown
    with raw_client(calls_sandbox) as http:
        assert http.get(calls_path(calls_sandbox)).json()["calls"] == []  # nothing was created


def test_a_well_formed_chunked_body_with_extensions_and_trailers_is_still_taken(
    calls_sandbox: Sandbox, connect: Callable[[], socket.socket]
) -> None:
    form = FORM.encode()
    body = b"%x;name=value\r\n%s\r\n%x\r\n%s\r\n0\r\nX-Trailer: 1\r\n\r\n" % (5, form[:5], len(form) - 5, form[5:])
    sock = connect()
    sock.sendall(_head(calls_sandbox, "POST", calls_path(calls_sandbox), FORM_TYPE, "Transfer-Encoding: chunked"))
    sock.sendall(body)
    created = _read_reply(sock)
    assert created.status in (200, 201) and created.json()["to"] == TO
    sock.sendall(_head(calls_sandbox, "GET", call_path(calls_sandbox, created.json()["sid"])))
    assert _read_reply(sock).json()["sid"] == created.json()["sid"]  # the same connection still works


@pytest.mark.parametrize("value", ["9" * 5000, "-" + "9" * 5000, "0" * 4995 + "30"])
def test_an_integer_of_thousands_of_digits_in_a_create_is_a_400_naming_it(calls_sandbox: Sandbox, value: str) -> None:
    key, code = "Timeout", 21208
    with raw_client(calls_sandbox) as http:
        response = http.post(
            calls_path(calls_sandbox), data={"To": TO, "From": FROM, "Url": TWIML_URL, key: "9" * 5000}
        )
    assert response.status_code == 400
    body = response.json()
    error = body["errors"][0] if "errors" in body else body
    assert int(error["code"]) == code and f"Invalid {key}: " in error["message"]
    assert "out of range" in error["message"] and len(error["message"]) < 200  # not 5,000 digits echoed


@pytest.mark.parametrize("key", ["Page", "PageSize"])
@pytest.mark.parametrize("value", ["9" * 5000, "-" + "9" * 5000, "0" * 4995 + "7", "1" + "0" * 19])
def test_an_integer_of_thousands_of_digits_in_a_list_is_a_400_naming_it(
    calls_sandbox: Sandbox, key: str, value: str
) -> None:
    with raw_client(calls_sandbox) as http:
        response = http.get(calls_path(calls_sandbox), params={key: value})
    assert response.status_code == 400
    assert response.json()["code"] == 20001 and response.json()["message"].startswith(f"Invalid {key}: ")


def test_integers_up_to_19_digits_are_read_as_numbers(calls_sandbox: Sandbox) -> None:
    with raw_client(calls_sandbox) as http:
        small = http.get(calls_path(calls_sandbox), params={"PageSize": "0" * 10 + "7"})
        large = http.get(calls_path(calls_sandbox), params={"Page": "9" * 19})
    assert small.status_code == 200 and small.json()["page_size"] == 7
    assert large.status_code == 200 and large.json()["page"] == int("9" * 19) and large.json()["calls"] == []


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("StartTime>", "9999-12-31T23:59:59-01:00"),
        ("StartTime<", "0001-01-01T00:00:00+01:00"),
        ("EndTime>", "9999-12-31T23:30:00-00:45"),
    ],
)
def test_a_date_filter_beyond_year_9999_in_utc_is_a_400_naming_it(calls_sandbox: Sandbox, key: str, value: str) -> None:
    with raw_client(calls_sandbox) as http:
        http.post(calls_path(calls_sandbox), data={"To": TO, "From": FROM, "Url": TWIML_URL})
        response = http.get(calls_path(calls_sandbox), params={key: value})
    assert response.status_code == 400
    assert response.json()["code"] == 20001 and response.json()["message"].startswith(f"Invalid {key}: ")


def test_an_equality_filter_names_the_day_as_written_even_at_the_end_of_time(calls_sandbox: Sandbox) -> None:
    """StartTime= names a day whatever form it comes in (the day as written): 9999-12-31 is a day, not an overflow."""
    with raw_client(calls_sandbox) as http:
        http.post(calls_path(calls_sandbox), data={"To": TO, "From": FROM, "Url": TWIML_URL})
        response = http.get(calls_path(calls_sandbox), params={"StartTime": "9999-12-31T23:59:59-01:00"})
    assert response.status_code == 200 and response.json()["calls"] == []


def test_a_body_over_the_cap_is_a_json_413_and_nothing_is_created() -> None:
    with Sandbox(clock=ManualClock(), max_body=len(FORM)) as sandbox:
        with raw_client(sandbox) as http:
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
            assert http.post(calls_path(sandbox), content=FORM.encode(), headers=headers).status_code == 201
            over = http.post(calls_path(sandbox), content=FORM.encode() + b"&X=1", headers=headers)
            assert over.status_code == 413 and over.headers["Connection"] == "close"
            assert over.json() == {
                "code": 20001,
                "message": f"Request body too large: at most {len(FORM)} bytes are accepted",
                "more_info": "https://www.twilio.com/docs/errors/20001",
                "status": 413,
            }
            chunked = http.post(calls_path(sandbox), content=iter([FORM.encode(), b"&X=1"]), headers=headers)
            assert chunked.status_code == 413
            assert len(http.get(calls_path(sandbox)).json()["calls"]) == 1
        # A huge declared length is refused from the headers alone, without waiting for the body.
        with socket.create_connection(_address(sandbox), timeout=5) as sock:
            sock.sendall(_head(sandbox, "POST", calls_path(sandbox), FORM_TYPE, f"Content-Length: {10**12}"))
            reply = _read_reply(sock)
            assert reply.status == 413 and reply.closed
        # A client that asks first (Expect: 100-continue) is told 413 instead of 100 Continue.
        with socket.create_connection(_address(sandbox), timeout=5) as sock:
            expect = ["Expect: 100-continue", f"Content-Length: {len(FORM) + 1}"]
            sock.sendall(_head(sandbox, "POST", calls_path(sandbox), FORM_TYPE, *expect))
            reply = _read_reply(sock)
        assert reply.status == 413 and reply.json()["status"] == 413


def test_a_client_that_stalls_mid_request_is_answered_408_and_let_go() -> None:
    with Sandbox(clock=ManualClock(), request_timeout=0.3) as sandbox:
        # Half a body: the server gives up on it, says so, and closes.
        with socket.create_connection(_address(sandbox), timeout=10) as sock:
            sock.sendall(_head(sandbox, "POST", calls_path(sandbox), FORM_TYPE, "Content-Length: 500") + b"To=%2B1")
            started = time.monotonic()
            reply = _read_reply(sock)
            waited = time.monotonic() - started
            assert reply.status == 408 and reply.closed and 0.2 < waited < 5
            assert reply.json()["code"] == 20001 and reply.json()["status"] == 408
        # Half a request head: closed as well, so the thread serving it is free again.
        with socket.create_connection(_address(sandbox), timeout=10) as sock:
            sock.sendall(b"GET " + calls_path(sandbox).encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            started = time.monotonic()
            assert sock.recv(1) == b""
            assert 0.2 < time.monotonic() - started < 5
        with raw_client(sandbox) as http:  # and the server serves others all along
            assert http.get(calls_path(sandbox)).status_code == 200


def test_the_request_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError, match="request_timeout must be a positive number of seconds"):
        Sandbox(clock=ManualClock(), request_timeout=0).start()


def _allowed(provider: str) -> dict[str, str]:
    """Each path template's methods, as the document's operations give them (the test's own reading)."""
    allowed: dict[str, list[str]] = {}
    for op in OPERATIONS[provider].values():
        allowed.setdefault(op.path, []).append(op.method.upper())
    return {path: ", ".join(methods) for path, methods in allowed.items()}


@pytest.mark.parametrize("method", ["TRACE", "PUT", "PATCH", "OPTIONS", "QUERY", "CONNECT", "FOO"])
@pytest.mark.parametrize("target", ["collection", "instance", "collection-delete"])
def test_a_method_a_path_does_not_take_is_a_json_405_with_allow(
    calls_sandbox: Sandbox, connect: Callable[[], socket.socket], method: str, target: str
) -> None:
    sid = calls_sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL).sid or ""
    if target == "collection-delete":
        method, path = "DELETE", calls_path(calls_sandbox)
    else:
        path = calls_path(calls_sandbox) if target == "collection" else call_path(calls_sandbox, sid)
    sock = connect()
    sock.sendall(_head(calls_sandbox, method, path, "Content-Length: 0"))
    reply = _read_reply(sock, method)
    templates = _allowed(calls_sandbox.provider)
    expected = {"collection": "GET, POST", "instance": "GET, POST, DELETE"}[target.split("-")[0]]
    assert expected in templates.values()  # the document gives each path exactly these methods
    assert reply.status == 405 and reply.headers["allow"] == expected
    assert reply.json() == {
        "code": 20004,
        "message": f"Method not allowed: {method}",
        "more_info": reply.json()["more_info"],
        "status": 405,
    }
    # An ordinary refusal: the connection stays usable.
    sock.sendall(_head(calls_sandbox, "GET", call_path(calls_sandbox, sid)))
    assert _read_reply(sock).json()["sid"] == sid


def test_head_is_a_405_without_a_body(calls_sandbox: Sandbox, connect: Callable[[], socket.socket]) -> None:
    sock = connect()
    sock.sendall(_head(calls_sandbox, "HEAD", calls_path(calls_sandbox)))
    reply = _read_reply(sock, "HEAD")
    assert reply.status == 405 and reply.headers["allow"] == "GET, POST" and reply.body == b""
    sock.sendall(_head(calls_sandbox, "GET", calls_path(calls_sandbox)))  # no stray body was sent before this
    assert _read_reply(sock).status == 200


def test_an_unknown_path_is_a_404_whatever_the_method(
    calls_sandbox: Sandbox, connect: Callable[[], socket.socket]
) -> None:
    reply = _send(
        connect, _head(calls_sandbox, "TRACE", f"/2010-04-01/Accounts/{calls_sandbox.account_sid}/Queues.json")
    )
    assert reply.status == 404 and reply.json()["code"] == 20404


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"garbage\r\n\r\n", 400),
        (b"GET /x HTTP/1.1 extra\r\n\r\n", 400),
        (b"GET /x HTTP/9.9\r\n\r\n", 505),
        (b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n", 414),
        (b"GET /x HTTP/1.1\r\nX-Long: " + b"a" * 70000 + b"\r\n\r\n", 431),
        (b"GET /x HTTP/1.1\r\n" + b"X-Many: 1\r\n" * 150 + b"\r\n", 431),
    ],
)
def test_what_the_http_layer_refuses_is_json_too(
    connect: Callable[[], socket.socket], request_bytes: bytes, status: int
) -> None:
    reply = _send(connect, request_bytes)
    assert reply.status == status and reply.closed
    assert reply.headers["content-type"] == "application/json; charset=utf-8"
    assert reply.json()["status"] == status and reply.json()["code"] == (20500 if status >= 500 else 20001)


def test_a_fault_inside_the_sandbox_is_a_json_500_and_the_connection_survives(
    calls_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(self: CallStore, form: object) -> None:
        raise RuntimeError("a bug in the sandbox")

    monkeypatch.setattr(CallStore, "list_calls", broken)
    with raw_client(calls_sandbox) as http:
        response = http.get(calls_path(calls_sandbox))
        assert response.status_code == 500 and response.json()["code"] == 20500
        assert http.post(calls_path(calls_sandbox), data={"To": TO, "From": FROM, "Url": TWIML_URL}).is_success
    assert "RuntimeError: a bug in the sandbox" in capsys.readouterr().err  # shown, for whoever debugs it
