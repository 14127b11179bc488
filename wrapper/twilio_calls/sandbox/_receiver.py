"""`CallbackReceiver`: a loopback endpoint that collects status callbacks, for demos and app tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

__all__ = ["CallbackReceiver", "ReceivedCallback"]


@dataclass(frozen=True)
class ReceivedCallback:
    """One request that reached the receiver."""

    method: str
    url: str  # as the sender addressed it, which is what X-Twilio-Signature covers
    params: dict[str, str]
    signature: str | None
    signalwire_signature: str | None = None  # X-SignalWire-Signature, sent by SignalWire (and its sandbox)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, owner: CallbackReceiver) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.owner = owner


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    disable_nagle_algorithm = True  # see the sandbox server: no 40 ms stall between headers and body

    def _receive(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length > 0 else ""
        target = urlsplit(self.path)
        params = dict(parse_qsl(body if self.command == "POST" else target.query, keep_blank_values=True))
        url = f"{self.server.owner.base_url}{self.path}"
        signatures = self.headers.get("X-Twilio-Signature"), self.headers.get("X-SignalWire-Signature")
        self.server.owner._record(ReceivedCallback(self.command, url, params, *signatures))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _receive

    def log_message(self, format: str, *args: Any) -> None:
        pass


class CallbackReceiver:
    """Listens on 127.0.0.1 (a free port) and keeps every callback it gets; answers 204.

    `url` is the address to pass as StatusCallback (append any path you like); `on_receive`, if given,
    is called on the receiver's thread with each callback as it arrives.
    """

    def __init__(self, on_receive: Callable[[ReceivedCallback], None] | None = None) -> None:
        self._on_receive = on_receive
        self._received: list[ReceivedCallback] = []
        self._arrived = threading.Condition()
        self._server = _Server(self)
        serve = partial(self._server.serve_forever, poll_interval=0.05)  # so close() returns quickly
        self._thread = threading.Thread(target=serve, name="callback-receiver", daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def url(self) -> str:
        return self.base_url + "/status"

    @property
    def received(self) -> list[ReceivedCallback]:
        with self._arrived:
            return list(self._received)

    def wait_for(self, count: int, timeout: float = 5.0) -> list[ReceivedCallback]:
        """Wait until at least `count` callbacks have arrived; returns all of them."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self._received) >= count, timeout):
                raise TimeoutError(f"{len(self._received)} of {count} callbacks arrived within {timeout} s")
            return list(self._received)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _record(self, callback: ReceivedCallback) -> None:
        with self._arrived:
            self._received.append(callback)
            self._arrived.notify_all()
        if self._on_receive is not None:
            self._on_receive(callback)
