"""Clocks the sandbox reads time from: the real one, or a manual one that tests move by hand."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

__all__ = ["Clock", "ManualClock", "SystemClock"]


class Clock(Protocol):
    """Anything that tells the current time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """Wall-clock time; calls move through their phases on their own."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class ManualClock:
    """Time that stands still until `advance()` or `set()` moves it.

    It starts at the current time (UTC, whole seconds, as Twilio writes dates), so calls made in a test are
    "today" for date filters; pass `start` (an aware datetime) to pin another moment, such as
    `ManualClock(start=datetime(2030, 1, 7, 9, 0, tzinfo=UTC))` for dates a test can spell out.

    Moving it runs every lifecycle step that has come due (and queues their status callbacks) before
    returning, so a test can assert on the new state right away.
    """

    def __init__(self, start: datetime | None = None) -> None:
        if start is None:
            start = datetime.now(UTC).replace(microsecond=0)
        if start.tzinfo is None:
            raise ValueError("ManualClock start must be timezone-aware")
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], object]] = []

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> datetime:
        """Move time forward by `seconds` (not backwards) and return the new time."""
        if seconds < 0:
            raise ValueError(f"seconds must not be negative, got {seconds}")
        with self._lock:
            self._now += timedelta(seconds=seconds)
            now = self._now
        self._notify()
        return now

    def set(self, when: datetime) -> None:
        """Jump to `when`, which must not be earlier than the current time."""
        if when.tzinfo is None:
            raise ValueError("when must be timezone-aware")
        with self._lock:
            if when < self._now:
                raise ValueError("a ManualClock does not go backwards")
            self._now = when.astimezone(UTC)
        self._notify()

    def subscribe(self, listener: Callable[[], object]) -> Callable[[], None]:
        """Call `listener` after every move; returns a function that unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _notify(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener()

    def __repr__(self) -> str:
        return f"ManualClock(now={self.now().isoformat()})"
