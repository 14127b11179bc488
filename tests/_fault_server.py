"""A raw-socket HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose: it resets, stalls and truncates.

Written on sockets rather than http.server so each test controls the exact bytes and when the connection ends
(a TCP reset needs SO_LINGER with a zero timeout before close). One thread accepts; each connection gets its
own thread, so a stalled connection does not keep a retry from being read and counted.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

STALL_LIMIT = 10.0  # a stalled connection is released after this long, or as soon as the server stops
_IO_TIMEOUT = 5.0


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: bytes


Behaviour = Callable[["FaultServer", socket.socket, Request], None]


def _head(status: int, length: int, content_type: str, extra: tuple[str, ...] = ()) -> bytes:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""  # 520 and friends have no standard phrase: sent with none, as some proxies do
    lines = [
        f"HTTP/1.1 {status} {reason}",
        f"Content-Type: {content_type}",
        f"Content-Length: {length}",
        "Connection: close",
        *extra,
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def respond(status: int, body: bytes, content_type: str = "application/json", *headers: str) -> Behaviour:
    """A complete response (with any extra header lines), then an orderly close."""

    def behave(server: FaultServer, conn: socket.socket, request: Request) -> None:
        conn.sendall(_head(status, len(body), content_type, headers) + body)

    return behave


def reset_mid_body(status: int, body: bytes) -> Behaviour:
    """Headers and the first half of the body, then a TCP reset (RST) instead of the rest."""

    def behave(server: FaultServer, conn: socket.socket, request: Request) -> None:
        conn.sendall(_head(status, len(body), "application/json") + body[: len(body) // 2])
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close() now sends RST

    return behave


def hang_up(server: FaultServer, conn: socket.socket, request: Request) -> None:
    """Reads the request, then closes the connection without a byte of response (a crashed upstream)."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def truncated(status: int, body: bytes, claimed_length: int) -> Behaviour:
    """body announced as claimed_length bytes, sent, then an orderly close (FIN)."""

    def behave(server: FaultServer, conn: socket.socket, request: Request) -> None:
        conn.sendall(_head(status, claimed_length, "application/json") + body)

    return behave


def stall(server: FaultServer, conn: socket.socket, request: Request) -> None:
    """Reads the request and never answers (until the server stops)."""
    server.stopping.wait(STALL_LIMIT)


class FaultServer:
    """Serves every request with one behaviour and counts requests by method and path."""

    def __init__(self, behaviour: Behaviour) -> None:
        self._behaviour = behaviour
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)  # so the accept loop notices stop() quickly
        self.port: int = self._listener.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._requests: list[tuple[str, str]] = []
        self._handlers: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, name="fault-server", daemon=True)

    def start(self) -> FaultServer:
        self._acceptor.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._acceptor.join(timeout=5)
        self._listener.close()
        for handler in self._handlers:
            handler.join(timeout=5)

    def count(self, method: str, path: str) -> int:
        with self._lock:
            return self._requests.count((method, path))

    @property
    def requests(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self._requests)

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            handler = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._handlers.append(handler)
            handler.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(_IO_TIMEOUT)
            try:
                request = _read_request(conn)
            except OSError:
                return
            if request is None:
                return
            with self._lock:
                self._requests.append((request.method, request.path))
            with contextlib.suppress(OSError):  # the client gave up first: nothing left to misbehave towards
                self._behaviour(self, conn, request)


def _read_request(conn: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, target, _ = request_line.split(" ", 2)
    length = 0
    for line in header_lines:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return Request(method, target.partition("?")[0], body)
