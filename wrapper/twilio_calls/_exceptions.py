"""Every error the package raises derives from TwilioCallsError.

API errors are split by HTTP status, so callers catch what they can act on (a 404, a 429) without parsing
messages. Every error that concerns a request carries its method, path and the host it was sent to, and, when a
response arrived, the server's request id (Twilio's `Twilio-Request-Id` header), for support tickets; never the
request's credentials.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InvalidResponseError",
    "NotFoundError",
    "RateLimitError",
    "RedirectError",
    "ServerError",
    "TwilioCallsError",
    "ValidationError",
    "WaitTimeoutError",
]

MAY_HAVE_SUCCEEDED = (
    " The server may have acted on the request (for a create: the call may have been placed);"
    " it was not retried. Check with fetch() or list() before sending it again."
)


def _context(host: str | None, request_id: str | None) -> str:
    """ " (host api.twilio.com, request id RQ...)": where the request went, and the id support asks for."""
    parts = [f"host {host}" if host else "", f"request id {request_id}" if request_id else ""]
    shown = ", ".join(part for part in parts if part)
    return f" ({shown})" if shown else ""


class TwilioCallsError(Exception):
    """Base class of every error raised by twilio_calls.

    may_have_succeeded is True when the request may have reached the server and been acted on although no
    success response arrived (a read timeout or a 5xx on create or redirect): retrying could act twice.
    """

    may_have_succeeded: bool = False


class ValidationError(TwilioCallsError, ValueError):
    """Bad input, caught before any request was sent; `parameter` names the culprit."""

    def __init__(self, parameter: str, problem: str) -> None:
        self.parameter = parameter
        super().__init__(f"{parameter}: {problem}")


class APIConnectionError(TwilioCallsError):
    """The request failed at the network level (refused, reset, DNS, TLS...).

    request_sent is False when the failure provably came before any byte reached the server (no connection).
    client_closed is True when the client (or the http_client it was given) was closed: nothing was sent, and
    retrying cannot help.
    """

    client_closed: bool = False

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        request_sent: bool,
        host: str | None = None,
        request_id: str | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.request_sent = request_sent
        self.detail = message
        self.host = host
        self.request_id = request_id  # None: no response arrived
        super().__init__(message)

    def __str__(self) -> str:
        extra = MAY_HAVE_SUCCEEDED if self.may_have_succeeded else ""
        return f"{self.method} {self.path}: {self.detail}{_context(self.host, self.request_id)}{extra}"


CLIENT_CLOSED = "this client is closed (close() or the end of its with block); make a new one"


def client_closed_error(
    message: str, *, method: str, path: str, host: str | None, request_sent: bool = False
) -> APIConnectionError:
    """The error for a request that meets a closed client (or a closed http_client): final, never retried.
    request_sent is True only when the client was closed under an attempt that had gone out."""
    error = APIConnectionError(message, method=method, path=path, request_sent=request_sent, host=host)
    error.client_closed = True
    return error


class APITimeoutError(APIConnectionError):
    """No complete response arrived within the timeout."""


class InvalidResponseError(TwilioCallsError):
    """A success status came with a body that is not what the API sends (HTML, truncated JSON...)."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        status: int,
        host: str | None = None,
        request_id: str | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.status = status
        self.host = host
        self.request_id = request_id
        super().__init__(f"{method} {path} -> {status}: {message}")

    @classmethod
    def from_response(cls, message: str, response: Any) -> InvalidResponseError:
        """The error for an httpx.Response whose body is not what the API sends."""
        request = response.request
        return cls(
            message,
            method=request.method,
            path=request.url.path,
            status=response.status_code,
            host=host_of(request.url),
            request_id=request_id_of(response.headers),
        )

    def __str__(self) -> str:
        # wrapper fix: the transport sets may_have_succeeded on a create answered 2xx with an unreadable body (the
        # call most likely exists), but the message did not say so, unlike every other error that sets it.
        extra = MAY_HAVE_SUCCEEDED if self.may_have_succeeded else ""
        return super().__str__() + _context(self.host, self.request_id) + extra


class APIError(TwilioCallsError):
    """The API answered with an error status. Subclasses narrow it down by status.

    code is the provider's error code as a number (Twilio's 21220; SignalWire's codes, which it sends as text,
    when they are all digits), or None. code_text is the code exactly as the server gave it, as text, whenever
    it gave one: the place to look for a code that is not a number. The body may be Twilio's
    `{"code", "message", "more_info", "status"}` or SignalWire's `{"errors": [{"code", "message", "more_info"}]}`;
    both fill code, code_text, message and more_info the same way.
    retry_after is the Retry-After header in seconds (429 and 503 send it), or None.
    """

    def __init__(
        self,
        *,
        status: int,
        code: int | None,
        message: str,
        more_info: str | None,
        method: str,
        path: str,
        retry_after: float | None = None,
        may_have_succeeded: bool = False,
        host: str | None = None,
        request_id: str | None = None,
        code_text: str | None = None,
    ) -> None:
        self.status = status
        self.code_text = code_text if code_text is not None else (None if code is None else str(code))
        self.host = host
        self.request_id = request_id
        self.retry_after = retry_after
        self.code = code
        self.message = message
        self.more_info = more_info
        self.method = method
        self.path = path
        self.may_have_succeeded = may_have_succeeded
        super().__init__(message)

    def __str__(self) -> str:
        code = f" (error {self.code_text})" if self.code_text else ""
        info = f" See {self.more_info}" if self.more_info else ""
        extra = MAY_HAVE_SUCCEEDED if self.may_have_succeeded else ""
        context = _context(self.host, self.request_id)
        return (
            f"{self.method} {self.path} -> HTTP {self.status}{code}: {self.message.rstrip('.')}.{info}{context}{extra}"
        )


class RedirectError(APIError):
    """3xx: the server (or a proxy in front of it) answered with a redirect, which is never followed, so the
    credentials go nowhere but the configured host. The request was not carried out there: may_have_succeeded
    stays False, except for a 303 See Other to a create or redirect, which says the server acted on it and
    points to the result (RFC 9110, 15.4.4). `location` is where it pointed (scheme, host and path only), or None."""

    location: str | None = None


class BadRequestError(APIError):
    """400 or 422: the API refused the parameters (for example 21220, redirecting a call that is not in
    progress; SignalWire documents 422 for a request it understood but cannot carry out)."""


class AuthenticationError(APIError):
    """401 or 403: wrong credentials, or credentials without access to this account."""


class NotFoundError(APIError):
    """404: no such call (or account) - it may have been deleted."""


class ConflictError(APIError):
    """409: the call's current state does not allow the change."""


class RateLimitError(APIError):
    """429: too many requests; retry_after is the server's requested wait in seconds, when it sent one."""


class ServerError(APIError):
    """5xx (or another status outside 4xx): the API or a proxy in front of it failed."""


def error_class_for(status: int) -> type[APIError]:
    if 300 <= status < 400:
        return RedirectError
    if status in (400, 422):
        return BadRequestError
    if status in (401, 403):
        return AuthenticationError
    if status == 404:
        return NotFoundError
    if status == 409:
        return ConflictError
    if status == 429:
        return RateLimitError
    if 400 <= status < 500:
        return APIError
    return ServerError


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The server's id for the request, from the response header a provider's document names for it
    (info.x-provider.request-id-header: Twilio's Twilio-Request-Id), else X-Request-Id."""
    for name in _request_id_headers():
        value = headers.get(name)
        if value:
            return value[:200]
    return None


@cache
def _request_id_headers() -> tuple[str, ...]:
    # Read on the first error, not at import: the surface is the largest generated module.
    from twilio_calls_api.surface import PROVIDER_FACTS

    named = [facts.request_id_header for facts in PROVIDER_FACTS.values() if facts.request_id_header]
    # Then X-Request-Id: not any provider's documented header but the common one (proxies, load balancers,
    # and a server that documents none may still send it).
    return tuple(dict.fromkeys([*named, "X-Request-Id"]))


def host_of(url: Any) -> str:
    """An httpx.URL's host, with its port when it is not the scheme's default ("127.0.0.1:8080")."""
    host: str = url.host
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return f"{host}:{url.port}" if url.port is not None else host


class WaitTimeoutError(TwilioCallsError, TimeoutError):
    """wait_for() ran out of time: the call had not reached any of the statuses waited for.

    `last_status` is the status the last poll saw (None if no poll answered); `waited_for` the statuses asked.
    """

    def __init__(self, sid: str, waited_for: tuple[str, ...], last_status: object, timeout: float) -> None:
        self.sid = sid
        self.waited_for = waited_for
        self.last_status = last_status
        self.timeout = timeout
        shown = getattr(last_status, "value", last_status)
        super().__init__(
            f"call {sid} did not reach {' or '.join(waited_for)} within {timeout:g} s; last status seen: {shown}"
        )
