"""Refusals on demand, for exercising clients' retry logic: a request rate limit and scripted failures."""

from __future__ import annotations

import math
import threading
import time
from collections import deque

from . import _errors as codes
from ._errors import ApiError

__all__ = ["RequestLimiter"]

_MESSAGES = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


class RequestLimiter:
    """Admits a request or raises the ApiError it should be refused with.

    `per_second` caps requests in any one-second window (measured on the real monotonic clock, whatever
    clock drives the calls); `fail_next` makes the next few requests fail with a chosen status.
    """

    def __init__(self, per_second: int | None = None) -> None:
        if per_second is not None and per_second < 1:
            raise ValueError(f"rate_limit must be at least 1 request per second, got {per_second}")
        self._per_second = per_second
        self._recent: deque[float] = deque()
        self._scripted: deque[tuple[int, int]] = deque()
        self._lock = threading.Lock()

    def fail_next(self, count: int, status: int, retry_after: int) -> None:
        if status not in _MESSAGES:
            raise ValueError(f"status must be one of {sorted(_MESSAGES)}, got {status}")
        if count < 0 or retry_after < 0:
            raise ValueError("count and retry_after must not be negative")
        with self._lock:
            self._scripted.extend([(status, retry_after)] * count)

    def admit(self) -> None:
        with self._lock:
            if self._scripted:
                status, retry_after = self._scripted.popleft()
                raise _refusal(status, retry_after)
            if self._per_second is None:
                return
            now = time.monotonic()
            while self._recent and self._recent[0] <= now - 1.0:
                self._recent.popleft()
            if len(self._recent) >= self._per_second:
                wait = max(1, math.ceil(self._recent[0] + 1.0 - now))
                raise _refusal(429, wait)
            self._recent.append(now)


def _refusal(status: int, retry_after: int) -> ApiError:
    code = codes.TOO_MANY_REQUESTS if status == 429 else codes.INTERNAL
    headers = {"Retry-After": str(retry_after)} if status in (429, 503) else {}
    return ApiError(status, code, _MESSAGES[status], headers)
