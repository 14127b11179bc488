"""What the official SDKs send and the providers take, which the sandbox must take too (issue 20, item 2).

twilio-python sends a `date` filter as `StartTime=2026-12-07T00:00:00Z`, Twilio's reference writes its own date
examples as `06/11/2019 22:05:25 MST`, SignalWire's SDK sends `/2010-04-01/...` at the root of the space,
Python's `True`, and repeated RecordingStatusCallbackEvent keys. Each is sent here as raw HTTP, exactly as the SDK
or the reference writes it, to both sandbox flavours where both see it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from _sandbox_helpers import BUSY_TO, FROM, TO, TWIML_URL, calls_path, manual_clock, raw_client

from twilio_calls.sandbox import CallbackReceiver, ManualClock, Sandbox

DAY = 24 * 3600
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(params=["twilio", "signalwire"])
def calls_sandbox_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Pinned clock: 2030-01-07 09:00 UTC; each test runs against each provider's sandbox."""
    return {"clock": ManualClock(start=datetime(2030, 1, 7, 9, 0, tzinfo=UTC)), "provider": request.param}


@pytest.fixture
def two_days(calls_sandbox: Sandbox) -> dict[str, str]:
    """A: started 2030-01-07 09:00:01 UTC, completed; B: started 2030-01-08 09:00:15 UTC, busy at 09:00:18."""
    client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
    sids = {"A": client.create(to=TO, from_=FROM, url=TWIML_URL).sid or ""}
    clock.advance(14)
    clock.advance(DAY)
    sids["B"] = client.create(to=BUSY_TO, from_=FROM, url=TWIML_URL).sid or ""
    clock.advance(4)
    return sids


def listed(sandbox: Sandbox, query: list[tuple[str, str]]) -> list[str]:
    with raw_client(sandbox) as http:
        response = http.get(calls_path(sandbox) + "?" + urlencode(query))
    assert response.status_code == 200, response.text
    return [call["sid"] for call in response.json()["calls"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Equality names a day, whatever form the day is given in: twilio-python's midnight instant for a date,
        # any other time of that day, an offset time (the day as written), SignalWire's RFC 2822 form.
        ([("StartTime", "2030-01-08T00:00:00Z")], "B"),
        ([("StartTime", "2030-01-07T23:59:59+00:00")], "A"),
        ([("StartTime", "2030-01-08T01:00:00-05:00")], "B"),
        ([("StartTime", "Tue, 08 Jan 2030 00:00:00 +0000")], "B"),
        ([("EndTime", "2030-01-07T00:00:00Z")], "A"),
        ([("EndTime", "01/08/2030")], "B"),
        # Twilio's reference's own examples: a US date with a zone name, and a space-separated ISO time.
        ([("StartTime<", "01/07/2030 02:00:01 MST")], "A"),  # 09:00:01 UTC, inclusive
        ([("StartTime<", "01/07/2030 02:00:00 MST")], ""),
        ([("StartTime>", "01/08/2030 04:00:15 EST")], "B"),
        ([("EndTime<", "2030-01-08 09:00:17.000")], "A"),
        ([("EndTime<", "2030-01-08 09:00:18.000")], "BA"),
        ([("StartTime<", "01/08/2030 09:00:15 +0000")], "BA"),
    ],
)
def test_date_filters_in_the_forms_the_sdks_and_references_use(
    calls_sandbox: Sandbox, two_days: dict[str, str], query: list[tuple[str, str]], expected: str
) -> None:
    assert listed(calls_sandbox, query) == [two_days[name] for name in expected]


def test_twilios_reference_example_query_is_answered(calls_sandbox: Sandbox, two_days: dict[str, str]) -> None:
    # The list example's query in Twilio's vendored reference, with this sandbox's numbers.
    query = [("EndTime<", "2019-06-11 22:05:25.000"), ("StartTime<", "06/11/2019 22:05:25 MST"), ("PageSize", "2")]
    assert listed(calls_sandbox, query) == []


def test_an_unreadable_us_date_is_refused_naming_the_filter(calls_sandbox: Sandbox) -> None:
    with raw_client(calls_sandbox) as http:
        response = http.get(calls_path(calls_sandbox), params={"StartTime<": "13/45/2030 10:00:00 MST"})
    assert response.status_code == 400
    assert "Invalid StartTime<: '13/45/2030 10:00:00 MST'" in response.json()["message"]


@pytest.mark.parametrize("spelling", ["True", "true", "TRUE", "False"])
def test_booleans_in_any_letter_case(calls_sandbox: Sandbox, spelling: str) -> None:
    with raw_client(calls_sandbox) as http:
        data = {"To": TO, "From": FROM, "Url": TWIML_URL, "Record": spelling}
        assert http.post(calls_path(calls_sandbox), data=data).status_code in (200, 201)
        refused = http.post(calls_path(calls_sandbox), data={**data, "Record": "yes"})
    assert refused.status_code == 400 and "'yes' is not true or false" in refused.text


def test_the_api_is_served_at_the_root_too_with_pages_linked_as_documented(calls_sandbox: Sandbox) -> None:
    """SignalWire's SDK sends /2010-04-01/... to the root of the space; its documents put it under /api/laml,
    and next_page_uri stays there. Twilio's sandbox has no prefix: the root is where it always served."""
    root = calls_sandbox.url.removesuffix("/api/laml")
    client = calls_sandbox.client()
    created = [client.create(to=TO, from_=FROM, url=TWIML_URL).sid for _ in range(3)]
    with httpx.Client(base_url=root, auth=(calls_sandbox.account_sid, calls_sandbox.auth_token)) as http:
        first = http.get(calls_path(calls_sandbox), params={"PageSize": 2})
        assert first.status_code == 200
        assert [call["sid"] for call in first.json()["calls"]] == created[:0:-1]
        documented_prefix = "" if calls_sandbox.provider == "twilio" else "/api/laml"
        assert first.json()["next_page_uri"].startswith(f"{documented_prefix}/2010-04-01/Accounts/")
        second = http.get(first.json()["next_page_uri"])
        assert [call["sid"] for call in second.json()["calls"]] == created[:1]
        fetched = http.get(f"/2010-04-01/Accounts/{calls_sandbox.account_sid}/Calls/{created[0]}.json")
        assert fetched.status_code == 200 and fetched.json()["sid"] == created[0]
        assert http.get("/api/2010-04-01/Accounts/x/Calls.json").status_code == 404  # neither prefix
        assert http.get("/api/laml2010-04-01/Accounts/x/Calls.json").status_code == 404


def test_recording_events_as_repeated_keys_or_one_spaced_value(calls_sandbox: Sandbox) -> None:
    base = [("To", TO), ("From", FROM), ("Url", TWIML_URL), ("Record", "true")]
    with raw_client(calls_sandbox) as http:
        for events in (
            [("RecordingStatusCallbackEvent", "in-progress"), ("RecordingStatusCallbackEvent", "completed")],
            [("RecordingStatusCallbackEvent", "in-progress completed")],
        ):
            response = http.post(calls_path(calls_sandbox), content=urlencode(base + events), headers=FORM)
            assert response.status_code in (200, 201), response.text


def test_status_callbacks_carry_twilios_documented_parameter_set(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    with CallbackReceiver() as receiver:
        done = client.create(
            to=TO,
            from_=FROM,
            url=TWIML_URL,
            status_callback=receiver.url,
            status_callback_event=["ringing", "completed"],
        )
        busy = client.create(to=BUSY_TO, from_=FROM, url=TWIML_URL, status_callback=receiver.url)
        calls_sandbox.advance(done.sid or "", until="in-progress")
        client.hangup(done.sid or "")
        calls_sandbox.advance(busy.sid or "", until="busy")
        got = receiver.wait_for(3)
    places = [
        party + place for party in ("Caller", "Called", "From", "To") for place in ("City", "State", "Zip", "Country")
    ]
    always = {"CallSid", "AccountSid", "From", "To", "Caller", "Called", "CallStatus", "Direction", "ApiVersion"}
    always |= {"ForwardedFrom", "CallerName", "ParentCallSid", "Timestamp", "SequenceNumber", "CallbackSource"}
    by_status = {(c.params["CallSid"], c.params["CallStatus"]): c.params for c in got}
    ringing = by_status[(done.sid, "ringing")]
    assert set(ringing) == always | set(places)  # nothing about the end before the end
    assert (ringing["ForwardedFrom"], ringing["CallerName"], ringing["ParentCallSid"], ringing["ToCity"]) == ("",) * 4
    completed = by_status[(done.sid, "completed")]
    assert set(completed) == always | set(places) | {"CallDuration", "SipResponseCode"}
    assert completed["SipResponseCode"] == "200"
    assert by_status[(busy.sid, "busy")]["SipResponseCode"] == "486"
