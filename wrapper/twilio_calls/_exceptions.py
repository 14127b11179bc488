"""Every error the package raises derives from TwilioCallsError.

API errors are split by HTTP status, so callers catch what they can act on (a 404, a 429) without parsing
messages. Every error carries the request's method and path, never its credentials.
"""

from __future__ import annotations

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
    "ServerError",
    "TwilioCallsError",
    "ValidationError",
]

MAY_HAVE_SUCCEEDED = (
    " The server may have acted on the request (for a create: the call may have been placed);"
    " it was not retried. Check with fetch() or list() before sending it again."
)


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
    """

    def __init__(self, message: str, *, method: str, path: str, request_sent: bool) -> None:
        self.method = method
        self.path = path
        self.request_sent = request_sent
        self.detail = message
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.method} {self.path}: {self.detail}" + (MAY_HAVE_SUCCEEDED if self.may_have_succeeded else "")


class APITimeoutError(APIConnectionError):
    """No complete response arrived within the timeout."""


class InvalidResponseError(TwilioCallsError):
    """A success status came with a body that is not what the API sends (HTML, truncated JSON...)."""

    def __init__(self, message: str, *, method: str, path: str, status: int) -> None:
        self.method = method
        self.path = path
        self.status = status
        super().__init__(f"{method} {path} -> {status}: {message}")

    def __str__(self) -> str:
        # wrapper fix: the transport sets may_have_succeeded on a create answered 2xx with an unreadable body (the
        # call most likely exists), but the message did not say so, unlike every other error that sets it.
        return super().__str__() + (MAY_HAVE_SUCCEEDED if self.may_have_succeeded else "")


class APIError(TwilioCallsError):
    """The API answered with an error status. Subclasses narrow it down by status.

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
    ) -> None:
        self.status = status
        self.retry_after = retry_after
        self.code = code
        self.message = message
        self.more_info = more_info
        self.method = method
        self.path = path
        self.may_have_succeeded = may_have_succeeded
        super().__init__(message)

    def __str__(self) -> str:
        code = f" (error {self.code})" if self.code is not None else ""
        info = f" See {self.more_info}" if self.more_info else ""
        extra = MAY_HAVE_SUCCEEDED if self.may_have_succeeded else ""
        return f"{self.method} {self.path} -> HTTP {self.status}{code}: {self.message.rstrip('.')}.{info}{extra}"


class BadRequestError(APIError):
    """400: the API refused the parameters (for example 21220, redirecting a call that is not in progress)."""


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
    if status == 400:
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
