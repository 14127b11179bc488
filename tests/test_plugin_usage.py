"""The calls_sandbox fixture, used the way an app's own test suite would use it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

from twilio_calls import CallsClient, CallStatus
from twilio_calls.sandbox import CallbackReceiver, ReceivedCallback, Sandbox
from twilio_calls.webhooks import CallStatusEvent, parse_status_callback, validate_signature


class ReminderApp:
    """A stand-in for an application: it phones people and keeps what genuine status callbacks tell it."""

    def __init__(self, client: CallsClient, auth_token: str, callback_url: str) -> None:
        self.client, self.auth_token, self.callback_url = client, auth_token, callback_url
        self.events: list[CallStatusEvent] = []
        self.rejected = 0

    def remind(self, number: str) -> str:
        call = self.client.create(
            to=number,
            from_="+15017122661",
            twiml="<Response><Say>Your appointment is tomorrow.</Say></Response>",
            status_callback=self.callback_url,
            status_callback_event=["answered", "completed"],
        )
        return call.sid or ""

    def on_status_callback(self, request: ReceivedCallback) -> None:  # the app's webhook view
        if not validate_signature(self.auth_token, request.url, request.params, request.signature):
            self.rejected += 1
            return
        self.events.append(parse_status_callback(request.params))


def test_a_reminder_call_is_answered_and_reported(calls_sandbox: Sandbox) -> None:
    with CallbackReceiver() as receiver:
        app = ReminderApp(calls_sandbox.client(), calls_sandbox.auth_token, receiver.url)
        receiver_hook = app.on_status_callback
        sid = app.remind("+15558675310")
        calls_sandbox.advance(sid, until="in-progress")
        calls_sandbox.advance_time(30)
        calls_sandbox.wait_for_callbacks()
        for request in receiver.wait_for(2):
            receiver_hook(request)
    assert app.rejected == 0
    assert [(event.call_sid, event.call_status) for event in app.events] == [
        (sid, CallStatus.IN_PROGRESS),
        (sid, CallStatus.COMPLETED),
    ]
    assert app.events[-1].call_duration == 10  # Timing().talk: the callee hangs up after ten seconds


def test_a_busy_number_is_reported_as_busy(calls_sandbox: Sandbox) -> None:
    with CallbackReceiver() as receiver:
        app = ReminderApp(calls_sandbox.client(), calls_sandbox.auth_token, receiver.url)
        sid = app.remind("+15558670002")  # ends in 0002: the sandbox answers busy
        calls_sandbox.advance_time(60)
        for request in receiver.wait_for(1):
            app.on_status_callback(request)
    assert [event.call_status for event in app.events] == [CallStatus.BUSY]
    assert app.client.fetch(sid).status == CallStatus.BUSY


def test_the_fixture_clock_starts_now_so_todays_calls_are_found(calls_sandbox: Sandbox) -> None:
    started = calls_sandbox.clock.now()
    assert timedelta(0) <= datetime.now(UTC) - started < timedelta(seconds=5)  # not 2030, not an hour off
    assert started.microsecond == 0  # whole seconds, as Twilio writes dates
    client = calls_sandbox.client()
    call = client.create(to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
    calls_sandbox.advance(call.sid, until="completed")
    today = datetime.now(UTC).date()
    assert [c.sid for c in client.list(started_on=today, status="completed")] == [call.sid]
    assert list(client.list(started_before=today - timedelta(days=1))) == []


def test_a_forged_callback_is_turned_away(calls_sandbox: Sandbox) -> None:
    app = ReminderApp(calls_sandbox.client(), "not-the-sandbox-token", "http://127.0.0.1:9/unused")
    forged = ReceivedCallback("POST", "http://127.0.0.1:9/unused", {"CallSid": "CA" + "1" * 32}, "bm9wZQ==")
    app.on_status_callback(forged)
    assert app.rejected == 1 and app.events == []


APP_TESTS = """
import httpx
import pytest

from datetime import UTC, datetime

from twilio_calls import CallStatus, TwilioCallsError
from twilio_calls.sandbox import ManualClock, Timing

used = []


@pytest.fixture
def calls_sandbox_options():
    return {"timing": Timing(queue=5), "clock": ManualClock(start=datetime(2030, 1, 7, 9, 0, tzinfo=UTC))}


def test_the_fixture_gives_a_running_sandbox_and_client(calls_sandbox):
    client = calls_sandbox.client()
    call = client.create(to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
    assert call.date_created == datetime(2030, 1, 7, 9, 0, tzinfo=UTC)  # the pinned start
    calls_sandbox.clock.advance(4)
    assert client.fetch(call.sid).status == CallStatus.QUEUED  # queue=5 from calls_sandbox_options
    calls_sandbox.clock.advance(1)
    assert client.fetch(call.sid).status == CallStatus.RINGING
    used.append((calls_sandbox, client, calls_sandbox.url))


def test_teardown_stopped_that_sandbox_and_closed_its_client():
    sandbox, client, url = used[0]
    assert not sandbox.running
    with pytest.raises(TwilioCallsError, match="client is closed"):
        client.fetch("CA" + "0" * 32)
    with pytest.raises(httpx.TransportError):
        httpx.get(url + "/2010-04-01/Accounts", timeout=5)
"""


def test_an_apps_own_suite_gets_the_fixture_from_the_entry_point(tmp_path: Path) -> None:
    (tmp_path / "test_app_calls.py").write_text(textwrap.dedent(APP_TESTS))
    env = {name: value for name, value in os.environ.items() if not name.startswith(("TWILIO", "PYTEST"))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_app_calls.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
