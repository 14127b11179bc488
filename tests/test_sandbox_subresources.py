"""The sandbox's operations under a call (recordings, streams, siprec, transcriptions, payments, user-defined
messages and subscriptions, events, notifications), driven through the real clients over 127.0.0.1 on all three
transports and, where the provider offers the resource, both providers."""

from __future__ import annotations

import inspect
import threading
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from _sandbox_helpers import FROM, TO, TWIML_URL
from conftest import KINDS, use_kind

from twilio_calls import AsyncCallsClient, BadRequestError, CallsClient, NotFoundError
from twilio_calls.sandbox import CallbackReceiver, ManualClock, ReceivedCallback, Sandbox, Timing
from twilio_calls.webhooks import (
    parse_recording_status_callback,
    parse_stream_status_callback,
    validate_signature,
)
from twilio_calls_api.surface import OPERATIONS

Client = CallsClient | AsyncCallsClient


async def run(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def collect(items: Any) -> list[Any]:
    if isinstance(items, AsyncIterator):
        return [item async for item in items]
    return list(items)


@pytest.fixture(params=["twilio", "signalwire"])
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sandbox(provider: str) -> Iterator[Sandbox]:
    # Answered calls stay up until hung up, so each test decides when its call ends.
    with Sandbox(clock=ManualClock(), timing=Timing(talk=None), provider=provider) as running:
        yield running


@pytest.fixture
def twilio_sandbox() -> Iterator[Sandbox]:
    with Sandbox(clock=ManualClock(), timing=Timing(talk=None)) as running:
        yield running


@pytest.fixture
def receiver() -> Iterator[CallbackReceiver]:
    with CallbackReceiver() as running:
        yield running


@pytest.fixture(params=KINDS)
async def client_for(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Any]:
    """client_for(sandbox): a client of the transport under test, signed in to that sandbox."""
    use_kind(request.param, monkeypatch)
    made: list[AsyncCallsClient] = []

    def make(sandbox: Sandbox) -> Client:
        if request.param == "sync":
            return sandbox.client()
        client = sandbox.async_client()
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()


def offers(sandbox: Sandbox, operation_id: str) -> bool:
    return operation_id in OPERATIONS[sandbox.provider]


async def live_call(sandbox: Sandbox, client: Client) -> str:
    call = await run(client.create(to=TO, from_=FROM, url=TWIML_URL))
    sandbox.advance(call.sid, until="in-progress")
    return str(call.sid)


def signed(sandbox: Sandbox, callbacks: list[ReceivedCallback]) -> None:
    for callback in callbacks:
        assert callback.signature is not None
        assert validate_signature(sandbox.auth_token, callback.url, callback.params, callback.signature)


# -- recordings ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("behavior", "recorded"), [("skip", 7), ("silence", 10)])
async def test_recording_pause_resume_stop_counts_what_was_recorded(
    sandbox: Sandbox, client_for: Any, receiver: CallbackReceiver, behavior: str, recorded: int
) -> None:
    client = client_for(sandbox)
    clock = sandbox.clock
    assert isinstance(clock, ManualClock)
    sid = await live_call(sandbox, client)
    started = clock.now()
    recording = await run(
        client.recordings.create(
            sid, recording_status_callback=receiver.url, recording_status_callback_event=["in-progress", "completed"]
        )
    )
    assert recording.status == "in-progress" and recording.call_sid == sid
    assert recording.start_time == started
    assert recording.duration is None
    clock.advance(5)
    paused = await run(client.recordings.pause(sid, recording.sid, pause_behavior=behavior))
    assert paused.status == "paused"
    clock.advance(3)
    assert (await run(client.recordings.resume(sid, recording.sid))).status == "in-progress"
    clock.advance(2)
    stopped = await run(client.recordings.stop(sid, recording.sid))
    assert stopped.status == "stopped"
    assert stopped.duration == recorded  # skip leaves the 3 paused seconds out, silence keeps them
    again = await run(client.recordings.stop(sid, recording.sid))  # stopping twice changes nothing
    assert again.status == "completed" and again.duration == recorded

    callbacks = receiver.wait_for(2)
    assert [callback.params["RecordingStatus"] for callback in callbacks] == ["in-progress", "completed"]
    signed(sandbox, callbacks)
    done = parse_recording_status_callback(callbacks[1].params)
    assert done.recording_sid == recording.sid and done.call_sid == sid
    assert done.recording_duration == recorded and done.recording_channels == 1
    assert done.recording_status == "completed" and done.recording_start_time == started
    assert done.account_sid == sandbox.account_sid

    if offers(sandbox, "fetch_call_recording"):
        fetched = await run(client.recordings.fetch(sid, recording.sid))
        assert fetched.status == "completed" and fetched.duration == recorded
        assert fetched.price is not None and fetched.price < 0
        listed = await collect(client.recordings.list(sid))
        assert [item.sid for item in listed] == [recording.sid]


async def test_a_recording_needs_a_call_in_progress(sandbox: Sandbox, client_for: Any) -> None:
    client = client_for(sandbox)
    call = await run(client.create(to=TO, from_=FROM, url=TWIML_URL))  # still queued
    with pytest.raises(BadRequestError) as refused:
        await run(client.recordings.create(call.sid))
    assert refused.value.status == 400 and refused.value.code == 21220


async def test_a_recording_stops_with_its_call_and_reports_once(
    sandbox: Sandbox, client_for: Any, receiver: CallbackReceiver
) -> None:
    client = client_for(sandbox)
    clock = sandbox.clock
    assert isinstance(clock, ManualClock)
    sid = await live_call(sandbox, client)
    recording = await run(client.recordings.create(sid, recording_status_callback=receiver.url))
    clock.advance(4)
    await run(client.hangup(sid))
    (callback,) = receiver.wait_for(1)  # the default event set is `completed` only
    event = parse_recording_status_callback(callback.params)
    assert event.recording_sid == recording.sid and event.recording_status == "completed"
    assert event.recording_duration == 4
    signed(sandbox, [callback])
    if offers(sandbox, "fetch_call_recording"):
        assert (await run(client.recordings.fetch(sid, recording.sid))).status == "completed"


async def test_twilio_current_delete_and_absent(twilio_sandbox: Sandbox, client_for: Any) -> None:
    client = client_for(twilio_sandbox)
    sid = await live_call(twilio_sandbox, client)
    recording = await run(client.recordings.create(sid))
    paused = await run(client.recordings.pause(sid, "Twilio.CURRENT"))
    assert paused.sid == recording.sid and paused.status == "paused"
    with pytest.raises(BadRequestError) as refused:
        await run(client.recordings.delete(sid, recording.sid))
    assert refused.value.code == 21220  # still being made
    stopped = await run(client.recordings.stop(sid, "Twilio.CURRENT"))
    assert stopped.status == "stopped" and stopped.duration == 0
    absent = await run(client.recordings.fetch(sid, recording.sid))
    assert absent.status == "absent" and absent.error_code == 16101 and absent.price is None
    with pytest.raises(NotFoundError):
        await run(client.recordings.pause(sid, "Twilio.CURRENT"))  # nothing running any more
    assert await run(client.recordings.delete(sid, recording.sid)) is None
    with pytest.raises(NotFoundError):
        await run(client.recordings.fetch(sid, recording.sid))
    clock = twilio_sandbox.clock
    assert isinstance(clock, ManualClock)
    second = await run(client.recordings.create(sid))
    clock.advance(1)
    await run(client.recordings.stop(sid, second.sid))
    with pytest.raises(BadRequestError) as resumed:
        await run(client.recordings.resume(sid, second.sid))
    assert resumed.value.code == 21220  # a finished recording does not start again


# -- streams, siprec, transcriptions -------------------------------------------------------------------------


async def test_streams_start_stop_by_name_and_report(
    sandbox: Sandbox, client_for: Any, receiver: CallbackReceiver
) -> None:
    client = client_for(sandbox)
    sid = await live_call(sandbox, client)
    stream = await run(
        client.streams.create(sid, url="wss://127.0.0.1/audio", name="bot", status_callback=receiver.url)
    )
    assert stream.status == "in-progress" and stream.name == "bot" and stream.call_sid == sid
    stopped = await run(client.streams.stop(sid, "bot"))
    assert stopped.sid == stream.sid and stopped.status == "stopped"  # by name, answered with the SID
    again = await run(client.streams.stop(sid, stream.sid))
    assert again.status == "stopped"
    with pytest.raises(NotFoundError):
        await run(client.streams.stop(sid, "nobody"))
    callbacks = receiver.wait_for(2)
    signed(sandbox, callbacks)
    events = [parse_stream_status_callback(callback.params) for callback in callbacks]
    assert [event.stream_event for event in events] == ["stream-started", "stream-stopped"]
    assert {event.stream_sid for event in events} == {stream.sid}
    assert events[0].stream_name == "bot" and events[0].account_sid == sandbox.account_sid
    assert events[0].timestamp == sandbox.clock.now()


async def test_streams_stop_with_the_call_and_share_four_forks(
    sandbox: Sandbox, client_for: Any, receiver: CallbackReceiver
) -> None:
    client = client_for(sandbox)
    sid = await live_call(sandbox, client)
    first = await run(client.streams.create(sid, url="wss://127.0.0.1/a", track="both_tracks"))
    await run(client.streams.create(sid, url="wss://127.0.0.1/b", track="both_tracks", status_callback=receiver.url))
    with pytest.raises(BadRequestError) as refused:
        await run(client.streams.create(sid, url="wss://127.0.0.1/c", track="inbound_track"))
    assert refused.value.status == 400 and "4 tracks" in str(refused.value)
    await run(client.streams.stop(sid, first.sid))  # frees two forks
    await run(client.streams.create(sid, url="wss://127.0.0.1/c", track="inbound_track"))
    await run(client.hangup(sid))
    callbacks = receiver.wait_for(2)
    assert [callback.params["StreamEvent"] for callback in callbacks] == ["stream-started", "stream-stopped"]
    with pytest.raises(BadRequestError) as late:
        await run(client.streams.create(sid, url="wss://127.0.0.1/d"))
    assert late.value.code == 21220


async def test_siprec_and_transcriptions_start_and_stop(twilio_sandbox: Sandbox, client_for: Any) -> None:
    client = client_for(twilio_sandbox)
    sid = await live_call(twilio_sandbox, client)
    session = await run(client.siprec.create(sid, name="srs", connector_name="recorder"))
    assert session.sid.startswith("SR") and session.status == "in-progress"
    transcription = await run(client.transcriptions.create(sid, name="live", language_code="en-US"))
    assert transcription.sid.startswith("GT") and transcription.status == "in-progress"
    assert (await run(client.siprec.stop(sid, "srs"))).status == "stopped"
    assert (await run(client.transcriptions.stop(sid, transcription.sid))).status == "stopped"
    assert (await run(client.transcriptions.stop(sid, "live"))).status == "stopped"  # idempotent
    other = await run(client.transcriptions.create(sid))
    await run(client.hangup(sid))
    with pytest.raises(BadRequestError) as refused:
        await run(client.siprec.create(sid))
    assert refused.value.code == 21220
    assert (await run(client.transcriptions.stop(sid, other.sid))).status == "stopped"  # stopped with the call


# -- payments, user-defined messages ---------------------------------------------------------------------------


async def test_a_payment_session_captures_completes_and_reports(
    twilio_sandbox: Sandbox, client_for: Any, receiver: CallbackReceiver
) -> None:
    client = client_for(twilio_sandbox)
    sid = await live_call(twilio_sandbox, client)
    payment = await run(client.payments.create(sid, idempotency_key="open-1", status_callback=receiver.url))
    assert payment.sid.startswith("PK") and payment.call_sid == sid
    replay = await run(client.payments.create(sid, idempotency_key="open-1", status_callback=receiver.url))
    assert replay.sid == payment.sid  # the same key is answered as before, not a second session
    await run(
        client.payments.update(
            sid, payment.sid, idempotency_key="cap-1", status_callback=receiver.url, capture="payment-card-number"
        )
    )
    await run(
        client.payments.update(
            sid, payment.sid, idempotency_key="done", status_callback=receiver.url, status="complete"
        )
    )
    with pytest.raises(BadRequestError) as ended:
        await run(
            client.payments.update(
                sid, payment.sid, idempotency_key="late", status_callback=receiver.url, capture="security-code"
            )
        )
    assert ended.value.code == 21220
    callbacks = receiver.wait_for(3)
    signed(twilio_sandbox, callbacks)
    assert callbacks[1].params["Capture"] == "payment-card-number"
    assert callbacks[2].params["Result"] == "success" and callbacks[2].params["Sid"] == payment.sid
    assert len(receiver.received) == 3


async def test_user_defined_messages_and_subscriptions(twilio_sandbox: Sandbox, client_for: Any) -> None:
    client = client_for(twilio_sandbox)
    sid = await live_call(twilio_sandbox, client)
    message = await run(client.user_defined_messages.create(sid, content='{"hello": "agent"}'))
    assert message.sid.startswith("KX") and message.call_sid == sid
    subscription = await run(client.user_defined_message_subscriptions.create(sid, callback="http://127.0.0.1:9/sdk"))
    assert subscription.sid.startswith("ZY")
    assert await run(client.user_defined_message_subscriptions.delete(sid, subscription.sid)) is None
    with pytest.raises(NotFoundError):
        await run(client.user_defined_message_subscriptions.delete(sid, subscription.sid))
    kept = await run(client.user_defined_message_subscriptions.create(sid, callback="http://127.0.0.1:9/sdk"))
    await run(client.hangup(sid))
    with pytest.raises(NotFoundError):  # it lasted as long as its call
        await run(client.user_defined_message_subscriptions.delete(sid, kept.sid))
    with pytest.raises(BadRequestError) as refused:
        await run(client.user_defined_messages.create(sid, content="{}"))
    assert refused.value.code == 21220


# -- events and notifications ----------------------------------------------------------------------------------


class _Failing(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = b'{"oops": true}'
        self.send_response(500)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def failing_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/status"
    server.shutdown()
    server.server_close()
    thread.join()


async def test_events_log_the_callbacks_and_notifications_the_failures(
    twilio_sandbox: Sandbox, client_for: Any, receiver: CallbackReceiver, failing_url: str
) -> None:
    client = client_for(twilio_sandbox)
    clock = twilio_sandbox.clock
    assert isinstance(clock, ManualClock)
    call = await run(
        client.create(
            to=TO, from_=FROM, url=TWIML_URL, status_callback=receiver.url, status_callback_event=["answered"]
        )
    )
    twilio_sandbox.advance(call.sid, until="in-progress")
    await run(client.streams.create(call.sid, url="wss://127.0.0.1/a", status_callback=failing_url))
    twilio_sandbox.wait_for_callbacks()
    events = await collect(client.events.list(call.sid))
    assert len(events) == 2
    first, second = events
    assert first.request["method"] == "POST" and first.request["url"] == receiver.url
    assert first.request["parameters"]["call_status"] == "in-progress"
    assert first.response["response_code"] == 204
    assert second.request["parameters"]["stream_event"] == "stream-started"
    assert second.response["response_code"] == 500 and second.response["response_body"] == '{"oops": true}'
    assert second.response["content_type"] == "application/json"

    clock.advance(60)
    notifications = await collect(client.notifications.list(call.sid))
    assert len(notifications) == 1
    (notification,) = notifications
    assert notification.sid.startswith("NO") and notification.call_sid == call.sid
    assert notification.error_code == 11200 and notification.log == 0
    assert notification.request_url == failing_url and notification.request_variables is None  # list: no extras
    fetched = await run(client.notifications.fetch(call.sid, notification.sid))
    assert fetched.response_body == '{"oops": true}' and "StreamEvent=stream-started" in fetched.request_variables
    today = (clock.now() - timedelta(seconds=60)).date()
    assert len(await collect(client.notifications.list(call.sid, log=0, logged_on=today))) == 1
    assert await collect(client.notifications.list(call.sid, log=1)) == []


# -- routing -----------------------------------------------------------------------------------------------------


def test_signalwire_answers_404_for_what_it_does_not_offer() -> None:
    with Sandbox(clock=ManualClock(), provider="signalwire") as sandbox:
        call_sid = sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL).sid
        calls = f"/2010-04-01/Accounts/{sandbox.account_sid}/Calls/{call_sid}"
        with httpx.Client(base_url=sandbox.url, auth=(sandbox.account_sid, sandbox.auth_token)) as http:
            siprec = http.post(f"{calls}/Siprec.json", data={"Name": "x"})
            listing = http.get(f"{calls}/Recordings.json")  # Twilio lists a call's recordings; SignalWire does not
            stream = http.post(f"{calls}/Streams.json", data={"Url": "wss://127.0.0.1/a"})
    assert siprec.status_code == 404 and siprec.json()["code"] == 20404
    # The path is SignalWire's too (it starts recordings there): the method it does not declare is a 405.
    assert listing.status_code == 405 and listing.headers["Allow"] == "POST" and listing.json()["code"] == 20004
    assert stream.status_code == 400 and stream.json()["code"] == 21220  # served, but the call is queued


def test_twilio_routes_methods_and_path_patterns_from_the_document(twilio_sandbox: Sandbox) -> None:
    sandbox = twilio_sandbox
    call_sid = sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL).sid
    calls = f"/2010-04-01/Accounts/{sandbox.account_sid}/Calls/{call_sid}"
    with httpx.Client(base_url=sandbox.url, auth=(sandbox.account_sid, sandbox.auth_token)) as http:
        wrong_method = http.delete(f"{calls}/Streams.json")
        bad_sid = http.get(f"{calls}/Recordings/XX123.json")
        no_call = http.get(f"/2010-04-01/Accounts/{sandbox.account_sid}/Calls/CA{'0' * 32}/Recordings.json")
        without_suffix = http.get(f"{calls}/Recordings")
        bad_param = http.post(f"{calls}/Recordings.json", data={"RecordingChannels": "quad"})
    assert wrong_method.status_code == 405 and wrong_method.headers["Allow"] == "POST"
    assert bad_sid.status_code == 404 and no_call.status_code == 404
    assert without_suffix.status_code == 200 and without_suffix.json()["recordings"] == []
    assert bad_param.status_code == 400 and "RecordingChannels" in bad_param.json()["message"]
