"""How a client waits on a sandbox call without sleeping: by moving the sandbox's ManualClock.

A polling helper such as `client.wait_for(sid, *statuses, timeout=..., poll_interval=...)` needs two things
from "time": how much has passed (for its timeout) and a way to let some pass (between polls). Against Twilio,
or a sandbox on the system clock, those are `time.monotonic()` and `time.sleep()`. Against a sandbox on a
`ManualClock`, real time changes nothing, so the sandbox hands its clients a `SandboxWaiter` instead:

    waiter.monotonic() -> float          seconds on the sandbox's clock (timeouts count sandbox seconds)
    waiter.sleep(seconds) -> float       moves the clock forward and returns how far it moved
    await waiter.asleep(seconds) -> float   the same, then yields to the event loop once

`sleep` moves the clock by `seconds` or less: never past the sandbox's next lifecycle step, so a poll after
each sleep sees every status a call passes through (ringing is not skipped on the way to in-progress), and a
caller should re-read `monotonic()` rather than add up what it asked for. A zero or negative `seconds` moves
nothing. The clock is the whole sandbox's: every call in it moves on, and due status callbacks are queued.

Where a client gets one:

- `Sandbox.client()` and `Sandbox.async_client()` set it on the client they build, as `client._sandbox_waiter`
  (None when the sandbox runs on the system clock);
- any other client (an app that builds its own `CallsClient(base_url=sandbox.url)`) can look it up by its base
  URL with `waiter_for(client.base_url)`: a running in-process sandbox on a ManualClock registers itself while
  it runs. A client that finds this module absent from `sys.modules` knows no sandbox runs in this process and
  need not import it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from ._clock import ManualClock

__all__ = ["SandboxWaiter", "register", "waiter_for"]

_LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost"})


class SandboxWaiter:
    """Time as a client polling a ManualClock sandbox should see it (see the module docstring)."""

    def __init__(self, clock: ManualClock, next_due: Callable[[], datetime | None]) -> None:
        self._clock = clock
        self._next_due = next_due  # when the sandbox's next lifecycle step falls due; None: nothing scheduled

    @property
    def clock(self) -> ManualClock:
        return self._clock

    def monotonic(self) -> float:
        """Seconds on the sandbox's clock; it never goes backwards."""
        return self._clock.now().timestamp()

    def sleep(self, seconds: float) -> float:
        """Move the sandbox's clock forward by `seconds`, stopping at its next lifecycle step; returns the move."""
        if not seconds > 0:  # also refuses NaN
            return 0.0
        step = timedelta(seconds=seconds)
        now, due = self._clock.now(), self._next_due()
        if due is not None and now < due < now + step:
            step = due - now
        self._clock.advance(step.total_seconds())
        return step.total_seconds()

    async def asleep(self, seconds: float) -> float:
        """`sleep`, then one turn of the event loop so that other tasks run as they would during a real sleep."""
        moved = self.sleep(seconds)
        await asyncio.sleep(0)
        return moved

    def __repr__(self) -> str:
        return f"SandboxWaiter({self._clock!r})"


_lock = threading.Lock()
_running: dict[tuple[str, int], SandboxWaiter] = {}


def _address(url: str) -> tuple[str, int] | None:
    try:
        parts = urlsplit(url)
        host, port = (parts.hostname or "").lower(), parts.port
    except ValueError:
        return None
    if host not in _LOOPBACK_NAMES or port is None or parts.scheme != "http":
        return None
    return "127.0.0.1", port


def register(url: str, waiter: SandboxWaiter) -> Callable[[], None]:
    """Make `waiter_for(url)` answer `waiter` (the sandbox at `url` is running); returns the unregister call."""
    address = _address(url)
    if address is None:
        raise ValueError(f"a sandbox URL is http://127.0.0.1:PORT, not {url!r}")
    with _lock:
        _running[address] = waiter

    def unregister() -> None:
        with _lock:
            if _running.get(address) is waiter:
                del _running[address]

    return unregister


def waiter_for(base_url: str) -> SandboxWaiter | None:
    """The waiter of the ManualClock sandbox running in this process at `base_url`, else None (wait in real time).

    `localhost` and `127.0.0.1` are the same host here; a trailing slash or path does not matter.
    """
    address = _address(base_url)
    if address is None:
        return None
    with _lock:
        return _running.get(address)
