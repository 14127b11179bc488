"""The HTTP/1.1 server that carries the sandbox API, on a background thread."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import traceback
from collections.abc import Callable
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from . import _errors as codes
from ._api import Api, Response
from ._body import DEFAULT_MAX_BODY, declared_length, read_body, too_large
from ._errors import ApiError

__all__ = ["DEFAULT_MAX_BODY", "DEFAULT_REQUEST_TIMEOUT", "ApiServer"]

# Long enough for any real client between two requests on a keep-alive connection, short enough that a
# stalled one does not hold a thread for good.
DEFAULT_REQUEST_TIMEOUT = 60.0


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # So a sandbox restarted on a fixed port does not wait out the old connections' TIME_WAIT.
    allow_reuse_address = True
    # socketserver's default backlog of 5 drops connections when a client opens dozens at once.
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        api: Api,
        log: Callable[[str], None] | None,
        request_timeout: float,
        max_body: int,
    ) -> None:
        super().__init__(address, _Handler)
        self.api = api
        self.log = log
        self.request_timeout = request_timeout
        self.max_body = max_body
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that went away (reset, broken pipe, timed out) has nothing left to be answered.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as clients expect of Twilio
    # Headers and body leave in two writes; with Nagle on, the body waits for the client's delayed ACK (~40 ms).
    disable_nagle_algorithm = True
    server: _Server
    server_version = "twilio-calls-sandbox"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        # Every read and write on the connection gives up after this long: a client that stalls mid-request,
        # or an idle keep-alive connection, frees its thread (the standard library closes it on TimeoutError).
        self.connection.settimeout(self.server.request_timeout)
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        super().finish()

    def __getattr__(self, name: str) -> Callable[[], None]:
        # The standard library looks up do_<METHOD> and answers 501 in HTML when there is none. Every method
        # reaches the API instead, which answers one a path does not take with a JSON 405 and Allow.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def _serve(self) -> None:
        try:
            body = read_body(self.rfile, self.headers, self.server.max_body)
        except ApiError as error:
            self._send(self.server.api.refuse(error), close=True)
            return
        headers = {name.lower(): value for name, value in self.headers.items()}
        try:
            response = self.server.api.handle(self.command, self.path, headers, body)
        except Exception:  # a fault of the sandbox itself: answered, and shown, rather than a dropped connection
            traceback.print_exc()
            response = self.server.api.refuse(ApiError(500, codes.INTERNAL, "Internal Server Error"))
        self._send(response)

    def _send(self, response: Response, close: bool = False) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if close:  # where the next request would start is unknown (or the client is not to be waited for)
            self.close_connection = True
            self.send_header("Connection", "close")
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """What the standard library refuses by itself (a malformed request line, a header line too long, too
        many headers, an HTTP version it does not speak): the API's JSON error body, never an HTML page."""
        try:
            phrase = message or HTTPStatus(code).phrase
        except ValueError:
            phrase = "Error"
        error = ApiError(code, codes.INTERNAL if code >= 500 else codes.INVALID_PARAMETER, phrase)
        if self.request_version == "HTTP/0.9":  # a one-word request line: still answer with a status line
            self.request_version = "HTTP/1.0"
        self._send(self.server.api.refuse(error), close=True)

    def handle_expect_100(self) -> bool:
        # A client waiting for 100 Continue before sending a body that is over the cap is told 413 instead.
        try:
            over = declared_length(self.headers) > self.server.max_body
        except ApiError:
            over = False  # a malformed length is refused when the body is read
        if over:
            self._send(self.server.api.refuse(too_large(self.server.max_body)), close=True)
            return False
        return super().handle_expect_100()

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # Method, path and status only: never headers, so credentials cannot reach the log.
        if self.server.log is not None:
            command, path = getattr(self, "command", None) or "-", getattr(self, "path", None) or "-"
            self.server.log(f"{command} {path} -> {code}")

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the standard library would print every request and error to stderr


class ApiServer:
    """Serves `api` on host:port (port 0: any free port) until `stop()`."""

    def __init__(
        self,
        api: Api,
        host: str,
        port: int,
        log: Callable[[str], None] | None = None,
        *,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        max_body: int = DEFAULT_MAX_BODY,
    ) -> None:
        if not request_timeout > 0:
            raise ValueError(f"request_timeout must be a positive number of seconds, got {request_timeout!r}")
        if max_body < 0:
            raise ValueError(f"max_body must not be negative, got {max_body!r}")
        self._server = _Server((host, port), api, log, request_timeout, max_body)
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
