"""Call lifecycle in the sandbox, driven through the real CallsClient over 127.0.0.1."""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal

import pytest
from _sandbox_helpers import BUSY_TO, FAILED_TO, FROM, NO_ANSWER_TO, TO, TWIML_URL, manual_clock

from twilio_calls import BadRequestError, CallStatus, ConflictError, NotFoundError, ValidationError
from twilio_calls.sandbox import ManualClock, Sandbox, SystemClock, Timing


@pytest.fixture(params=["twilio", "signalwire"])
def calls_sandbox_options(request: pytest.FixtureRequest) -> dict[str, object]:
    """Every lifecycle test runs against the sandbox of each provider, through a client of that provider."""
    return {"provider": request.param}


def test_answered_call_goes_queued_ringing_in_progress_completed_on_the_clock(calls_sandbox: Sandbox) -> None:
    client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
    created = clock.now()
    call = client.create(to=TO, from_=FROM, url=TWIML_URL)
    assert call.status == CallStatus.QUEUED
    assert call.start_time is None and call.end_time is None and call.duration is None and call.price is None
    assert call.date_created == created

    clock.advance(0.9)
    assert client.fetch(call.sid).status == CallStatus.QUEUED
    clock.advance(0.1)  # Timing().queue == 1
    ringing = client.fetch(call.sid)
    assert ringing.status == CallStatus.RINGING
    assert ringing.start_time == created + timedelta(seconds=1)
    # queue_time is Twilio's field; SignalWire's documents have no such field.
    assert ringing.queue_time == (1000 if calls_sandbox.provider == "twilio" else None)

    clock.advance(3)  # Timing().ring == 3
    assert client.fetch(call.sid).status == CallStatus.IN_PROGRESS
    clock.advance(10)  # Timing().talk == 10
    done = client.fetch(call.sid)
    assert done.status == CallStatus.COMPLETED
    assert done.end_time == created + timedelta(seconds=14)
    assert done.duration == 10  # from the answer (at 4 s) to the end, as the call is billed
    # One started minute at the default rate: Twilio writes a charge as a negative text, SignalWire (whose
    # documents show a positive number) as a positive one.
    assert done.price == (Decimal("-0.014") if calls_sandbox.provider == "twilio" else Decimal("0.014"))
    assert done.price_unit == "USD"


def test_one_big_clock_jump_applies_every_step_at_its_own_time(calls_sandbox: Sandbox) -> None:
    client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
    created = clock.now()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
    clock.advance(3600)
    call = client.fetch(sid)
    assert call.status == CallStatus.COMPLETED
    assert call.start_time == created + timedelta(seconds=1)
    assert call.end_time == created + timedelta(seconds=14)


@pytest.mark.parametrize(
    ("to", "outcome", "rings"),
    [
        (BUSY_TO, CallStatus.BUSY, True),
        (NO_ANSWER_TO, CallStatus.NO_ANSWER, True),
        (FAILED_TO, CallStatus.FAILED, False),
    ],
)
def test_the_to_number_scripts_busy_no_answer_and_failed(
    calls_sandbox: Sandbox, to: str, outcome: CallStatus, rings: bool
) -> None:
    client = calls_sandbox.client()
    call = client.create(to=to, from_=FROM, url=TWIML_URL)
    status = calls_sandbox.advance(call.sid)
    assert status == ("ringing" if rings else "failed")
    if rings:
        assert calls_sandbox.advance(call.sid) == outcome.value
    ended = client.fetch(call.sid)
    assert ended.status == outcome
    assert ended.start_time is not None and ended.end_time is not None
    assert ended.duration == 0 and ended.price is None  # nobody answered: nothing to time or charge
    assert ended.raw["duration"] == ("0" if calls_sandbox.provider == "twilio" else 0)  # as each sends it


def test_no_answer_rings_for_the_whole_timeout(calls_sandbox: Sandbox) -> None:
    client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
    sid = client.create(to=NO_ANSWER_TO, from_=FROM, url=TWIML_URL, timeout=25).sid
    clock.advance(1 + 24)
    assert client.fetch(sid).status == CallStatus.RINGING
    clock.advance(1)
    assert client.fetch(sid).status == CallStatus.NO_ANSWER


def test_a_timeout_shorter_than_the_ring_time_ends_as_no_answer(calls_sandbox: Sandbox) -> None:
    client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL, timeout=2).sid  # Timing().ring == 3
    clock.advance(1 + 2)
    assert client.fetch(sid).status == CallStatus.NO_ANSWER


def test_time_limit_ends_an_answered_call_early(calls_sandbox: Sandbox) -> None:
    client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
    if calls_sandbox.provider == "twilio":
        sid = client.create(to=TO, from_=FROM, url=TWIML_URL, time_limit=4).sid
        calls_sandbox.advance(sid, until="in-progress")
    else:  # SignalWire documents TimeLimit for neither create nor update: refused before anything is sent
        sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
        calls_sandbox.advance(sid, until="in-progress")
        with pytest.raises(ValidationError, match=r"^time_limit: not taken by signalwire \(only by twilio\)$"):
            client.update(sid, time_limit=4)
        client.hangup(sid)
    clock.advance(4)
    assert client.fetch(sid).status == CallStatus.COMPLETED


def test_with_talk_none_calls_last_until_hung_up_and_price_counts_started_minutes() -> None:
    with Sandbox(clock=ManualClock(), timing=Timing(talk=None), price_per_minute="0.02") as sandbox:
        client = sandbox.client()
        sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
        sandbox.advance(sid, until="in-progress")
        manual_clock(sandbox).advance(24 * 3600)
        assert client.fetch(sid).status == CallStatus.IN_PROGRESS
        call = client.hangup(sid)
    assert call.duration == 24 * 3600  # advance() moved it from queued to answered at one instant
    assert call.price == Decimal("-0.02") * 24 * 60
    assert call.raw["price"] == "-28.80000" and call.raw["duration"] == "86400"


def test_advance_until_reports_an_unreachable_status(calls_sandbox: Sandbox) -> None:
    sid = calls_sandbox.client().create(to=BUSY_TO, from_=FROM, url=TWIML_URL).sid
    with pytest.raises(ValueError, match="ended as busy"):
        calls_sandbox.advance(sid, until="in-progress")
    with pytest.raises(ValueError, match="already ended"):
        calls_sandbox.advance(sid)
    with pytest.raises(ValueError, match="until must be one of"):
        calls_sandbox.advance(sid, until="answered")


@pytest.mark.parametrize("state", ["queued", "ringing"])
def test_cancel_ends_a_call_that_is_not_answered_yet(calls_sandbox: Sandbox, state: str) -> None:
    client = calls_sandbox.client()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
    if state == "ringing":
        calls_sandbox.advance(sid)
    call = client.cancel(sid)
    assert call.status == CallStatus.CANCELED
    assert call.end_time is not None and call.duration == 0 and call.price is None
    assert call.raw["duration"] == ("0" if calls_sandbox.provider == "twilio" else 0)
    assert (call.start_time is None) == (state == "queued")  # a queued call was never dialed


def test_cancel_leaves_a_call_in_progress_alone(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
    calls_sandbox.advance(sid, until="in-progress")
    before = client.fetch(sid)
    after = client.cancel(sid)
    assert after.status == CallStatus.IN_PROGRESS
    assert after.end_time is None and after.start_time == before.start_time


@pytest.mark.parametrize(
    ("state", "ends_as"), [("queued", "canceled"), ("ringing", "canceled"), ("in-progress", "completed")]
)
def test_hangup_ends_any_live_call(calls_sandbox: Sandbox, state: str, ends_as: str) -> None:
    client = calls_sandbox.client()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
    if state != "queued":
        calls_sandbox.advance(sid, until=state)
    assert client.hangup(sid).status == ends_as
    assert client.fetch(sid).status == ends_as


def test_ending_a_call_that_already_ended_changes_nothing(calls_sandbox: Sandbox) -> None:
    client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
    ended = client.hangup(sid)
    clock.advance(30)
    again = client.hangup(sid)
    assert again.status == CallStatus.CANCELED and again.end_time == ended.end_time


def test_redirect_runs_new_twiml_in_a_call_in_progress(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
    calls_sandbox.advance(sid, until="in-progress")
    assert client.redirect(sid, url="https://example.com/next").status == CallStatus.IN_PROGRESS
    if calls_sandbox.provider == "signalwire":  # its update takes no Twiml (UpdateCallRequest)
        with pytest.raises(ValidationError, match=r"^twiml: not taken by signalwire \(only by twilio\)$"):
            client.redirect(sid, twiml="<Response><Hangup/></Response>")
        assert calls_sandbox.instructions(sid) == [TWIML_URL, "https://example.com/next"]
        return
    client.redirect(sid, twiml="<Response><Hangup/></Response>")
    assert calls_sandbox.instructions(sid) == [TWIML_URL, "https://example.com/next", "<Response><Hangup/></Response>"]


@pytest.mark.parametrize("state", ["queued", "ringing", "completed"])
def test_redirect_of_a_call_not_in_progress_is_error_21220(calls_sandbox: Sandbox, state: str) -> None:
    client = calls_sandbox.client()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
    if state != "queued":
        calls_sandbox.advance(sid, until=state)
    with pytest.raises(BadRequestError) as caught:
        client.redirect(sid, url="https://example.com/next")
    assert caught.value.status == 400 and caught.value.code == 21220
    assert caught.value.message == "Call is not in-progress. Cannot redirect."
    assert calls_sandbox.instructions(sid) == [TWIML_URL]


def test_unknown_and_deleted_calls_are_404_20404(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    unknown = "CA" + "0" * 32 if calls_sandbox.provider == "twilio" else "00000000-0000-4000-8000-000000000000"
    with pytest.raises(NotFoundError) as caught:
        client.fetch(unknown)
    assert caught.value.code == 20404 and unknown in caught.value.message

    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
    client.hangup(sid)
    client.delete(sid)
    for attempt in (lambda: client.fetch(sid), lambda: client.hangup(sid), lambda: client.delete(sid)):
        with pytest.raises(NotFoundError) as caught:
            attempt()
        assert caught.value.status == 404 and caught.value.code == 20404
    assert [call.sid for call in client.list()] == []


@pytest.mark.parametrize("state", ["queued", "ringing", "in-progress"])
def test_deleting_a_live_call_is_refused_with_409(calls_sandbox: Sandbox, state: str) -> None:
    client = calls_sandbox.client()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
    if state != "queued":
        calls_sandbox.advance(sid, until=state)
    with pytest.raises(ConflictError) as caught:
        client.delete(sid)
    assert caught.value.status == 409 and caught.value.code == 21220
    assert state in caught.value.message
    assert client.fetch(sid).status == state


async def test_the_async_client_drives_the_same_lifecycle(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.async_client()
    try:
        call = await client.create(to=TO, from_=FROM, url=TWIML_URL)
        calls_sandbox.advance(call.sid, until="in-progress")
        signalwire = calls_sandbox.provider == "signalwire"  # its update takes no Twiml
        new = {"url": "https://example.com/next"} if signalwire else {"twiml": "<Response/>"}
        assert (await client.redirect(call.sid, **new)).status == CallStatus.IN_PROGRESS
        assert (await client.hangup(call.sid)).status == CallStatus.COMPLETED
    finally:
        await client.aclose()


def test_on_the_system_clock_calls_progress_by_themselves() -> None:
    timing = Timing(queue=0.05, ring=0.05, talk=0.05)
    with Sandbox(clock=SystemClock(), timing=timing) as sandbox:
        client = sandbox.client()
        sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
        deadline = time.monotonic() + 10  # generous: a loaded machine must not fail this
        while (status := client.fetch(sid).status) != CallStatus.COMPLETED and time.monotonic() < deadline:
            time.sleep(0.02)
        assert status == CallStatus.COMPLETED
        assert client.fetch(sid).duration == 0  # 0.05 s from the answer to the end, in whole seconds


def test_advance_time_needs_a_manual_clock(calls_sandbox: Sandbox) -> None:
    sid = calls_sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL).sid or ""
    calls_sandbox.advance_time(1)
    assert calls_sandbox.client().fetch(sid).status == CallStatus.RINGING
    with Sandbox(clock=SystemClock()) as real_time, pytest.raises(TypeError, match="ManualClock"):
        real_time.advance_time(1)


def test_a_failed_start_leaves_no_thread_and_a_stopped_sandbox_cannot_be_steered() -> None:
    import threading

    from twilio_calls.sandbox import Sandbox

    with Sandbox() as running:
        port = int(running.url.rsplit(":", 1)[1])
        before = {thread.name for thread in threading.enumerate()}
        with pytest.raises(OSError):
            Sandbox(port=port).start()
        leaked = {thread.name for thread in threading.enumerate()} - before
        assert not leaked
        sid = running.client().create(to="+15558675310", from_="+15017122661", url="https://example.com/t").sid
    with pytest.raises(RuntimeError, match="not running"):
        running.advance(sid)
