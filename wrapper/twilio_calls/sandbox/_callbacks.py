"""Status callbacks: signed like Twilio's, posted from background threads (each call's in order), loopback URLs only.

A receiver's redirect is never followed (a 3xx is recorded as the receiver's answer): following it could send
a signed request to any address, and the loopback rule must hold for every hop, not only the first.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from collections import deque
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


_KEPT_BODY = 64 * 1024  # of a receiver's answer, for the Events log


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hands a 3xx back as the answer (an HTTPError) instead of following it."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class CallbackDispatcher:
    """Sends callbacks on background threads, never on the thread that answers API requests.

    The callbacks about one call (one CallSid) go out one at a time, in the order they were queued, as a
    receiver expects a call's events; those of different calls go out side by side, so one slow receiver
    holds back only its own call's callbacks. At most `workers` are in flight at once.
    """

    def __init__(
        self,
        auth_token: str,
        timeout: float = 5.0,
        signature_headers: tuple[str, ...] = ("X-Twilio-Signature",),
        workers: int = 16,
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self._auth_token = auth_token
        self._signature_headers = signature_headers
        self._timeout = timeout
        self._max_workers = workers
        self._state = threading.Condition()
        self._lanes: dict[str, deque[_Job]] = {}  # per call, its queued callbacks; present while it has any
        self._ready: deque[str] = deque()  # lanes with a callback to send and no worker on them
        self._workers: list[threading.Thread] = []
        self._idle = 0
        self._closing = False
        self._pending = 0
        self.deliveries: list[Delivery] = []
        # Told of each delivery before it counts as done, so wait_idle() also waits for them (the Events log).
        self.observers: list[Callable[[Delivery], None]] = []
        # Loopback only, so environment proxies must not be used even when http_proxy is set.
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirects())

    def send(self, url: str, method: str, params: dict[str, str]) -> None:
        """Queue one callback; its lane is its CallSid (callbacks without one share a lane)."""
        key = params.get("CallSid", "")
        with self._state:
            if self._closing:  # the sandbox is stopping: recorded as not sent rather than lost
                self.deliveries.append(Delivery(url, method, params, "", error="not sent: the sandbox stopped"))
                return
            self._pending += 1
            lane = self._lanes.get(key)
            if lane is not None:  # the lane is queued or being sent: its worker takes this one in turn
                lane.append(_Job(url, method, params))
                return
            self._lanes[key] = deque([_Job(url, method, params)])
            self._ready.append(key)
            if len(self._ready) > self._idle and len(self._workers) < self._max_workers:
                worker = threading.Thread(target=self._run, name="twilio-calls-sandbox-callbacks", daemon=True)
                self._workers.append(worker)
                worker.start()
            else:
                self._state.notify()

    def wait_idle(self, timeout: float) -> bool:
        """Block until every queued callback has been attempted; False if `timeout` passed first."""
        with self._state:
            return self._state.wait_for(lambda: self._pending == 0, timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Send what is queued (within `timeout` seconds in all), then stop the workers."""
        with self._state:
            self._closing = True
            self._state.notify_all()
            workers = list(self._workers)
        deadline = time.monotonic() + timeout
        for worker in workers:
            worker.join(max(deadline - time.monotonic(), 0.0))

    def _run(self) -> None:
        while True:
            with self._state:
                self._idle += 1
                while not self._ready and not self._closing:
                    self._state.wait()
                self._idle -= 1
                if not self._ready:
                    return  # closing, and nothing left to send
                key = self._ready.popleft()
                job = self._lanes[key][0]
            delivery = self._deliver(job)
            for observer in self.observers:
                observer(delivery)
            with self._state:
                lane = self._lanes[key]
                lane.popleft()
                if lane:
                    self._ready.append(key)  # behind the other ready lanes: a busy call does not starve them
                else:
                    del self._lanes[key]
                self.deliveries.append(delivery)
                self._pending -= 1
                self._state.notify_all()

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
