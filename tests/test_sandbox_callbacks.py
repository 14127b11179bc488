"""Status callbacks from the sandbox: which events, which parameters, signed, and never blocking the API."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import socket
import threading
from email.utils import parsedate_to_datetime

import pytest
from _sandbox_helpers import BUSY_TO, FAILED_TO, FROM, NO_ANSWER_TO, RFC2822, TO, TWIML_URL, manual_clock

from twilio_calls import BadRequestError, CallsClient, CallStatus, ValidationError
from twilio_calls.sandbox import CallbackReceiver, ReceivedCallback, Sandbox
from twilio_calls.webhooks import compute_signature
from twilio_calls_api.surface import OPERATIONS, PROVIDER_FACTS, PROVIDERS

ALL_EVENTS = ["initiated", "ringing", "answered", "completed"]


@pytest.fixture(params=PROVIDERS)
def calls_sandbox_options(request: pytest.FixtureRequest) -> dict[str, object]:
    """Every sandbox test here runs against the sandbox of each provider, through a client of that provider."""
    return {"provider": request.param}


@pytest.fixture
def receiver() -> CallbackReceiver:
    with CallbackReceiver() as running:
        yield running  # type: ignore[misc]


def expected_signature(token: str, url: str, params: dict[str, str]) -> str:
    """Written out independently of the sandbox: HMAC-SHA1 over the URL then each name+value, sorted by name."""
    signed = url + "".join(f"{name}{params[name]}" for name in sorted(params))
    return base64.b64encode(hmac.new(token.encode(), signed.encode(), hashlib.sha1).digest()).decode()


def signatures(callback: ReceivedCallback) -> dict[str, str]:
    """The signature headers the callback arrived with, by header name."""
    sent = {"X-Twilio-Signature": callback.signature, "X-SignalWire-Signature": callback.signalwire_signature}
    return {name: value for name, value in sent.items() if value is not None}


def documented_signatures(sandbox: Sandbox, url: str, params: dict[str, str]) -> dict[str, str]:
    """The signature under every header the provider's document names (SignalWire: both names), and no other."""
    expected = expected_signature(sandbox.auth_token, url, params)
    return dict.fromkeys(PROVIDER_FACTS[sandbox.provider].signature_headers, expected)


def redirect_inline(sandbox: Sandbox, client: CallsClient, sid: str) -> None:
    """Redirects a live call to inline TwiML where the provider takes it; SignalWire's update has no Twiml, so
    its client refuses one before sending and the call is redirected by Url instead."""
    if "twiml" not in {param.name for param in OPERATIONS[sandbox.provider]["update_call"].params}:
        with pytest.raises(ValidationError, match=f"not taken by {sandbox.provider}") as caught:
            client.redirect(sid, twiml="<Response/>")
        assert caught.value.parameter == "twiml"
        client.redirect(sid, url=TWIML_URL)
    else:
        client.redirect(sid, twiml="<Response/>")


def test_every_requested_event_arrives_in_order_signed_with_twilios_parameters(
    calls_sandbox: Sandbox, receiver: CallbackReceiver
) -> None:
    client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
    created = clock.now()
    call = client.create(
        to=TO, from_=FROM, url=TWIML_URL, status_callback=receiver.url, status_callback_event=ALL_EVENTS
    )
    clock.advance(1)
    clock.advance(3)
    redirect_inline(calls_sandbox, client, call.sid)  # a redirect is not a progress event
    clock.advance(5)
    client.hangup(call.sid)
    got = receiver.wait_for(4)
    assert [c.params["CallStatus"] for c in got] == ["initiated", "ringing", "in-progress", "completed"]
    assert [c.params["SequenceNumber"] for c in got] == ["0", "1", "2", "3"]
    seconds = [(parsedate_to_datetime(c.params["Timestamp"]) - created).total_seconds() for c in got]
    assert seconds == [1, 1, 4, 9]  # leaves the queue (initiated) and rings at 1 s, answered at 4, hung up at 9
    for callback in got:
        params = callback.params
        assert callback.method == "POST" and callback.url == receiver.url
        assert params["CallSid"] == call.sid and params["AccountSid"] == calls_sandbox.account_sid
        assert (params["To"], params["From"], params["Called"], params["Caller"]) == (TO, FROM, TO, FROM)
        assert params["Direction"] == "outbound-api" and params["ApiVersion"] == "2010-04-01"
        assert params["CallbackSource"] == "call-progress-events"
        assert re.fullmatch(RFC2822, params["Timestamp"])
        assert signatures(callback) == documented_signatures(calls_sandbox, callback.url, params)
        assert ("CallDuration" in params) == (params["CallStatus"] == "completed")
    assert got[-1].params["CallDuration"] == "5"  # answered at 4 s, hung up at 9 s
    deliveries = calls_sandbox.wait_for_callbacks()
    assert [d.status_code for d in deliveries] == [204] * 4 and all(d.error is None for d in deliveries)


def test_without_status_callback_event_only_the_end_is_reported(
    calls_sandbox: Sandbox, receiver: CallbackReceiver
) -> None:
    client = calls_sandbox.client()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL, status_callback=receiver.url).sid
    calls_sandbox.advance(sid, until="in-progress")
    client.hangup(sid)
    calls_sandbox.wait_for_callbacks()
    assert [c.params["CallStatus"] for c in receiver.received] == ["completed"]


@pytest.mark.parametrize(
    ("to", "end", "final"),
    [
        (BUSY_TO, None, "busy"),
        (NO_ANSWER_TO, None, "no-answer"),
        (FAILED_TO, None, "failed"),
        (TO, "cancel", "canceled"),
    ],
)
def test_busy_no_answer_failed_and_canceled_count_as_the_completed_event(
    calls_sandbox: Sandbox, receiver: CallbackReceiver, to: str, end: str | None, final: str
) -> None:
    client = calls_sandbox.client()
    sid = client.create(
        to=to, from_=FROM, url=TWIML_URL, status_callback=receiver.url, status_callback_event=["completed"]
    ).sid
    if end == "cancel":
        client.cancel(sid)
    else:
        calls_sandbox.advance(sid, until=final)
    (callback,) = receiver.wait_for(1)
    assert callback.params["CallStatus"] == final and callback.params["CallDuration"] == "0"
    assert client.fetch(sid).status == final


def test_get_callbacks_carry_the_parameters_in_the_signed_url(
    calls_sandbox: Sandbox, receiver: CallbackReceiver
) -> None:
    client = calls_sandbox.client()
    url = receiver.url + "?tenant=42"
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL, status_callback=url, status_callback_method="GET").sid
    client.hangup(sid)
    (callback,) = receiver.wait_for(1)
    assert callback.method == "GET"
    assert callback.params["tenant"] == "42" and callback.params["CallStatus"] == "canceled"
    assert callback.url.startswith(url + "&CallSid=")
    assert signatures(callback) == documented_signatures(calls_sandbox, callback.url, {})


@pytest.mark.parametrize("url", ["https://example.com/status", "http://10.0.0.5/status", "http://192.168.1.1:8080/x"])
def test_callbacks_to_other_machines_are_refused_at_create_and_update(calls_sandbox: Sandbox, url: str) -> None:
    client = calls_sandbox.client()
    with pytest.raises(BadRequestError) as caught:
        client.create(to=TO, from_=FROM, url=TWIML_URL, status_callback=url)
    assert caught.value.code == 21609 and "loopback" in caught.value.message
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid
    with pytest.raises(BadRequestError):
        client.update(sid, status_callback=url)
    assert [call.sid for call in client.list()] == [sid]


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.9.9.9", "[::1]"])
def test_every_loopback_spelling_is_accepted(calls_sandbox: Sandbox, host: str) -> None:
    call = calls_sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL, status_callback=f"http://{host}:9/cb")
    assert call.status == CallStatus.QUEUED


def test_a_slow_receiver_never_holds_up_the_api(calls_sandbox: Sandbox) -> None:
    release = threading.Event()
    entered = threading.Event()

    def stall(_: ReceivedCallback) -> None:
        entered.set()
        release.wait(10)

    with CallbackReceiver(on_receive=stall) as slow:
        client = calls_sandbox.client()
        sid = client.create(
            to=TO, from_=FROM, url=TWIML_URL, status_callback=slow.url, status_callback_event=ALL_EVENTS
        ).sid
        calls_sandbox.advance(sid)
        assert entered.wait(5)  # the first callback is now stuck in the receiver
        assert calls_sandbox.advance(sid) == "in-progress"
        assert client.hangup(sid).status == CallStatus.COMPLETED
        assert client.fetch(sid).status == CallStatus.COMPLETED
        assert calls_sandbox.callbacks == []  # not one delivery has finished, yet every request was answered
        release.set()
        deliveries = calls_sandbox.wait_for_callbacks()
    assert [d.params["CallStatus"] for d in deliveries] == ["initiated", "ringing", "in-progress", "completed"]


def test_a_slow_receiver_holds_up_only_its_own_calls_callbacks(calls_sandbox: Sandbox) -> None:
    release = threading.Event()

    def stall(_: ReceivedCallback) -> None:
        release.wait(10)

    with CallbackReceiver(on_receive=stall) as slow, CallbackReceiver() as fast:
        client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
        stuck = client.create(
            to=TO, from_=FROM, url=TWIML_URL, status_callback=slow.url, status_callback_event=ALL_EVENTS
        ).sid
        free = client.create(
            to=TO, from_=FROM, url=TWIML_URL, status_callback=fast.url, status_callback_event=ALL_EVENTS
        ).sid
        clock.advance(1 + 3 + 10)  # both calls: initiated, ringing, answered, completed
        # Well within the 5 s the sandbox waits on a receiver: the fast one's four arrive while the slow one
        # still holds the first callback of its call, and is sent nothing more until it answers.
        got = fast.wait_for(4, timeout=3)
        assert [c.params["CallStatus"] for c in got] == ["initiated", "ringing", "in-progress", "completed"]
        assert {c.params["CallSid"] for c in got} == {free}
        assert [c.params["CallStatus"] for c in slow.received] == ["initiated"]
        release.set()
        held = slow.wait_for(4)
        assert [c.params["CallStatus"] for c in held] == ["initiated", "ringing", "in-progress", "completed"]
        assert [c.params["SequenceNumber"] for c in held] == ["0", "1", "2", "3"] and {stuck} == {
            c.params["CallSid"] for c in held
        }
        deliveries = calls_sandbox.wait_for_callbacks()
    assert len(deliveries) == 8 and all(d.status_code == 204 for d in deliveries)
    # Each call's deliveries finished in its own order, whatever the interleaving between the calls.
    for sid in (stuck, free):
        mine = [d.params["SequenceNumber"] for d in deliveries if d.params["CallSid"] == sid]
        assert mine == ["0", "1", "2", "3"]


def test_many_calls_callbacks_each_arrive_in_their_calls_order(calls_sandbox: Sandbox) -> None:
    with CallbackReceiver() as receiver:
        client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
        sids = [
            client.create(
                to=TO, from_=FROM, url=TWIML_URL, status_callback=receiver.url, status_callback_event=ALL_EVENTS
            ).sid
            for _ in range(20)
        ]
        clock.advance(1 + 3 + 10)
        got = receiver.wait_for(80)
    assert len(got) == 80
    for sid in sids:
        assert [c.params["SequenceNumber"] for c in got if c.params["CallSid"] == sid] == ["0", "1", "2", "3"]


def test_update_moves_later_callbacks_to_a_new_url(calls_sandbox: Sandbox, receiver: CallbackReceiver) -> None:
    client = calls_sandbox.client()
    first = receiver.url.replace("/status", "/first")
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL, status_callback=first, status_callback_event=ALL_EVENTS).sid
    calls_sandbox.advance(sid)
    client.update(sid, status_callback=receiver.url)
    client.hangup(sid)
    got = receiver.wait_for(3)
    assert [(c.url.rsplit("/", 1)[1], c.params["CallStatus"]) for c in got] == [
        ("first", "initiated"),
        ("first", "ringing"),
        ("status", "canceled"),
    ]


def test_an_unreachable_receiver_is_recorded_and_harmless(calls_sandbox: Sandbox) -> None:
    with socket.socket() as probe:  # a port that nothing listens on once this block ends
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = calls_sandbox.client()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL, status_callback=f"http://127.0.0.1:{port}/cb").sid
    assert client.hangup(sid).status == CallStatus.CANCELED
    (delivery,) = calls_sandbox.wait_for_callbacks()
    assert delivery.status_code is None and delivery.error is not None and "Connection" in delivery.error


def test_compute_signature_matches_twilios_documented_example() -> None:
    # The worked example of Twilio's webhook-security page: this token, URL and form give this signature.
    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234", "From": "+12349013030"}
    params["To"] = "+18005551212"
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    assert compute_signature("12345", url, params) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
