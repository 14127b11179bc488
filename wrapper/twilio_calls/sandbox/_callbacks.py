"""Status callbacks: signed like Twilio's, posted from one background thread, loopback URLs only.

A receiver's redirect is never followed (a 3xx is recorded as the receiver's answer): following it could send
a signed request to any address, and the loopback rule must hold for every hop, not only the first.
"""

from __future__ import annotations

import queue
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlencode, urlsplit

from .._validation import is_loopback
from ..webhooks import compute_signature

__all__ = ["CallbackDispatcher", "Delivery", "is_loopback_url"]


def is_loopback_url(url: str) -> bool:
    """Whether `url` names this machine by a loopback address or `localhost` (no DNS lookup)."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return host is not None and is_loopback(host)


@dataclass(frozen=True)
class Delivery:
    """One status callback the sandbox sent: where, what, and how the receiver answered."""

    url: str
    method: str
    params: dict[str, str]
    signature: str
    status_code: int | None = None
    error: str | None = None
    # What the receiver answered, for the call's Events log (sandbox/_calllog.py).
    content_type: str | None = None
    response_body: str | None = None
    duration_ms: int | None = None


@dataclass(frozen=True)
class _Job:
    url: str
    method: str
    params: dict[str, str]


_STOP = object()
_KEPT_BODY = 64 * 1024  # of a receiver's answer, for the Events log


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hands a 3xx back as the answer (an HTTPError) instead of following it."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class CallbackDispatcher:
    """Sends callbacks in the order they were queued, never on the thread that answers API requests."""

    def __init__(
        self, auth_token: str, timeout: float = 5.0, signature_headers: tuple[str, ...] = ("X-Twilio-Signature",)
    ) -> None:
        self._auth_token = auth_token
        self._signature_headers = signature_headers
        self._timeout = timeout
        self._jobs: queue.Queue[object] = queue.Queue()
        self._done = threading.Condition()
        self._pending = 0
        self.deliveries: list[Delivery] = []
        # Told of each delivery before it counts as done, so wait_idle() also waits for them (the Events log).
        self.observers: list[Callable[[Delivery], None]] = []
        # Loopback only, so environment proxies must not be used even when http_proxy is set.
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirects())
        self._thread = threading.Thread(target=self._run, name="twilio-calls-sandbox-callbacks", daemon=True)
        self._thread.start()

    def send(self, url: str, method: str, params: dict[str, str]) -> None:
        with self._done:
            self._pending += 1
        self._jobs.put(_Job(url, method, params))

    def wait_idle(self, timeout: float) -> bool:
        """Block until every queued callback has been attempted; False if `timeout` passed first."""
        with self._done:
            return self._done.wait_for(lambda: self._pending == 0, timeout)

    def close(self, timeout: float = 5.0) -> None:
        self._jobs.put(_STOP)
        self._thread.join(timeout)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not _STOP:
            assert isinstance(job, _Job)
            delivery = self._deliver(job)
            for observer in self.observers:
                observer(delivery)
            with self._done:
                self.deliveries.append(delivery)
                self._pending -= 1
                self._done.notify_all()

    def _deliver(self, job: _Job) -> Delivery:
        if not is_loopback_url(job.url):  # checked at create already; again here, right before anything is sent
            return Delivery(job.url, job.method, job.params, "", error="refused: not a loopback URL")
        query = urlencode(job.params)
        if job.method == "GET":
            # Twilio signs the full URL of a GET callback, query included, with no separate parameters.
            url = job.url + ("&" if urlsplit(job.url).query else "?") + query
            body, signed_params = None, {}
        else:
            url, body, signed_params = job.url, query.encode(), job.params
        signature = compute_signature(self._auth_token, url, signed_params)
        request = urllib.request.Request(url, data=body, method=job.method)
        for header in self._signature_headers:
            request.add_header(header, signature)
        request.add_header("User-Agent", "TwilioProxy/1.1 (twilio-calls sandbox)")
        if body is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        started = time.monotonic()

        def answered(status: int, headers: Message, body: bytes) -> Delivery:
            elapsed = int((time.monotonic() - started) * 1000)
            text = body[:_KEPT_BODY].decode("utf-8", "replace")
            kind = headers.get("Content-Type")
            return Delivery(job.url, job.method, job.params, signature, status, None, kind, text, elapsed)

        try:
            with self._opener.open(request, timeout=self._timeout) as response:
                return answered(response.status, response.headers, response.read(_KEPT_BODY))
        except urllib.error.HTTPError as exc:
            with exc:
                return answered(exc.code, exc.headers, exc.read(_KEPT_BODY))
        except (OSError, ValueError) as exc:
            return Delivery(job.url, job.method, job.params, signature, error=f"{type(exc).__name__}: {exc}")
