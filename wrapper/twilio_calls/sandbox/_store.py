"""The sandbox's calls, behind one lock: the five operations plus time-driven progress."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from twilio_calls_api.models import CallStatus
from twilio_calls_api.surface import PROVIDERS

from . import _errors as codes
from ._addresses import require_callable
from ._callback_params import callback_params
from ._callbacks import CallbackDispatcher, is_loopback_url
from ._clock import Clock
from ._errors import ApiError, invalid, not_found
from ._form import Form
from ._lifecycle import LIVE, CallRecord, Timing, apply, next_step, outcome_for
from ._listing import list_page
from ._provider import PROFILES, Profile
from ._render import call_body, call_path
from ._rules import check, operation

__all__ = ["CallStore"]

_STATUSES = frozenset(status.value for status in CallStatus)


class CallStore:
    """Creates, reads, changes and deletes calls, and moves them along as the clock advances."""

    def __init__(
        self,
        account_sid: str,
        clock: Clock,
        timing: Timing,
        price_per_minute: Decimal,
        dispatcher: CallbackDispatcher,
        on_change: Callable[[], None] = lambda: None,
        profile: Profile = PROFILES[PROVIDERS[0]],
    ) -> None:
        self.account_sid = account_sid
        self.profile = profile
        self._clock = clock
        self._timing = timing
        self._price_per_minute = price_per_minute
        self._dispatcher = dispatcher
        self._on_change = on_change  # told when a call gets a new schedule, so a waiting ticker re-plans
        self._lock = threading.RLock()
        self._calls: dict[str, CallRecord] = {}  # insertion order is creation order
        self._seq_of: dict[str, int] = {}  # kept after deletion, so old page tokens still resolve
        self._on_end: list[Callable[[CallRecord, datetime], None]] = []  # see "for the subresources" below

    # -- time -----------------------------------------------------------------------------------------

    def pump(self) -> datetime | None:
        """Apply every step that is due, oldest first; return when the next one falls due (None: never)."""
        with self._lock:
            now = self._clock.now()
            while True:
                upcoming: list[tuple[datetime, int, CallRecord, str]] = []
                for call in self._live():
                    step = next_step(call, self._timing)
                    if step is not None:
                        upcoming.append((step[0], call.seq, call, step[1]))
                if not upcoming:
                    return None
                due, _, call, status = min(upcoming, key=lambda item: (item[0], item[1]))
                if due > now:
                    return due
                self._move(call, status, due)

    def advance(self, sid: str, until: str | None = None) -> str:
        """Move a call to its next phase now (or through phases until it reaches `until`); returns its status."""
        if until is not None and until not in _STATUSES:
            raise ValueError(f"until must be one of {', '.join(sorted(_STATUSES))}, got {until!r}")
        with self._lock:
            self.pump()
            call = self._get(sid)
            if not call.live:
                if until == call.status:
                    return call.status
                raise ValueError(f"call {sid} has already ended ({call.status})")
            while True:
                step = next_step(call, self._timing)
                self._move(call, step[1] if step else "completed", self._clock.now())
                if until is None or call.status == until:
                    return call.status
                if not call.live:
                    raise ValueError(f"call {sid} ended as {call.status} without reaching {until}")

    # -- the five operations ----------------------------------------------------------------------------

    def create(self, form: Form) -> dict[str, Any]:
        try:
            check(form, operation("create_call", self.profile.name))
            require_callable(form.get("To") or "")
            callback = form.get("StatusCallback")
            if callback is not None:
                _require_loopback(callback)
        except ApiError as error:
            error.listed = self.profile.lists_errors("create_call")  # SignalWire's create: {"errors": [...]}
            raise
        to, from_ = form.get("To") or "", form.get("From") or ""
        with self._lock:
            self.pump()
            call = CallRecord(
                sid=self.profile.new_call_sid(),
                account_sid=self.account_sid,
                to=to,
                from_=from_,
                created=self._clock.now(),
                outcome=outcome_for(to),
                timeout=int(form.get("Timeout") or 60),
                time_limit=int(limit) if (limit := form.get("TimeLimit")) else None,
                # Twilio ignores MachineDetection when SendDigits is given.
                machine_detection=form.has("MachineDetection") and not form.has("SendDigits"),
                instructions=[_instruction(form)],
                seq=len(self._seq_of),
            )
            call.updated = call.created
            if callback is not None:
                self._set_callback(call, callback, form.get("StatusCallbackMethod"), form.many("StatusCallbackEvent"))
            self._calls[call.sid] = call
            self._seq_of[call.sid] = call.seq
            body = call_body(call, self.profile)
        self._on_change()
        return body

    def fetch(self, sid: str) -> dict[str, Any]:
        with self._lock:
            self.pump()
            return call_body(self._get(sid), self.profile)

    def update(self, sid: str, form: Form) -> dict[str, Any]:
        self._check("update_call", form)
        callback = form.get("StatusCallback")
        if callback is not None:
            _require_loopback(callback)
        with self._lock:
            self.pump()
            call = self._get(sid)
            now = self._clock.now()
            if callback is not None:
                events = sorted(call.status_callback_events)
                self._set_callback(call, callback, form.get("StatusCallbackMethod"), events)
            if limit := form.get("TimeLimit"):
                answered = call.answered_at or now
                call.time_limit = int((now - answered).total_seconds()) + int(limit)
            status = form.get("Status")
            if status is not None:
                self._hang_up(call, status, now)
            elif form.has("Url") or form.has("Twiml"):
                if call.status != "in-progress":
                    raise invalid(codes.INVALID_CALL_STATE, "Call is not in-progress. Cannot redirect.")
                call.instructions.append(_instruction(form))
            call.updated = now
            body = call_body(call, self.profile)
        self._on_change()
        return body

    def delete(self, sid: str) -> None:
        with self._lock:
            self.pump()
            call = self._get(sid)
            if call.live:
                raise ApiError(
                    409,
                    codes.INVALID_CALL_STATE,
                    f"Call is {call.status}; only a call that has ended can be deleted. "
                    "End it first with Status=completed.",
                )
            del self._calls[sid]

    def list_calls(self, form: Form) -> dict[str, Any]:
        self._check("list_calls", form)
        with self._lock:
            self.pump()
            newest_first = list(reversed(self._calls.values()))
            return list_page(form, self.account_sid, newest_first, self._seq_of, self.profile)

    # -- for the subresources (sandbox/_subresources.py) -------------------------------------------------

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def dispatcher(self) -> CallbackDispatcher:
        return self._dispatcher

    def call(self, sid: str) -> CallRecord:
        """The call as it is now (due steps applied); 404 if there is none. Hold `lock` while using it."""
        with self._lock:
            self.pump()
            return self._get(sid)

    def on_call_end(self, listener: Callable[[CallRecord, datetime], None]) -> None:
        """Have `listener(call, when)` told (under the lock) each time a call ends."""
        self._on_end.append(listener)

    # -- helpers -----------------------------------------------------------------------------------------

    def _check(self, operation_id: str, form: Form) -> None:
        """The provider's rules for the operation, its refusals shaped as the provider shapes them."""
        try:
            check(form, operation(operation_id, self.profile.name))
        except ApiError as error:
            error.listed = self.profile.lists_errors(operation_id)
            raise

    def instructions(self, sid: str) -> list[str]:
        with self._lock:
            return list(self._get(sid).instructions)

    def _live(self) -> list[CallRecord]:
        return [call for call in self._calls.values() if call.status in LIVE]

    def _get(self, sid: str) -> CallRecord:
        call = self._calls.get(sid)
        if call is None:
            raise not_found(self.profile.prefix + call_path(self.account_sid, sid))
        return call

    def _hang_up(self, call: CallRecord, status: str, now: datetime) -> None:
        # canceled ends a call only before it is answered and leaves an answered call alone (Modifying Live
        # Calls); completed ends it in any live state. Ended before answering, a call counts as canceled.
        if call.status in ("queued", "ringing"):
            self._move(call, "canceled", now)
        elif call.status == "in-progress" and status == "completed":
            self._move(call, "completed", now)

    def _move(self, call: CallRecord, status: str, at: datetime) -> None:
        for event in apply(call, status, at, self._price_per_minute):
            self._notify(call, event, at)
        if not call.live:
            for listener in self._on_end:  # recordings, streams... stop with the call (sandbox/_subresources.py)
                listener(call, at)

    def _set_callback(self, call: CallRecord, url: str, method: str | None, events: list[str]) -> None:
        call.status_callback = url
        call.status_callback_method = method or "POST"
        # With no events named, Twilio reports only the end of the call.
        call.status_callback_events = frozenset(events or ["completed"])

    def _notify(self, call: CallRecord, event: str, at: datetime) -> None:
        if call.status_callback is None or event not in call.status_callback_events:
            return
        params = callback_params(call, event, at)
        call.callback_sequence += 1
        self._dispatcher.send(call.status_callback, call.status_callback_method, params)


def _instruction(form: Form) -> str:
    """What the call was told to run: the Url, the inline Twiml, or the application."""
    for name in ("Url", "Twiml", "ApplicationSid"):
        value = form.get(name)
        if value is not None:
            return value
    return ""


def _require_loopback(url: str) -> None:
    if not is_loopback_url(url):
        raise invalid(
            codes.INVALID_STATUS_CALLBACK,
            "Invalid StatusCallback: the sandbox only calls loopback addresses (127.0.0.1, ::1, localhost), "
            f"not {url!r}",
        )
