"""pytest plugin (entry point `pytest11`): the `calls_sandbox` fixture for testing apps that place calls.

    def test_my_dialer(calls_sandbox):
        client = calls_sandbox.client()               # a CallsClient signed in to the sandbox
        call = client.create(to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
        calls_sandbox.advance_time(1)                  # time only moves when the test says so
        calls_sandbox.advance(call.sid, until="in-progress")

The sandbox runs on 127.0.0.1 with a ManualClock and is stopped (its clients closed) when the test ends.
The clock starts at the current time (UTC, whole seconds), so a call made in the test started "today" for
date filters such as `client.list(started_on=datetime.now(UTC).date())`. Override the `calls_sandbox_options`
fixture (in a test module or a conftest.py) to pass other Sandbox arguments, a pinned start among them:

    @pytest.fixture
    def calls_sandbox_options():
        return {"clock": ManualClock(start=datetime(2030, 1, 7, 9, 0, tzinfo=UTC)), "timing": Timing(ring=5)}

Loading the plugin imports only the twilio_calls package itself; the sandbox is imported when a test asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from twilio_calls.sandbox import Sandbox

__all__ = ["calls_sandbox", "calls_sandbox_options"]


@pytest.fixture
def calls_sandbox_options() -> dict[str, Any]:
    """Keyword arguments for the Sandbox behind `calls_sandbox`; override it to change them."""
    return {}


@pytest.fixture
def calls_sandbox(calls_sandbox_options: dict[str, Any]) -> Iterator[Sandbox]:
    """A running Sandbox on a ManualClock that starts now; `calls_sandbox.client()` gives a ready CallsClient."""
    from twilio_calls.sandbox import ManualClock, Sandbox

    options = {"clock": ManualClock(), **calls_sandbox_options}
    with Sandbox(**options) as sandbox:
        yield sandbox
