"""Reading a request body off the connection: by Content-Length or chunked, strictly, and within a size cap.

A framing fault (a Content-Length that is not a number, a bad chunk size) becomes a 400 naming the header, a
body over the cap a 413, a client that stops sending mid-body a 408: each an ApiError the server answers
with, after which it closes the connection, because where the next request would start is unknown.
"""

from __future__ import annotations

import re
from email.message import Message
from io import BufferedIOBase

from . import _errors as codes
from ._errors import ApiError

__all__ = ["DEFAULT_MAX_BODY", "declared_length", "read_body", "too_large"]

# Far above any request the document allows (a 4,000-character Twiml percent-encoded is under 40 KB), far
# below what could hurt the machine: the cap is there against a runaway or hostile client, not real ones.
DEFAULT_MAX_BODY = 1024 * 1024

_DIGITS = re.compile(r"[0-9]+")
_HEX = re.compile(r"[0-9A-Fa-f]{1,16}")
_LINE = 1024  # longest chunk-size or trailer line read (a chunk extension included)
_TRAILERS = 100  # as many trailer lines as the standard library takes header lines


def _framing(header: str, problem: str) -> ApiError:
    return ApiError(400, codes.INVALID_PARAMETER, f"Invalid {header} header: {problem}")


def too_large(limit: int) -> ApiError:
    return ApiError(413, codes.INVALID_PARAMETER, f"Request body too large: at most {limit} bytes are accepted")


def _chunked(headers: Message) -> bool:
    codings = [c.strip().lower() for v in headers.get_all("Transfer-Encoding", []) for c in v.split(",")]
    codings = [coding for coding in codings if coding]
    if not codings:
        return False
    if codings != ["chunked"]:
        raise _framing("Transfer-Encoding", f"{', '.join(codings)!r}; the sandbox takes only 'chunked'")
    return True


def declared_length(headers: Message) -> int:
    """The Content-Length the request declares (0 when none); a 400 when it is not one non-negative number."""
    values = {value.strip() for value in headers.get_all("Content-Length", [])}
    if not values:
        return 0
    if len(values) > 1:
        raise _framing("Content-Length", "given more than once with different values")
    (value,) = values
    if _DIGITS.fullmatch(value) is None:
        raise _framing("Content-Length", f"{value[:40]!r} is not a number of bytes")
    return int(value) if len(value) <= 19 else 10**19  # int() refuses very long digit strings


def read_body(rfile: BufferedIOBase, headers: Message, limit: int) -> bytes:
    """The request body; raises ApiError (400, 408 or 413) for a body that cannot be taken."""
    try:
        if _chunked(headers):
            return _read_chunked(rfile, limit)
        length = declared_length(headers)
        if length > limit:
            raise too_large(limit)
        body = rfile.read(length) if length else b""
    except TimeoutError:
        raise ApiError(408, codes.INVALID_PARAMETER, "Request timed out: the body did not arrive in time") from None
    if len(body) < length:
        raise _framing("Content-Length", f"{length} bytes announced, the connection ended after {len(body)}")
    return body


def _read_chunked(rfile: BufferedIOBase, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        line = rfile.readline(_LINE + 1)
        size_text = line.split(b";", 1)[0].strip().decode("latin-1")
        if len(line) > _LINE or not line.endswith(b"\n") or _HEX.fullmatch(size_text) is None:
            raise _framing("Transfer-Encoding", f"bad chunk size line {line[:40]!r}")
        size = int(size_text, 16)
        if size == 0:
            break
        total += size
        if total > limit:
            raise too_large(limit)
        chunk = rfile.read(size)
        if len(chunk) < size or rfile.readline(3) not in (b"\r\n", b"\n"):
            raise _framing("Transfer-Encoding", "a chunk is not the size its size line gives")
        chunks.append(chunk)
    for _ in range(_TRAILERS):
        line = rfile.readline(_LINE + 1)
        if line in (b"\r\n", b"\n"):
            return b"".join(chunks)
        if not line.endswith(b"\n"):
            break
    raise _framing("Transfer-Encoding", "the trailer section does not end")
