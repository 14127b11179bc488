"""Everything between a client method and the network: the httpx client, error mapping, logging, retries.

The clients send the generated operations' requests through an httpx client; this module hooks into it, so
that every non-2xx status becomes a typed exception, whatever its body (an HTML 502 from a proxy, a 520 that
http.HTTPStatus does not know), and every response is logged.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import random
import sys
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from email.utils import parsedate_to_datetime
from typing import TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidResponseError,
    RateLimitError,
    ServerError,
    TwilioCallsError,
    ValidationError,
    error_class_for,
)
from ._version import __version__

logger = logging.getLogger("twilio_calls")

R = TypeVar("R")
Timeout = float | httpx.Timeout | None

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = (
    f"twilio-calls/{__version__} python/{sys.version_info.major}.{sys.version_info.minor} httpx/{httpx.__version__}"
)
RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # failed before a byte went out


def check_timeout(value: object, parameter: str) -> Timeout:
    """None (no limit), an httpx.Timeout, or seconds > 0: anything else would fail inside httpx mid-request."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < float("inf"):
        return float(value)
    raise ValidationError(parameter, f"expected seconds > 0, an httpx.Timeout or None, got {value!r}")


class _Attempt:
    """What the httpx hooks need to know about the request being made in this context."""

    __slots__ = ("last", "number", "timeout")

    def __init__(self, timeout: Timeout, number: int) -> None:
        self.timeout = timeout
        self.number = number
        self.last: tuple[str, str, int] | None = None  # method, path, status of the last response


_attempt: ContextVar[_Attempt | None] = ContextVar("twilio_calls_attempt", default=None)


def _on_request(request: httpx.Request) -> None:
    request.extensions["twilio_calls_started"] = time.perf_counter()
    attempt = _attempt.get()
    if attempt is not None and attempt.timeout is not None:
        request.extensions["timeout"] = httpx.Timeout(attempt.timeout).as_dict()


def _on_response(response: httpx.Response, undecodable: httpx.DecodingError | None = None) -> None:
    """Logs every response, and raises the typed error for a non-2xx one (its body read already, or found
    undecodable: a corrupt gzip must still give the error for the status, not escape as httpx's)."""
    request = response.request
    started = request.extensions.get("twilio_calls_started", time.perf_counter())
    attempt = _attempt.get()
    if attempt is not None:
        attempt.last = (request.method, request.url.path, response.status_code)
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "%s %s -> %d in %.1f ms (attempt %d)",
            request.method,
            request.url.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            (attempt.number + 1) if attempt else 1,
        )
    if not 200 <= response.status_code < 300:
        raise api_error(response, undecodable)


async def _on_request_async(request: httpx.Request) -> None:
    _on_request(request)


async def _on_response_async(response: httpx.Response) -> None:
    undecodable = None
    if not 200 <= response.status_code < 300:
        try:
            await response.aread()
        except httpx.DecodingError as exc:
            undecodable = exc
    _on_response(response, undecodable)


def _on_response_sync(response: httpx.Response) -> None:
    undecodable = None
    if not 200 <= response.status_code < 300:
        try:
            response.read()
        except httpx.DecodingError as exc:
            undecodable = exc
    _on_response(response, undecodable)


def api_error(response: httpx.Response, undecodable: httpx.DecodingError | None = None) -> APIError:
    """The typed error for an error response, whatever its body: JSON from the API or HTML from a proxy."""
    status = response.status_code
    try:
        body = None if undecodable else json.loads(response.content)
    except (ValueError, RecursionError):
        body = None
    if not isinstance(body, dict):
        body = {}
    code = body.get("code")
    message = body.get("message")
    more_info = body.get("more_info")
    if not isinstance(message, str) or not message:
        # Redacted before it is cut short, so not even the start of a credential survives the cut.
        text = f"body not decodable: {undecodable}" if undecodable else response.text
        snippet = " ".join(_without_credentials(text, response.request)[:200].split())
        message = f"{response.reason_phrase or 'error'}" + (f" ({snippet})" if snippet else "")
    return error_class_for(status)(
        status=status,
        code=code if isinstance(code, int) and not isinstance(code, bool) else None,
        message=_without_credentials(message, response.request),
        more_info=_without_credentials(more_info, response.request) if isinstance(more_info, str) else None,
        method=response.request.method,
        path=response.request.url.path,
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
    )


def _without_credentials(text: str, request: httpx.Request) -> str:
    """Server-supplied text with the request's own credentials blanked out.

    wrapper fix: a debugging proxy or a careless server may echo the request (Authorization header included)
    in an error body, which would otherwise put the auth token into the exception's message.
    """
    _, _, encoded = request.headers.get("Authorization", "").partition(" ")
    secrets = [encoded]
    with contextlib.suppress(ValueError):  # not basic auth (binascii.Error, UnicodeDecodeError are ValueErrors)
        secrets.append(base64.b64decode(encoded, validate=True).decode().partition(":")[2])
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<redacted>")
    return text


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError):
            return None
    return max(0.0, seconds) if seconds == seconds else None  # NaN check


def configure(client: httpx.Client | httpx.AsyncClient, base_url: str, auth: httpx.Auth) -> None:
    """Points a (possibly caller-supplied) httpx client at the API and installs our hooks on it."""
    client.base_url = httpx.URL(base_url)
    client.auth = auth
    client.headers["User-Agent"] = USER_AGENT
    if isinstance(client, httpx.AsyncClient):
        client.event_hooks["request"].insert(0, _on_request_async)
        client.event_hooks["response"].insert(0, _on_response_async)
    else:
        client.event_hooks["request"].insert(0, _on_request)
        client.event_hooks["response"].insert(0, _on_response_sync)


class RetryPolicy:
    """When to try a request again, and how long to wait first.

    `safe` requests (reads, delete, hang-up, cancel) are retried on network errors, 429 and 500/502/503/504.
    Others (create, redirect) only when the request provably never reached the server, or was refused with
    429: after a timeout or a 5xx the call may exist already, and retrying could ring a phone twice.
    (A plain class, not a dataclass: building dataclasses costs milliseconds of import time.)
    """

    __slots__ = ("backoff", "max_backoff", "max_retries", "max_retry_after")

    def __init__(
        self,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_retry_after: float = 60.0,
    ) -> None:
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after

    def delay(self, error: TwilioCallsError, attempt: int, safe: bool) -> float | None:
        """Seconds to wait before retrying, or None to give up and raise `error`."""
        retryable = (
            isinstance(error, RateLimitError)
            or (isinstance(error, APIConnectionError) and (safe or not error.request_sent))
            or (safe and isinstance(error, ServerError) and error.status in RETRYABLE_STATUSES)
        )
        if not retryable or attempt >= self.max_retries:
            return None
        backoff = min(self.max_backoff, self.backoff * 2.0**attempt) * random.uniform(0.5, 1.0)
        retry_after: float | None = error.retry_after if isinstance(error, APIError) else None
        if retry_after is None:
            return backoff
        return retry_after if retry_after <= self.max_retry_after else None


def _transport_error(exc: httpx.TransportError, method: str, path: str) -> APIConnectionError:
    """The package's error for a network failure; request_sent is False only when nothing can have left."""
    cause = exc.__cause__
    if cause is not None and type(cause).__module__.startswith("aiohttp"):
        # An aiohttp-backed transport (ours, or httpx-aiohttp in a caller's client, which maps every aiohttp
        # connection error to ConnectTimeout, even a server hanging up after reading the request): judge by
        # aiohttp's own exception. Only these two mean that no connection was made.
        names = {kind.__name__ for kind in type(cause).__mro__}
        sent = not names & {"ClientConnectorError", "ConnectionTimeoutError"}
        timed_out = bool(names & {"TimeoutError", "ServerTimeoutError", "SocketTimeoutError"})
    else:
        sent = not isinstance(exc, _NOT_SENT)
        timed_out = isinstance(exc, httpx.TimeoutException)
    kind = APITimeoutError if timed_out else APIConnectionError
    return kind(f"{type(exc).__name__}: {exc}".rstrip(": "), method=method, path=path, request_sent=sent)


def _as_package_error(exc: Exception, attempt: _Attempt, method: str, path: str) -> TwilioCallsError | None:
    """Translates what can escape a request into the package's own errors (None: not ours)."""
    if isinstance(exc, TwilioCallsError):
        return exc
    if isinstance(exc, httpx.TransportError):
        return _transport_error(exc, method, path)
    if attempt.last is None:
        return None  # no response arrived: a fault before sending, which must surface as itself
    # After a response, anything else comes from decoding its body (httpx.DecodingError: a corrupt gzip...).
    method, path, status = attempt.last
    return InvalidResponseError(
        f"unreadable body ({type(exc).__name__}: {exc})", method=method, path=path, status=status
    )


def mark_unsafe_outcome(error: TwilioCallsError, safe: bool) -> None:
    """Flags an error after which a create or redirect may nonetheless have been carried out."""
    reached = isinstance(error, ServerError | InvalidResponseError) or (
        isinstance(error, APIConnectionError) and error.request_sent
    )
    if reached and not safe:
        error.may_have_succeeded = True


def _give_up_or_wait(
    policy: RetryPolicy, exc: Exception, attempt: _Attempt, safe: bool, method: str, path: str
) -> tuple[TwilioCallsError, float | None]:
    error = _as_package_error(exc, attempt, method, path)
    if error is None:
        raise exc
    delay = policy.delay(error, attempt.number, safe)
    if delay is None:
        mark_unsafe_outcome(error, safe)
    else:
        logger.warning(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            method,
            path,
            delay,
            type(error).__name__,
            attempt.number + 1,
            policy.max_retries,
        )
    return error, delay


def send(policy: RetryPolicy, operation: Callable[[], R], *, safe: bool, timeout: Timeout, what: str) -> R:
    """Runs a generated sync operation under the retry policy. `what` is "METHOD path" for messages."""
    method, _, path = what.partition(" ")
    number = 0
    while True:
        attempt = _Attempt(timeout, number)
        token = _attempt.set(attempt)
        try:
            return operation()
        except Exception as exc:
            error, delay = _give_up_or_wait(policy, exc, attempt, safe, method, path)
            if delay is None:
                raise error from (None if error is exc else exc)
        finally:
            _attempt.reset(token)
        time.sleep(delay)
        number += 1


async def send_async(
    policy: RetryPolicy, operation: Callable[[], Awaitable[R]], *, safe: bool, timeout: Timeout, what: str
) -> R:
    """The awaitable twin of send(): same policy, asyncio.sleep between attempts."""
    method, _, path = what.partition(" ")
    number = 0
    while True:
        attempt = _Attempt(timeout, number)
        token = _attempt.set(attempt)
        try:
            return await operation()
        except Exception as exc:
            error, delay = _give_up_or_wait(policy, exc, attempt, safe, method, path)
            if delay is None:
                raise error from (None if error is exc else exc)
        finally:
            _attempt.reset(token)
        await _async_sleep(delay)
        number += 1


async def _async_sleep(seconds: float) -> None:
    # Imported here: asyncio costs more to import than this whole package, and sync users never need it.
    import asyncio

    await asyncio.sleep(seconds)
