"""The sandbox's status callbacks never follow a redirect, and never leave loopback, whatever a receiver says."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Callable, Iterator

import pytest

from twilio_calls.sandbox._callbacks import CallbackDispatcher

TOKEN = "sandbox-token-" + "x" * 20


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request with the server's (status, headers), recording each request's method and path."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._answer()

    def do_GET(self) -> None:
        self._answer()

    def _answer(self) -> None:
        server: Server = self.server  # type: ignore[assignment]
        server.seen.append((self.command, self.path, self.headers.get("X-Twilio-Signature")))
        status, headers = server.answer
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


class Server(http.server.ThreadingHTTPServer):
    def __init__(self, answer: tuple[int, dict[str, str]]) -> None:
        super().__init__(("127.0.0.1", 0), Recorder)
        self.answer = answer
        self.seen: list[tuple[str, str, str | None]] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def serve() -> Iterator[Callable[[int, dict[str, str]], Server]]:
    """serve(status, headers) starts a loopback server; every one started is stopped when the test ends."""
    running: list[tuple[Server, threading.Thread]] = []

    def start(status: int, headers: dict[str, str]) -> Server:
        server = Server((status, headers))
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
def dispatcher() -> Iterator[CallbackDispatcher]:
    sender = CallbackDispatcher(TOKEN, timeout=2.0)
    yield sender
    sender.close()


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("method", ["POST", "GET"])
def test_a_receivers_redirect_is_recorded_not_followed(
    serve: Callable[[int, dict[str, str]], Server], dispatcher: CallbackDispatcher, status: int, method: str
) -> None:
    target = serve(200, {})  # a second loopback server, where a followed redirect would land
    receiver = serve(status, {"Location": f"{target.url}/stolen"})

    dispatcher.send(f"{receiver.url}/events", method, {"CallStatus": "ringing"})
    assert dispatcher.wait_idle(5)

    (delivery,) = dispatcher.deliveries
    assert (delivery.status_code, delivery.error) == (status, None)
    assert [(seen_method, path.partition("?")[0]) for seen_method, path, _ in receiver.seen] == [(method, "/events")]
    assert receiver.seen[0][2] == delivery.signature  # the one signed request went to the loopback receiver
    assert target.seen == []  # and nothing, signed or not, followed the redirect


def test_a_non_loopback_url_is_refused_before_any_connection(
    dispatcher: CallbackDispatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def no_connection(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise AssertionError(f"a connection was attempted to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", no_connection)
    dispatcher.send("http://192.0.2.1/events", "POST", {"CallStatus": "ringing"})
    assert dispatcher.wait_idle(5)

    (delivery,) = dispatcher.deliveries
    assert delivery.status_code is None and delivery.error == "refused: not a loopback URL"
    assert delivery.signature == ""  # nothing was signed for it either
    assert attempts == []
