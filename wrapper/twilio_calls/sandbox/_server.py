"""The HTTP/1.1 server that carries the sandbox API, on a background thread."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._api import Api

__all__ = ["ApiServer"]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # So a sandbox restarted on a fixed port does not wait out the old connections' TIME_WAIT.
    allow_reuse_address = True
    # socketserver's default backlog of 5 drops connections when a client opens dozens at once.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], api: Api, log: Callable[[str], None] | None) -> None:
        super().__init__(address, _Handler)
        self.api = api
        self.log = log
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as clients expect of Twilio
    # Headers and body leave in two writes; with Nagle on, the body waits for the client's delayed ACK (~40 ms).
    disable_nagle_algorithm = True
    server: _Server
    server_version = "twilio-calls-sandbox"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        super().finish()

    def _serve(self) -> None:
        body = self._body()
        headers = {name.lower(): value for name, value in self.headers.items()}
        response = self.server.api.handle(self.command, self.path, headers, body)
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _serve

    def _body(self) -> bytes:
        """The request body, by Content-Length or chunked (as `requests` sends an empty form): a chunked body
        left unread would be taken for the next request on this connection."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):  # trailers, then the blank line
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()  # the CRLF after each chunk
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # Method, path and status only: never headers, so credentials cannot reach the log.
        if self.server.log is not None:
            self.server.log(f"{self.command} {self.path} -> {code}")

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the standard library would print every request and error to stderr


class ApiServer:
    """Serves `api` on host:port (port 0: any free port) until `stop()`."""

    def __init__(self, api: Api, host: str, port: int, log: Callable[[str], None] | None = None) -> None:
        self._server = _Server((host, port), api, log)
        # A short poll interval makes stop() quick: shutdown() waits for the loop's next poll.
        serve = partial(self._server.serve_forever, poll_interval=0.05)
        self._thread = threading.Thread(target=serve, name="twilio-calls-sandbox", daemon=True)
        self._started = False

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    def start(self) -> None:
        self._thread.start()
        self._started = True

    def stop(self) -> None:
        if self._started:
            self._server.shutdown()
        # Idle keep-alive connections would otherwise keep their handler threads and sockets alive.
        with self._server.connections_lock:
            for connection in list(self._server.connections):
                with contextlib.suppress(OSError):  # already closed by the client
                    connection.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        if self._started:
            self._thread.join()
