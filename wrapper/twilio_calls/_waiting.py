"""wait_for(): poll a call until it reaches a status, with backoff, on real time or a sandbox's clock.

Status callbacks beat polling in production (README): this is for scripts, tests and the CLI. On a sandbox with
a ManualClock (sandbox.client(), or any client pointed at a running one) the wait advances the sandbox's clock
instead of sleeping, so tests take no real time.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._exceptions import ValidationError, WaitTimeoutError

if TYPE_CHECKING:
    from ._models import Call

BACKOFF = 1.5
MAX_INTERVAL = 15.0


def _value(status: object) -> object:
    return getattr(status, "value", status)


class Wait:
    """One wait_for(): the statuses wanted, the deadline, and how long to sleep before the next poll. A call
    in a final state (the document's x-final-values of CallStatus) ends the wait too; with no statuses given,
    only a final state does."""

    def __init__(
        self, client: Any, sid: str, statuses: tuple[object, ...], timeout: float, poll_interval: float
    ) -> None:
        known, self.final = client._plans().call_statuses()
        # No statuses: wait for the call to end, in any final state (README); named in a timeout's message.
        wanted = tuple(str(_value(status)) for status in statuses) or tuple(s for s in known if s in self.final)
        for status in wanted:
            if status not in known:
                raise ValidationError("statuses", f"expected call statuses ({', '.join(known)}), got {status!r}")
        for name, value in (("timeout", timeout), ("poll_interval", poll_interval)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < float("inf"):
                raise ValidationError(name, f"expected seconds > 0, got {value!r}")
        self.sid = sid
        self.wanted = wanted
        self.timeout = float(timeout)
        self.interval = float(poll_interval)
        waiter = vars(client).get("_sandbox_waiter")
        waiting_module = sys.modules.get("twilio_calls.sandbox._waiting")  # loaded only where a sandbox runs
        if waiter is None and waiting_module is not None:
            waiter = waiting_module.waiter_for(client.base_url)
        self.waiter = waiter
        self._clock: Callable[[], float] = waiter.monotonic if waiter is not None else time.monotonic
        self.deadline = self._clock() + self.timeout
        self.last_status: object = None

    def done(self, call: Call) -> bool:
        """The call reached a wanted status, or a final one (returned as it is: the caller reads its status)."""
        self.last_status = call.status
        status = _value(call.status)
        return status in self.wanted or status in self.final

    def next_delay(self) -> float:
        """Seconds until the next poll; WaitTimeoutError when the deadline has passed."""
        remaining = self.deadline - self._clock()
        if remaining <= 0:
            raise WaitTimeoutError(self.sid, self.wanted, self.last_status, self.timeout)
        delay = min(self.interval, MAX_INTERVAL, remaining)
        self.interval *= BACKOFF
        return delay

    def sleep(self, seconds: float) -> None:
        if self.waiter is not None:
            self.waiter.sleep(seconds)
        else:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        if self.waiter is not None:
            await self.waiter.asleep(seconds)
        else:
            import asyncio

            await asyncio.sleep(seconds)
