"""Sandbox(provider="signalwire"): SignalWire's LaML flavour of the Calls API, by SignalWire's own rules.

The shapes imitated are the ones SignalWire's published documents show (README's provider table lists
them): /api/laml paths, UUIDs, numbers for duration and price, "Sept", pages without start/end whose
next_page_uri has no .json, 200 for a create, and create's 400 as an `errors` array.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from _sandbox_helpers import FROM, TO, TWIML_URL, calls_path, manual_clock, raw_client

from twilio_calls import BadRequestError, CallsClient, Direction, ValidationError
from twilio_calls.sandbox import ManualClock, Sandbox

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
BASE = {"To": TO, "From": FROM, "Url": TWIML_URL}


@pytest.fixture
def calls_sandbox_options() -> dict[str, Any]:
    # A September day, to see SignalWire's "Sept".
    return {"provider": "signalwire", "clock": ManualClock(start=datetime(2030, 9, 18, 9, 0, tzinfo=UTC))}


def test_project_ids_call_sids_and_the_laml_prefix(calls_sandbox: Sandbox) -> None:
    assert UUID.fullmatch(calls_sandbox.account_sid)
    assert calls_sandbox.url.endswith("/api/laml")
    client = calls_sandbox.client()
    assert client.provider == "signalwire" and client.base_url == calls_sandbox.url
    call = client.create(to=TO, from_=FROM, url=TWIML_URL)
    assert UUID.fullmatch(call.sid) and call.account_sid == calls_sandbox.account_sid
    assert call.uri == f"/api/laml/2010-04-01/Accounts/{calls_sandbox.account_sid}/Calls/{call.sid}.json"


def test_a_call_looks_as_signalwire_documents_it(calls_sandbox: Sandbox) -> None:
    with raw_client(calls_sandbox) as http:
        created = http.post(calls_path(calls_sandbox), data=BASE)
        assert created.status_code == 200  # SignalWire's documented status for a create
        assert "Twilio-Request-Id" not in created.headers
        sid = created.json()["sid"]
        calls_sandbox.advance(sid, until="in-progress")
        manual_clock(calls_sandbox).advance(20)
        body = http.get(f"/2010-04-01/Accounts/{calls_sandbox.account_sid}/Calls/{sid}.json").json()
    assert body["status"] == "completed"
    assert isinstance(body["duration"], int) and isinstance(body["price"], float)
    assert body["date_created"] == "Wed, 18 Sept 2030 09:00:00 +0000"
    assert " Sept 2030 " in body["start_time"] and " Sept 2030 " in body["end_time"]
    assert body["direction"] == "outbound"
    assert (body["formatted_from"], body["formatted_to"]) == (FROM, TO)
    assert body["subresource_uris"]["notifications"] is None
    # Its CallResponse has both spellings of the formatted numbers, and neither queue_time nor trunk_sid.
    assert (body["from_formatted"], body["to_formatted"]) == (FROM, TO)
    assert {"queue_time", "trunk_sid"}.isdisjoint(body) and {"group_sid", "caller_name", "annotation"} <= set(body)
    assert {"audio_in_mos", "sip_result_code", "audio_out_lost"} <= set(body)
    assert UUID.fullmatch(body["phone_number_sid"])


def test_the_client_reads_signalwire_calls_in_full(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    call = client.create(to=TO, from_=FROM, url=TWIML_URL)
    calls_sandbox.advance(call.sid, until="in-progress")
    manual_clock(calls_sandbox).advance(20)
    done = client.fetch(call.sid)
    assert done.direction is Direction.OUTBOUND
    assert done.date_created == datetime(2030, 9, 18, 9, 0, tzinfo=UTC)
    assert done.duration == 10 and done.price == Decimal("0.014")  # answered at once, then Timing().talk
    assert (done.from_formatted, done.to_formatted) == (FROM, TO)  # read under Twilio's names too


def test_pages_have_no_start_or_end_and_link_without_json(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    sids = [client.create(to=TO, from_=FROM, url=TWIML_URL).sid for _ in range(5)]
    with raw_client(calls_sandbox) as http:
        page = http.get(calls_path(calls_sandbox), params={"PageSize": 2}).json()
    assert "start" not in page and "end" not in page
    prefix = f"/api/laml/2010-04-01/Accounts/{calls_sandbox.account_sid}/Calls?"
    assert page["next_page_uri"].startswith(prefix) and "PageToken=PA" in page["next_page_uri"]
    assert [call.sid for call in client.list(page_size=2)] == sids[::-1]  # followed page after page
    first = client.list_page(page_size=2)
    assert first.next_page_token is not None
    assert len(client.list_page(page_size=2, page_token=first.next_page_token)) == 2


def test_create_errors_come_as_an_errors_array(calls_sandbox: Sandbox) -> None:
    with raw_client(calls_sandbox) as http:
        missing = http.post(calls_path(calls_sandbox), data={"From": FROM, "Url": TWIML_URL})
        unknown = http.post(calls_path(calls_sandbox), data={**BASE, "TimeLimit": "60"})
        not_found = http.get(
            f"/2010-04-01/Accounts/{calls_sandbox.account_sid}/Calls/{'0' * 8}-0000-4000-8000-{'0' * 12}.json"
        )
    assert missing.status_code == 400
    assert missing.json() == {"errors": [{"code": "21201", "message": "No 'To' is specified", "more_info": None}]}
    assert unknown.status_code == 400 and unknown.json()["errors"][0]["code"] == "20001"
    assert "TimeLimit" in unknown.json()["errors"][0]["message"]
    assert not_found.status_code == 404 and not_found.json()["code"] == 20404  # other errors: the usual object


def test_the_client_turns_the_errors_array_into_the_typed_error(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    with pytest.raises(BadRequestError) as caught:  # sent (the client cannot know), refused by the sandbox
        client.create(to=TO, from_=FROM, url=TWIML_URL, status_callback="https://example.com/events")
    assert (caught.value.code, caught.value.code_text) == (21609, "21609")
    assert "loopback" in caught.value.message


def test_the_sandbox_checks_by_signalwire_rules(calls_sandbox: Sandbox) -> None:
    with raw_client(calls_sandbox) as http:

        def create(**extra: str) -> httpx.Response:
            return http.post(calls_path(calls_sandbox), data={**BASE, **extra})

        assert create(MachineDetectionTimeout="90").status_code == 200
        assert create(MachineDetectionTimeout="121").status_code == 400
        assert create(MachineDetection="none", MachineWordsThreshold="100").status_code == 200
        assert create(MachineWordsThreshold="101").status_code == 400
        assert create(RecordingStatusCallbackEvent="in-progress completed").status_code == 200
        # One space-separated value, as documented; a key per item (what SignalWire's SDK sends) is read too.
        repeated = http.post(
            calls_path(calls_sandbox),
            content=urlencode([*BASE.items(), ("RecordingStatusCallbackEvent", "in-progress"),
                               ("RecordingStatusCallbackEvent", "completed")]),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )  # fmt: skip
        assert repeated.status_code == 200
        bad = http.post(
            calls_path(calls_sandbox),
            content=urlencode([*BASE.items(), ("RecordingStatusCallbackEvent", "in-progress"),
                               ("RecordingStatusCallbackEvent", "answered")]),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )  # fmt: skip
        assert bad.status_code == 400 and "answered" in bad.json()["errors"][0]["message"]
        assert create(StatusCallbackEvent="ringing_queued").status_code == 200
        assert create(MaxPricePerMinute="0.0075").status_code == 200
        assert create(MaxPricePerMinute="0.00751").status_code == 400
        assert create(SendDigits="W1234#").status_code == 200
        refused = create(SendDigits="A1")
        assert refused.status_code == 400 and refused.json()["errors"][0]["code"] == "21206"


def test_the_client_sends_what_the_signalwire_sandbox_takes(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    call = client.create(
        to=TO,
        from_=FROM,
        url=TWIML_URL,
        machine_detection="none",
        machine_detection_timeout=120,
        machine_words_threshold=1,
        async_amd_partial_results=True,
        max_price_per_minute="1.5",
        recording_status_callback_event=["in-progress", "completed"],
        status_callback_event=["ringing_forwarded"],
    )
    assert call.status == "queued"
    with pytest.raises(ValidationError, match="not taken by signalwire"):
        client.create(to=TO, from_=FROM, url=TWIML_URL, call_reason="hello")


def test_wrong_credentials_are_refused_with_signalwire_realm(calls_sandbox: Sandbox) -> None:
    with httpx.Client(base_url=calls_sandbox.url, auth=(calls_sandbox.account_sid, "wrong")) as http:
        refused = http.get(calls_path(calls_sandbox))
    assert refused.status_code == 401 and refused.json()["code"] == 20003
    assert refused.headers["WWW-Authenticate"] == 'Basic realm="SignalWire LaML API"'


def test_twilio_sandbox_bodies_have_no_signalwire_fields() -> None:
    with Sandbox(clock=ManualClock()) as sandbox, raw_client(sandbox) as http:
        created = http.post(calls_path(sandbox), data=BASE)
        assert created.status_code == 201 and created.headers["Twilio-Request-Id"].startswith("RQ")
        assert {"audio_in_mos", "formatted_from", "sip_result_code"}.isdisjoint(created.json())
        assert create_refused(http, sandbox) == {"code", "message", "more_info", "status"}


def create_refused(http: httpx.Client, sandbox: Sandbox) -> set[str]:
    return set(http.post(calls_path(sandbox), data={"From": FROM, "Url": TWIML_URL}).json())


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"provider": "plivo"}, "provider must be one of 'twilio', 'signalwire'"),
        ({"provider": "signalwire", "account_sid": "AC" + "0" * 32}, "a UUID"),
        ({"account_sid": "3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b"}, "'AC' and 32 hex digits"),
    ],
)
def test_bad_provider_or_account_is_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Sandbox(**options)


@pytest.mark.parametrize(("provider", "account"), [("twilio", "AC" + "ABCDEF0123" * 3 + "AB"), ("signalwire", None)])
def test_an_account_the_client_accepts_the_sandbox_accepts(provider: str, account: str | None) -> None:
    """An uppercase account SID fits the document's pattern (^AC[0-9a-fA-F]{32}$): the client takes it, and so must
    the sandbox it talks to (a UUID, for SignalWire, in capitals)."""
    account = account or "3F1C2A4B-5D6E-4F70-8A9B-0C1D2E3F4A5B"
    with Sandbox(provider=provider, account_sid=account, clock=ManualClock()) as sandbox, sandbox.client() as client:
        assert client.account_sid == account
        assert client.create(to=TO, from_=FROM, url=TWIML_URL).account_sid == account


def test_a_base_url_under_laml_means_signalwire_unless_told(calls_sandbox: Sandbox) -> None:
    # The sandbox's URL ends in /api/laml, SignalWire's server path: a client given it takes SignalWire's rules.
    with CallsClient(calls_sandbox.account_sid, calls_sandbox.auth_token, base_url=calls_sandbox.url) as inferred:
        assert inferred.provider == "signalwire"
        assert inferred.create(to=TO, from_=FROM, url=TWIML_URL, machine_words_threshold=3).status == "queued"
    # provider= still wins: by Twilio's rules a project ID is not an account SID, refused at once, saying whose
    # rule it is and how to choose the other provider.
    with pytest.raises(
        ValidationError, match=r"^account_sid: .*\(that is twilio's rule; signalwire would take it\); choose"
    ):
        CallsClient(calls_sandbox.account_sid, calls_sandbox.auth_token, base_url=calls_sandbox.url, provider="twilio")


def test_the_sandbox_command_serves_signalwire() -> None:
    env = {name: value for name, value in os.environ.items() if not name.startswith("TWILIO")}
    process = subprocess.Popen(
        [sys.executable, "-m", "twilio_calls._cli", "sandbox", "--provider", "signalwire", "--queue", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(5)]
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert re.match(r"Calls sandbox listening on http://127\.0\.0\.1:\d+/api/laml$", banner[0].strip()), banner
    exports = dict(re.findall(r"export (\w+)=(\S+)", "".join(banner)))
    assert UUID.fullmatch(exports["TWILIO_ACCOUNT_SID"])
    assert exports["TWILIO_CALLS_BASE_URL"].endswith("/api/laml")
    assert exports["TWILIO_CALLS_PROVIDER"] == "signalwire"  # what CallsClient() reads for whose rules to use
    assert process.returncode == 0, err


def test_status_callbacks_carry_the_signalwire_signature_header(calls_sandbox: Sandbox) -> None:
    from twilio_calls.sandbox import CallbackReceiver
    from twilio_calls.webhooks import validate_signalwire_signature

    with CallbackReceiver() as receiver:
        client = calls_sandbox.client()
        call = client.create(to=TO, from_=FROM, url=TWIML_URL, status_callback=receiver.url)
        calls_sandbox.advance(call.sid, until="in-progress")
        manual_clock(calls_sandbox).advance(20)
        (received,) = receiver.wait_for(1)
    assert received.params["CallStatus"] == "completed" and received.params["AccountSid"] == calls_sandbox.account_sid
    assert received.signalwire_signature is not None and received.signalwire_signature == received.signature
    assert validate_signalwire_signature(
        calls_sandbox.auth_token, received.url, received.params, received.signalwire_signature
    )
