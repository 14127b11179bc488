"""A loopback stand-in for Twilio's Calls API, fast enough not to be what a benchmark measures.

Run as a script it serves until its standard input closes (so it dies with the benchmark that started it) and
prints `listening http://127.0.0.1:PORT` once ready. `running_server()` does that in a child process, so the
server's CPU is not charged to the client's interpreter.

Routes (under any prefix, e.g. SignalWire's /api/laml): POST .../Accounts/{AC}/Calls.json creates a queued call;
GET, POST and DELETE .../Accounts/{AC}/Calls/{CA}.json fetch, update and delete one; POST
.../Calls/{CA}/Recordings.json starts a recording; GET .../Calls.json pages
through the account's calls. A listing holds as many calls as the account SID's digits say: `listing_account(20000)`
gives `AC00000000000000000000000000020000`, whose listing has 20,000 calls; any other account lists 100.
Every request needs a Basic Authorization header, as on Twilio.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

API_ROOT = "/2010-04-01/Accounts/"
DEFAULT_LISTING_SIZE = 100
MAX_CACHED_PAGES = 64

_SID_MARK = "CA" + "f" * 32
_ACCOUNT_MARK = "AC" + "e" * 32
_PREFIX_MARK = "/__prefix__"


_SUBRESOURCES = ("notifications", "recordings", "payments", "events", "siprec", "streams", "user_defined_messages")


def listing_account(total_calls: int) -> str:
    """An account SID whose listing on this server holds `total_calls` calls."""
    return f"AC{total_calls:032d}"


def call_sid(number: int) -> str:
    return f"CA{number:032x}"


def sample_call(
    sid: str = call_sid(1), account_sid: str = listing_account(0), status: str = "completed", variant: int = 0
) -> dict[str, object]:
    """One call as Twilio returns it: every field present, dates in RFC 2822, numbers as strings."""
    finished = status in ("completed", "busy", "failed", "no-answer", "canceled")
    minute = variant % 60
    return {
        "sid": sid,
        "account_sid": account_sid,
        "parent_call_sid": None,
        "phone_number_sid": "PN" + "3" * 32,
        "group_sid": None,
        "trunk_sid": "",
        "date_created": f"Tue, 31 Aug 2021 20:{minute:02d}:00 +0000",
        "date_updated": f"Tue, 31 Aug 2021 20:{minute:02d}:45 +0000",
        "start_time": f"Tue, 31 Aug 2021 20:{minute:02d}:02 +0000" if status != "queued" else None,
        "end_time": f"Tue, 31 Aug 2021 20:{minute:02d}:44 +0000" if finished else None,
        "to": "+15558675310",
        "to_formatted": "(555) 867-5310",
        "from": "+15017122661",
        "from_formatted": "(501) 712-2661",
        "status": status,
        "direction": "outbound-api",
        "answered_by": None,
        "duration": str(variant % 300) if finished else None,
        "price": f"-0.0{variant % 10}300" if finished else None,
        "price_unit": "USD",
        "queue_time": "0",
        "api_version": "2010-04-01",
        "forwarded_from": None,
        "caller_name": None,
        "annotation": None,
        "uri": f"/2010-04-01/Accounts/{account_sid}/Calls/{sid}.json",
        "subresource_uris": {
            name: f"/2010-04-01/Accounts/{account_sid}/Calls/{sid}/{name.title().replace('_', '')}.json"
            for name in _SUBRESOURCES
        },
    }


def sample_recording(sid: str, account_sid: str, call_sid: str) -> dict[str, object]:
    """A recording just started on a live call (POST .../Calls/{CA}/Recordings.json)."""
    return {
        "sid": sid,
        "account_sid": account_sid,
        "call_sid": call_sid,
        "status": "in-progress",
        "channels": 1,
        "source": "StartCallRecording",
        "date_created": "Tue, 31 Aug 2021 20:00:00 +0000",
        "start_time": "Tue, 31 Aug 2021 20:00:00 +0000",
        "uri": f"/2010-04-01/Accounts/{account_sid}/Calls/{call_sid}/Recordings/{sid}.json",
    }


def _template(status: str, variant: int = 0) -> bytes:
    """A call body with marks where the SIDs and URI prefix go, so a response is a few byte replaces."""
    body = json.dumps(sample_call(_SID_MARK, _ACCOUNT_MARK, status, variant), separators=(",", ":"))
    return body.replace("/2010-04-01/", _PREFIX_MARK + "/2010-04-01/").encode()


_SINGLE = {status: _template(status) for status in ("queued", "completed", "canceled", "in-progress")}
_LISTED_STATUSES = ("completed", "completed", "busy", "no-answer", "completed", "failed", "canceled", "in-progress")
_LISTED = [_template(status, variant) for variant, status in enumerate(_LISTED_STATUSES * 4)]


def _fill(template: bytes, sid: str, account_sid: str, prefix: str) -> bytes:
    return (
        template.replace(_SID_MARK.encode(), sid.encode())
        .replace(_ACCOUNT_MARK.encode(), account_sid.encode())
        .replace(_PREFIX_MARK.encode(), prefix.encode())
    )


def _error(status: int, code: int, message: str) -> tuple[int, bytes]:
    more_info = f"https://www.twilio.com/docs/errors/{code}"
    body = {"code": code, "message": message, "more_info": more_info, "status": status}
    return status, json.dumps(body).encode()


class _CallsApi:
    """Answers requests; knows nothing of sockets."""

    def __init__(self) -> None:
        self._created = 0
        self._pages: dict[tuple[str, str, int, int], bytes] = {}

    def handle(self, method: str, target: str, body: bytes) -> tuple[int, bytes]:
        path, _, query = target.partition("?")
        root = path.find(API_ROOT)
        if root < 0 or not path.endswith(".json"):
            return _error(404, 20404, "The requested resource was not found")
        prefix = path[:root]
        parts = path[root + len(API_ROOT) : -len(".json")].split("/")
        if len(parts) == 2 and parts[1] == "Calls":
            if method == "POST":
                self._created += 1
                return 201, _fill(_SINGLE["queued"], call_sid(self._created), parts[0], prefix)
            if method == "GET":
                return 200, self._page(prefix, parts[0], parse_qs(query))
        elif len(parts) == 3 and parts[1] == "Calls":
            account_sid, sid = parts[0], parts[2]
            if method == "DELETE":
                return 204, b""
            if method == "GET":
                return 200, _fill(_SINGLE["in-progress"], sid, account_sid, prefix)
            if method == "POST":
                wanted = parse_qs(body.decode()).get("Status", ["in-progress"])[0]
                return 200, _fill(_SINGLE.get(wanted, _SINGLE["in-progress"]), sid, account_sid, prefix)
        elif len(parts) == 4 and parts[1] == "Calls" and parts[3] == "Recordings" and method == "POST":
            self._created += 1
            return 201, json.dumps(sample_recording(f"RE{self._created:032x}", parts[0], parts[2])).encode()
        return _error(405 if len(parts) in (2, 3) else 404, 20004, "Method not allowed")

    def _page(self, prefix: str, account_sid: str, query: dict[str, list[str]]) -> bytes:
        page_size = int(query.get("PageSize", ["50"])[0])
        page = int(query.get("Page", ["0"])[0])
        key = (prefix, account_sid, page, page_size)
        cached = self._pages.get(key)
        if cached is None:
            if len(self._pages) >= MAX_CACHED_PAGES:
                self._pages.clear()
            cached = self._pages[key] = self._render_page(prefix, account_sid, page, page_size)
        return cached

    def _render_page(self, prefix: str, account_sid: str, page: int, page_size: int) -> bytes:
        digits = account_sid[2:]
        total = int(digits) if digits.isdigit() else DEFAULT_LISTING_SIZE
        first = page * page_size
        last = min(first + page_size, total)
        calls = b",".join(
            _fill(_LISTED[number % len(_LISTED)], call_sid(number + 1), account_sid, prefix)
            for number in range(first, last)
        )
        listing = f"{prefix}{API_ROOT}{account_sid}/Calls.json"

        def page_uri(number: int) -> str:
            return f"{listing}?PageSize={page_size}&Page={number}&PageToken=PA{number:032x}"

        meta = {
            "end": max(last - 1, first),
            "first_page_uri": f"{listing}?PageSize={page_size}&Page=0",
            "next_page_uri": page_uri(page + 1) if last < total else None,
            "page": page,
            "page_size": page_size,
            "previous_page_uri": page_uri(page - 1) if page > 0 else None,
            "start": first,
            "uri": page_uri(page),
        }
        return b'{"calls":[' + calls + b"]," + json.dumps(meta, separators=(",", ":")).encode()[1:]


_REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found"}
_REASONS[405] = "Method Not Allowed"


class _HttpConnection(asyncio.Protocol):
    """Minimal HTTP/1.1 with keep-alive and Content-Length bodies: all that the clients under test send."""

    def __init__(self, api: _CallsApi) -> None:
        self._api = api
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._transport is not None and self._answer_one():
            pass

    def _answer_one(self) -> bool:
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            return False
        head = self._buffer[:end].decode("latin-1").split("\r\n")
        method, target, _ = head[0].split(" ", 2)
        headers = {}
        for line in head[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        if len(self._buffer) < end + 4 + length:
            return False
        body = bytes(self._buffer[end + 4 : end + 4 + length])
        del self._buffer[: end + 4 + length]
        if headers.get("authorization", "").lower().startswith("basic "):
            status, payload = self._api.handle(method, target, body)
        else:
            status, payload = _error(401, 20003, "Authenticate")
        close = headers.get("connection", "").lower() == "close"
        self._send(status, payload, close)
        return True

    def _send(self, status: int, payload: bytes, close: bool) -> None:
        assert self._transport is not None
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}"]
        if status != 204:
            lines += ["Content-Type: application/json; charset=utf-8", f"Content-Length: {len(payload)}"]
        if close:
            lines.append("Connection: close")
        self._transport.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
        if close:
            self._transport.close()
            self._transport = None


async def _serve(host: str, port: int) -> None:
    loop = asyncio.get_running_loop()
    api = _CallsApi()
    server = await loop.create_server(lambda: _HttpConnection(api), host, port, backlog=1024)
    bound = server.sockets[0].getsockname()[1]
    print(f"listening http://{host}:{bound}", flush=True)
    stopped = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stopped.set)
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    until_eof = asyncio.ensure_future(reader.read())
    until_signal = asyncio.ensure_future(stopped.wait())
    await asyncio.wait([until_eof, until_signal], return_when=asyncio.FIRST_COMPLETED)
    until_eof.cancel()
    until_signal.cancel()
    server.close()


@contextlib.contextmanager
def running_server(host: str = "127.0.0.1") -> Iterator[str]:
    """Start the server in a child process; yield its base URL; stop it on the way out."""
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), host],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if not line.startswith("listening "):
            raise RuntimeError(f"fake server did not start: {line!r}")
        yield line.removeprefix("listening ")
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    asyncio.run(_serve(sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1", int(sys.argv[2]) if len(sys.argv) > 2 else 0))
