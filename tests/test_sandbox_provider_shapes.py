"""Each provider's sandbox answers every operation under a call in that provider's own shapes: the fields, JSON
types, enum spellings and SID formats its document states (calls.yaml, or calls.yaml with the SignalWire
overlay), and the defaults its document states for parameters left out. Driven through the real clients on all
three transports, and over raw HTTP for the document check of every operation."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from _sandbox_helpers import FROM, TO, TWIML_URL, call_path, calls_path, raw_client
from test_sandbox_contract import check, document
from test_sandbox_subresources import client_for, live_call, run  # noqa: F401  (client_for is a fixture)

from twilio_calls.sandbox import CallbackReceiver, ManualClock, Sandbox, Timing
from twilio_calls_api.surface import OPERATIONS

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
CALL_OPERATIONS = {"create_call", "list_calls", "fetch_call", "update_call", "delete_call"}

# A stopped recording of 10 seconds, dual channel, as each provider's document shapes it (written out here, not
# read from the generated tables, so that the tables are what is under test).
RECORDING = {
    "twilio": {
        "duration": "10",
        "channels": 2,
        "source": "StartCallRecordingAPI",
        "track": "both",
        "absent": {"end_time", "trim", "channel", "subresource_uris"},
        "sid": re.compile(r"^RE[0-9a-f]{32}$"),
        "statuses": {"in-progress", "paused", "stopped", "processing", "completed", "absent"},
    },
    "signalwire": {
        "duration": 10,
        "channels": "2",
        "channel": "2",
        "source": "StartCallRecordingApi",
        "trim": "do-not-trim",
        "absent": {"track"},
        "sid": UUID,
        "statuses": {"queued", "in-progress", "paused", "resumed", "completed", "absent", "stopped"},
    },
}
STREAM_SID = {"twilio": re.compile(r"^MZ[0-9a-f]{32}$"), "signalwire": UUID}


@pytest.fixture(params=["twilio", "signalwire"])
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    with Sandbox(clock=ManualClock(), timing=Timing(talk=None), provider=str(request.param)) as running:
        yield running


async def test_a_recording_comes_in_the_providers_shape(sandbox: Sandbox, client_for: Any) -> None:  # noqa: F811
    client = client_for(sandbox)
    clock = sandbox.clock
    assert isinstance(clock, ManualClock)
    expected = RECORDING[sandbox.provider]
    sid = await live_call(sandbox, client)
    started = await run(client.recordings.create(sid, recording_channels="dual"))
    assert expected["sid"].match(started.sid)
    clock.advance(4)
    paused = await run(client.recordings.pause(sid, started.sid))  # PauseBehavior left out: silence, counted
    clock.advance(3)
    resumed = await run(client.recordings.resume(sid, started.sid))
    clock.advance(3)
    stopped = await run(client.recordings.stop(sid, started.sid))
    raw = stopped.raw
    for key in ("duration", "channels", "channel", "source", "trim", "track"):
        if key in expected:
            assert raw[key] == expected[key], key
    assert not expected["absent"] & raw.keys()
    assert {started.raw["status"], paused.raw["status"], resumed.raw["status"], raw["status"]} <= expected["statuses"]
    assert raw["status"] == "stopped"
    if "end_time" in raw:
        assert raw["end_time"] == raw["date_updated"]
    # The client reads either provider's shape into the same typed values.
    assert stopped.duration == 10 and stopped.channels == 2
    assert stopped.source in ("StartCallRecordingAPI", "StartCallRecordingApi")


async def test_a_stream_comes_in_the_providers_shape_with_its_default_track(
    sandbox: Sandbox,
    client_for: Any,  # noqa: F811
) -> None:
    client = client_for(sandbox)
    sid = await live_call(sandbox, client)
    first = await run(client.streams.create(sid, url="wss://127.0.0.1/a"))
    assert STREAM_SID[sandbox.provider].match(first.sid)
    assert set(first.raw) == {"sid", "account_sid", "call_sid", "name", "status", "date_updated", "uri"}
    await run(client.streams.create(sid, url="wss://127.0.0.1/b"))
    # Twilio's streams take inbound_track when Track is left out (one fork each), SignalWire's both_tracks (two):
    # two untracked streams leave two of the four forks free at Twilio, none at SignalWire.
    free = {"twilio": 2, "signalwire": 0}[sandbox.provider]
    for number in range(free):
        await run(client.streams.create(sid, url=f"wss://127.0.0.1/c{number}", track="inbound_track"))
    from twilio_calls import BadRequestError

    with pytest.raises(BadRequestError, match="4 tracks"):
        await run(client.streams.create(sid, url="wss://127.0.0.1/over", track="inbound_track"))


async def test_recording_defaults_come_from_the_document(sandbox: Sandbox, client_for: Any) -> None:  # noqa: F811
    client = client_for(sandbox)
    with CallbackReceiver() as receiver:
        sid = await live_call(sandbox, client)
        recording = await run(client.recordings.create(sid, recording_status_callback=receiver.url))
        sandbox.clock.advance(2)  # type: ignore[attr-defined]
        await run(client.recordings.stop(sid, recording.sid))
        (callback,) = receiver.wait_for(1)  # RecordingStatusCallbackEvent left out: `completed` only
    assert callback.method == "POST"  # RecordingStatusCallbackMethod left out
    assert callback.params["RecordingStatus"] == "completed"
    assert callback.params["RecordingChannels"] == "1"  # RecordingChannels left out: mono
    assert callback.params["RecordingSource"] == RECORDING[sandbox.provider]["source"]
    assert callback.params["RecordingDuration"] == "2"


# -- every body of every operation under a call fits the provider's document ------------------------------------


class _Failing(BaseHTTPRequestHandler):
    """A callback receiver that answers 500 (so that the Twilio sandbox logs a notification)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
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


def enum_values(doc: dict[str, Any], schema: dict[str, Any]) -> list[str] | None:
    """The values of a response field's enum in `doc` (the anyOf branch naming one), else None."""
    for branch in schema.get("anyOf", ()):
        if "$ref" in branch:
            target = doc["components"]["schemas"][branch["$ref"].rsplit("/", 1)[-1]]
            if "enum" in target:
                return list(target["enum"])
    return None


def strict(doc: dict[str, Any], name: str, body: dict[str, Any]) -> None:
    """Every enum field of `body` holds one of the values `doc` lists (the schemas keep unknown text, so the
    document check alone would let another provider's spelling through), and every field is one `doc` lists."""
    schema = doc["components"]["schemas"][name]
    assert set(body) <= set(schema["properties"]), set(body) - set(schema["properties"])
    for key, value in body.items():
        values = enum_values(doc, schema["properties"][key])
        if values is not None and value is not None:
            assert value in values, (name, key, value)


def test_every_subresource_body_fits_the_providers_document(sandbox: Sandbox, failing_url: str) -> None:
    provider = sandbox.provider
    doc = document(provider)
    offered = {op_id: op for op_id, op in OPERATIONS[provider].items() if op_id not in CALL_OPERATIONS}
    done: set[str] = set()
    clock = sandbox.clock
    assert isinstance(clock, ManualClock)
    with raw_client(sandbox) as http:
        created = http.post(calls_path(sandbox), data={"To": TO, "From": FROM, "Url": TWIML_URL})
        call_sid = created.json()["sid"]
        sandbox.advance(call_sid, until="in-progress")
        base = call_path(sandbox, call_sid).removesuffix(".json")

        def send(op_id: str, sid: str | None = None, **form: str) -> dict[str, Any] | None:
            """The operation, if the provider offers it: checked against the document, its body returned."""
            if op_id not in offered:
                return None
            op = offered[op_id]
            tail = op.path.split("/Calls/{CallSid}", 1)[1].replace("{Sid}", sid or "")
            if op.method == "GET":
                response = http.get(base + tail, params=form)
            else:
                response = http.request(op.method, base + tail, data=form or None)
            assert response.status_code == op.success, (op_id, response.text)
            check(doc, op.path, op.method.lower(), response)
            done.add(op_id)
            if not response.content:
                return None
            body: dict[str, Any] = response.json()
            if op.page_items:
                for item in body[op.page_items]:
                    strict(doc, op.response or "", item)
            elif op.response:
                strict(doc, op.response, body)
            return body

        recording = send("create_call_recording", RecordingChannels="dual", RecordingStatusCallback=failing_url)
        assert recording is not None
        rec = recording["sid"]
        clock.advance(2)
        send("update_call_recording", rec, Status="paused", PauseBehavior="skip")
        clock.advance(2)
        send("update_call_recording", rec, Status="in-progress")
        clock.advance(2)
        send("list_call_recordings")
        send("fetch_call_recording", rec)
        stopped = send("update_call_recording", rec, Status="stopped")
        assert stopped is not None and stopped["status"] == "stopped"
        send("list_call_recordings")
        send("fetch_call_recording", rec)
        send("delete_call_recording", rec)
        stream = send("create_call_stream", Url="wss://127.0.0.1/a", Name="bot", StatusCallback=failing_url)
        assert stream is not None
        send("update_call_stream", "bot", Status="stopped")
        session = send("create_call_siprec", Name="rec", ConnectorName="connector")
        assert (session is None) == (provider == "signalwire")
        send("update_call_siprec", "rec", Status="stopped")
        send("create_call_transcription", Name="words")
        send("update_call_transcription", "words", Status="stopped")
        payment = send("create_call_payment", IdempotencyKey="k1", StatusCallback=failing_url)
        if payment is not None:
            send(
                "update_call_payment",
                payment["sid"],
                IdempotencyKey="k2",
                StatusCallback=failing_url,
                Capture="payment-card-number",
            )
        send("create_user_defined_message", Content='{"hello": 1}')
        subscription = send("create_user_defined_message_subscription", Callback=failing_url)
        if subscription is not None:
            send("delete_user_defined_message_subscription", subscription["sid"])
        sandbox.wait_for_callbacks()
        send("list_call_events")
        notes = send("list_call_notifications")
        if notes is not None:
            assert notes["notifications"], "a callback answered 500 logs a notification"
            send("fetch_call_notification", notes["notifications"][0]["sid"])
    assert done == set(offered)


def test_the_strict_check_refuses_another_providers_spelling() -> None:
    recording = {"sid": "RE" + "0" * 32, "account_sid": "AC" + "0" * 32, "source": "StartCallRecordingApi"}
    strict(document("signalwire"), "Recording", recording)
    with pytest.raises(AssertionError):
        strict(document("twilio"), "Recording", recording)
    with pytest.raises(AssertionError):
        strict(document("twilio"), "Recording", {**recording, "source": "StartCallRecordingAPI", "trim": None})


def test_signalwire_recording_uuids_fit_only_its_own_document(sandbox: Sandbox) -> None:
    """The `sid` pattern is what the document check holds the sandbox to: each provider's own format."""
    from jsonschema.exceptions import ValidationError as SchemaError
    from openapi_schema_validator import OAS31Validator

    other = "twilio" if sandbox.provider == "signalwire" else "signalwire"
    with raw_client(sandbox) as http:
        sid = http.post(calls_path(sandbox), data={"To": TO, "From": FROM, "Url": TWIML_URL}).json()["sid"]
        sandbox.advance(sid, until="in-progress")
        response = http.post(call_path(sandbox, sid).removesuffix(".json") + "/Recordings.json")
    body = response.json()
    own, foreign = document(sandbox.provider), document(other)
    OAS31Validator({"$ref": "#/components/schemas/Recording", "components": own["components"]}).validate(body)
    with pytest.raises(SchemaError, match="does not match"):
        OAS31Validator({"$ref": "#/components/schemas/Recording", "components": foreign["components"]}).validate(body)
