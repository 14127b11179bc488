"""A call's life in the sandbox: queued -> ringing -> in-progress -> completed, or an early end.

The To number scripts the outcome (see `outcome_for`); `Timing` says how long each phase lasts.
Everything here is pure bookkeeping on one `CallRecord`; locking and callbacks live in the store.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

__all__ = ["LIVE", "CallRecord", "Outcome", "Timing", "apply", "next_step", "outcome_for"]

LIVE = frozenset({"queued", "ringing", "in-progress"})


class Outcome(enum.Enum):
    """How the far end reacts, chosen by the last four digits of To."""

    ANSWER = "answer"
    BUSY = "busy"
    NO_ANSWER = "no-answer"
    FAILED = "failed"


# Magic endings of the To number. Anything else answers.
OUTCOME_SUFFIXES: dict[str, Outcome] = {
    "0002": Outcome.BUSY,
    "0003": Outcome.NO_ANSWER,
    "0004": Outcome.FAILED,
}


def outcome_for(to: str) -> Outcome:
    """Busy for a To ending in 0002, no-answer for 0003, failed for 0004; answered otherwise."""
    return OUTCOME_SUFFIXES.get(to[-4:], Outcome.ANSWER)


@dataclass(frozen=True)
class Timing:
    """Seconds each phase lasts before the call moves on by itself.

    `talk=None` keeps answered calls in progress until they are hung up through the API. A call whose
    Timeout is shorter than `ring` ends as no-answer after Timeout seconds, as on the real network; a
    no-answer call rings for its whole Timeout (60 seconds unless the create said otherwise).
    """

    queue: float = 1.0
    ring: float = 3.0
    talk: float | None = 10.0

    def __post_init__(self) -> None:
        for name in ("queue", "ring", "talk"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"Timing.{name} must not be negative, got {value}")


@dataclass
class CallRecord:
    """Everything the sandbox knows about one call."""

    sid: str
    account_sid: str
    to: str
    from_: str
    created: datetime
    outcome: Outcome
    timeout: int = 60
    time_limit: int | None = None
    machine_detection: bool = False
    status_callback: str | None = None
    status_callback_method: str = "POST"
    status_callback_events: frozenset[str] = frozenset()
    instructions: list[str] = field(default_factory=list)
    status: str = "queued"
    updated: datetime | None = None
    start_time: datetime | None = None
    answered_at: datetime | None = None
    end_time: datetime | None = None
    duration: int | None = None
    price: Decimal | None = None
    answered_by: str | None = None
    queue_time_ms: int = 0
    callback_sequence: int = 0
    seq: int = 0

    @property
    def live(self) -> bool:
        return self.status in LIVE


def next_step(call: CallRecord, timing: Timing) -> tuple[datetime, str] | None:
    """When the call next changes by itself, and into which status; None if it never will."""
    if call.status == "queued":
        return call.created + timedelta(seconds=timing.queue), (
            "failed" if call.outcome is Outcome.FAILED else "ringing"
        )
    if call.status == "ringing" and call.start_time is not None:
        if call.outcome is Outcome.NO_ANSWER or timing.ring > call.timeout:
            return call.start_time + timedelta(seconds=call.timeout), "no-answer"
        final = "busy" if call.outcome is Outcome.BUSY else "in-progress"
        return call.start_time + timedelta(seconds=timing.ring), final
    if call.status == "in-progress" and call.answered_at is not None:
        limits = [s for s in (timing.talk, call.time_limit) if s is not None]
        if not limits:
            return None
        return call.answered_at + timedelta(seconds=min(limits)), "completed"
    return None


def apply(call: CallRecord, status: str, at: datetime, price_per_minute: Decimal) -> list[str]:
    """Move `call` into `status` at time `at`; returns the status-callback events this fires, in order."""
    previous, call.status, call.updated = call.status, status, at
    events: list[str] = []
    if previous == "queued" and status in ("ringing", "failed"):
        call.start_time = at
        call.queue_time_ms = int((at - call.created).total_seconds() * 1000)
        events.append("initiated")
    if status == "ringing":
        events.append("ringing")
    elif status == "in-progress":
        call.answered_at = at
        call.answered_by = "human" if call.machine_detection else None
        events.append("answered")
    elif status not in LIVE:
        call.end_time = at
        # Timed from the answer, as the call is billed; a call nobody answered (busy, no-answer, failed,
        # canceled) lasted 0 seconds and costs nothing: Twilio sends "0" there, not null.
        call.duration = 0
        if call.answered_at is not None:
            call.duration = int((at - call.answered_at).total_seconds())
            call.price = _price(call.duration, price_per_minute)
        events.append("completed")
    return events


def _price(duration: int, per_minute: Decimal) -> Decimal:
    # Billed per started minute, at least one once answered; a charge, so negative as Twilio reports it.
    minutes = max(1, math.ceil(duration / 60))
    return -(per_minute * minutes)
