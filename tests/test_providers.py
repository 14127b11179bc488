"""Each client checks requests by its own provider's documented rules, and sends them as that provider expects.

The rules come from openapi/calls.yaml (Twilio) and openapi/signalwire.overlay.yaml (SignalWire), through the
generated surface; the tests here pin what a caller sees at the HTTP boundary: exact bodies, and the errors
raised before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from _clients import AC, CALLS_URL, TOKEN, call_body
from conftest import SIGNALWIRE_PROJECT, Driver
from pytest_httpx import HTTPXMock

from twilio_calls import (
    AsyncCallsClient,
    BadRequestError,
    CallsClient,
    MachineDetection,
    RecordingStatusCallbackEvent,
    StatusCallbackEvent,
    ValidationError,
)

MakeClient = Callable[..., Driver]
SW_CALLS_URL = f"https://example.signalwire.com/api/laml/2010-04-01/Accounts/{SIGNALWIRE_PROJECT}/Calls.json"
SW_SID = "3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b"
BASE_ARGS = {"to": "+15558675310", "from_": "+15017122661", "url": "https://example.com/twiml"}
BASE_BODY = b"To=%2B15558675310&From=%2B15017122661&Url=https%3A%2F%2Fexample.com%2Ftwiml"

TWILIO_ONLY = {
    "call_reason": "Your appointment",
    "call_token": "token-from-an-incoming-call",
    "byoc": "BY" + "0" * 32,
    "client_notification_url": "https://example.com/push",
    "time_limit": 600,
}
SIGNALWIRE_ONLY = {"machine_words_threshold": 6, "async_amd_partial_results": True, "max_price_per_minute": "0.0075"}


def sw_call(**fields: Any) -> dict[str, Any]:
    return {"sid": SW_SID, "account_sid": SIGNALWIRE_PROJECT, "status": "queued", **fields}


@pytest.fixture(autouse=True)
def _no_real_sleep(sleeps: list[float]) -> None:
    """A wrongly retried request would be recorded, not slept."""


async def test_signalwire_takes_its_own_parameters_values_and_bounds(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        method="POST",
        url=SW_CALLS_URL,
        status_code=200,  # SignalWire documents 200 for a create
        match_content=(
            BASE_BODY + b"&StatusCallbackEvent=ringing_forwarded&StatusCallbackEvent=ringing_queued"
            b"&StatusCallbackEvent=answered&SendDigits=W1234%23"
            b"&RecordingStatusCallbackEvent=in-progress+completed+absent"
            b"&MachineDetection=none&MachineDetectionTimeout=120"
            b"&MachineWordsThreshold=100&AsyncAmdPartialResults=true&MaxPricePerMinute=0.0075"
        ),
        json=sw_call(),
    )
    call = await make_client(signalwire=True).call(
        "create",
        **BASE_ARGS,
        status_callback_event=["ringing_forwarded", StatusCallbackEvent.RINGING_QUEUED, "answered"],
        send_digits="W1234#",
        recording_status_callback_event=[RecordingStatusCallbackEvent.IN_PROGRESS, "completed", "absent"],
        machine_detection=MachineDetection.NONE,
        machine_detection_timeout=120,
        machine_words_threshold=100,
        async_amd_partial_results=True,
        max_price_per_minute="0.0075",
    )
    assert call.sid == SW_SID


async def test_twilio_sends_recording_events_as_repeated_keys(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST", url=CALLS_URL, status_code=201, json=call_body(),
        match_content=BASE_BODY + b"&RecordingStatusCallbackEvent=in-progress&RecordingStatusCallbackEvent=completed",
    )  # fmt: skip
    await make_client().call("create", **BASE_ARGS, recording_status_callback_event=["in-progress", "completed"])


async def test_a_single_recording_event_on_signalwire_is_one_value(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        method="POST", url=SW_CALLS_URL, json=sw_call(),
        match_content=BASE_BODY + b"&RecordingStatusCallbackEvent=completed",
    )  # fmt: skip
    await make_client(signalwire=True).call("create", **BASE_ARGS, recording_status_callback_event=["completed"])


@pytest.mark.parametrize(("name", "value"), list(TWILIO_ONLY.items()))
async def test_signalwire_refuses_twilio_only_parameters(
    make_client: MakeClient, httpx_mock: HTTPXMock, name: str, value: object
) -> None:
    with pytest.raises(ValidationError) as caught:
        await make_client(signalwire=True).call("create", **BASE_ARGS, **{name: value})
    assert caught.value.parameter == name
    assert str(caught.value) == f"{name}: not taken by signalwire (only by twilio)"
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(("name", "value"), list(SIGNALWIRE_ONLY.items()))
async def test_twilio_refuses_signalwire_only_parameters(
    make_client: MakeClient, httpx_mock: HTTPXMock, name: str, value: object
) -> None:
    with pytest.raises(ValidationError) as caught:
        await make_client().call("create", **BASE_ARGS, **{name: value})
    assert caught.value.parameter == name
    assert str(caught.value) == f"{name}: not taken by twilio (only by signalwire)"
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("signalwire", "name", "value", "problem"),
    [
        (False, "machine_detection_timeout", 90, "must be between 3 and 59, got 90"),
        (False, "machine_detection_timeout", 1, "must be between 3 and 59, got 1"),
        (False, "machine_detection", "none", "expected one of 'Enable', 'DetectMessageEnd', got 'none'"),
        (False, "machine_detection", MachineDetection.NONE, "expected one of 'Enable', 'DetectMessageEnd', got 'none'"),
        (
            False,
            "status_callback_event",
            [StatusCallbackEvent.RINGING_QUEUED],
            "expected one of 'initiated', 'ringing', 'answered', 'completed', got 'ringing_queued'",
        ),
        (True, "send_digits", "A1", "'A1' does not match the documented pattern ^[0-9#*wW]{1,32}$"),
    ],
    ids=["twilio-amd-90", "twilio-amd-1", "twilio-none", "twilio-none-member", "twilio-ringing-queued", "sw-letters"],
)
async def test_a_value_only_the_other_provider_takes_is_refused_naming_both(
    make_client: MakeClient, httpx_mock: HTTPXMock, signalwire: bool, name: str, value: object, problem: str
) -> None:
    provider, other = ("signalwire", "twilio") if signalwire else ("twilio", "signalwire")
    with pytest.raises(ValidationError) as caught:
        await make_client(signalwire=signalwire).call("create", **BASE_ARGS, **{name: value})
    assert caught.value.parameter == name
    assert str(caught.value) == f"{name}: {problem} (that is {provider}'s rule; {other} would take it)"
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("machine_detection_timeout", 121, "must be between 1 and 120, got 121"),
        ("machine_detection_timeout", 0, "must be between 1 and 120, got 0"),
        ("machine_words_threshold", 101, "must be between 1 and 100, got 101"),
        ("machine_words_threshold", 0, "must be between 1 and 100, got 0"),
        ("max_price_per_minute", "0.00751", "'0.00751' does not match the documented pattern ^\\d+\\.?\\d{0,4}$"),
        ("max_price_per_minute", "-1", "'-1' does not match the documented pattern ^\\d+\\.?\\d{0,4}$"),
        ("async_amd_partial_results", "yes", "expected True or False, got 'yes'"),
        ("send_digits", "1" * 33, "must be at most 32 characters, got 33"),
    ],
)
async def test_signalwire_bounds_are_its_own(
    make_client: MakeClient, httpx_mock: HTTPXMock, name: str, value: object, problem: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        await make_client(signalwire=True).call("create", **BASE_ARGS, **{name: value})
    assert caught.value.parameter == name
    assert problem in str(caught.value)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("cls", [CallsClient, AsyncCallsClient])
def test_a_base_url_client_follows_twilio_unless_told(cls: type[CallsClient] | type[AsyncCallsClient]) -> None:
    assert cls(AC, TOKEN, base_url="http://127.0.0.1:9").provider == "twilio"
    made = cls(SIGNALWIRE_PROJECT, TOKEN, base_url="http://127.0.0.1:9", provider="signalwire")
    assert made.provider == "signalwire"
    assert cls.signalwire(space="example", project_id=SIGNALWIRE_PROJECT, api_token=TOKEN).provider == "signalwire"
    made = cls.signalwire(base_url="http://127.0.0.1:9/api/laml", project_id=SIGNALWIRE_PROJECT, api_token=TOKEN)
    assert (made.provider, made.base_url) == ("signalwire", "http://127.0.0.1:9/api/laml")
    with pytest.raises(ValidationError, match="provider: expected one of 'twilio', 'signalwire', got 'plivo'"):
        cls(AC, TOKEN, provider="plivo")
    with pytest.raises(ValidationError, match="give exactly one of space or base_url"):
        cls.signalwire(project_id=SIGNALWIRE_PROJECT, api_token=TOKEN)


async def test_provider_on_the_constructor_sends_signalwire_parameters(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    url = f"http://127.0.0.1:9/2010-04-01/Accounts/{SIGNALWIRE_PROJECT}/Calls.json"
    httpx_mock.add_response(
        method="POST", url=url, json=sw_call(), match_content=BASE_BODY + b"&MachineWordsThreshold=3",
    )  # fmt: skip
    await make_client(base_url="http://127.0.0.1:9", provider="signalwire", account_sid=SIGNALWIRE_PROJECT).call(
        "create", **BASE_ARGS, machine_words_threshold=3
    )


async def test_signalwire_call_fields_are_read(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    body = sw_call(
        duration=42,
        price=0.0075,
        audio_in_mos=4.3,
        sip_result_code=200,
        audio_rtt_avg=40,
        audio_rtt_min=20,
        audio_rtt_max=80,
        audio_out_jitter_avg=3,
        audio_out_jitter_min=1,
        audio_out_jitter_max=9,
        audio_out_lost=2,
        subresource_uris={"notifications": None, "recordings": "/api/laml/.../Recordings.json"},
    )
    httpx_mock.add_response(json=body)
    call = await make_client(signalwire=True).call("fetch", SW_SID)
    assert (call.duration, call.price, call.audio_in_mos, call.sip_result_code) == (
        42,
        Decimal("0.0075"),
        Decimal("4.3"),
        "200",
    )
    assert (call.audio_rtt_avg, call.audio_rtt_min, call.audio_rtt_max) == (40, 20, 80)
    assert (call.audio_out_jitter_avg, call.audio_out_jitter_min, call.audio_out_jitter_max) == (3, 1, 9)
    assert call.audio_out_lost == 2
    assert call.subresource_uris == {"recordings": "/api/laml/.../Recordings.json"}


@pytest.mark.parametrize(("price", "sent"), [(Decimal("0.0075"), b"0.0075"), (1, b"1"), ("0.05", b"0.05")])
async def test_money_on_signalwire_takes_a_decimal_and_goes_as_text(
    make_client: MakeClient, httpx_mock: HTTPXMock, price: object, sent: bytes
) -> None:
    httpx_mock.add_response(
        method="POST", url=SW_CALLS_URL, json=sw_call(), match_content=BASE_BODY + b"&MaxPricePerMinute=" + sent,
    )  # fmt: skip
    await make_client(signalwire=True).call("create", **BASE_ARGS, max_price_per_minute=price)


@pytest.mark.parametrize("price", [Decimal("0.00751"), 0.5, True])
async def test_money_past_four_places_or_as_a_float_is_refused(
    make_client: MakeClient, httpx_mock: HTTPXMock, price: object
) -> None:
    with pytest.raises(ValidationError) as caught:
        await make_client(signalwire=True).call("create", **BASE_ARGS, max_price_per_minute=price)
    assert caught.value.parameter == "max_price_per_minute"
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("cls", [CallsClient, AsyncCallsClient])
def test_the_provider_comes_from_the_environment_unless_given(
    cls: type[CallsClient] | type[AsyncCallsClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_CALLS_PROVIDER", "signalwire")
    monkeypatch.setenv("TWILIO_CALLS_BASE_URL", "http://127.0.0.1:9/api/laml")  # both, as a sandbox exports them
    assert cls(SIGNALWIRE_PROJECT, TOKEN).provider == "signalwire"
    assert cls(AC, TOKEN, provider="twilio").provider == "twilio"
    # A client given its own base_url or region keeps the default rules unless told.
    assert cls(AC, TOKEN, base_url="https://api.twilio.com").provider == "twilio"
    assert cls(AC, TOKEN, region="au1").provider == "twilio"
    # SignalWire's document names a host per space: with neither a space nor base_url there is nowhere to go.
    monkeypatch.delenv("TWILIO_CALLS_BASE_URL", raising=False)
    with pytest.raises(ValidationError, match=r"^base_url: signalwire has no single API host .*\{space\}"):
        cls(SIGNALWIRE_PROJECT, TOKEN)
    monkeypatch.setenv("TWILIO_CALLS_PROVIDER", "plivo")
    with pytest.raises(ValidationError, match="provider: expected one of 'twilio', 'signalwire', got 'plivo'"):
        cls(AC, TOKEN)


async def test_signalwire_422_is_a_bad_request(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    url = SW_CALLS_URL.removesuffix(".json") + f"/{SW_SID}.json"
    body = {"code": 21220, "message": "Call is not in-progress. Cannot redirect.", "more_info": None, "status": 422}
    httpx_mock.add_response(method="POST", url=url, status_code=422, json=body)
    with pytest.raises(BadRequestError) as caught:
        await make_client(signalwire=True).call("redirect", SW_SID, url="https://example.com/next")
    assert (caught.value.status, caught.value.code, caught.value.may_have_succeeded) == (422, 21220, False)


@pytest.mark.parametrize(
    ("filters", "query"),
    [
        ({"started_on": date(2024, 1, 2)}, "StartTime=Tue%2C+02+Jan+2024+00%3A00%3A00+GMT"),
        ({"started_before": "2024-01-02"}, "StartTime%3C=Tue%2C+02+Jan+2024+23%3A59%3A59+GMT"),  # the whole day
        (
            {"ended_after": datetime(2024, 1, 2, 5, 4, 5, tzinfo=timezone(timedelta(hours=2)))},
            "EndTime%3E=Tue%2C+02+Jan+2024+03%3A04%3A05+GMT",
        ),
        ({"ended_on": "Wed, 19 Sept 2018 20:00:00 +0000"}, "EndTime=Wed%2C+19+Sep+2018+20%3A00%3A00+GMT"),
    ],
)
async def test_signalwire_date_filters_go_as_rfc_2822(
    make_client: MakeClient, httpx_mock: HTTPXMock, filters: dict[str, object], query: str
) -> None:
    httpx_mock.add_response(method="GET", url=f"{SW_CALLS_URL}?{query}", json={"calls": [], "next_page_uri": None})
    assert await make_client(signalwire=True).collect(**filters) == []


async def test_an_rfc_2822_date_is_refused_by_twilio_naming_signalwire(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(ValidationError, match=r"^started_on: .* \(that is twilio's rule; signalwire would take it\)$"):
        await make_client().collect(started_on="Tue, 02 Jan 2024 03:04:05 GMT")
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    "text",
    [
        "5",  # dateutil: the 5th of this month
        "1/2/3",  # dateutil: 2003-01-02
        "Nov 1 2026",  # no zone: dateutil took it as UTC
        "2026-11-01T10:00:00",  # ISO 8601 without an offset
        "Sun, 01 Nov 2026 10:00:00",  # RFC 2822 without a zone
        "Sun, 01 Nov 26 10:00:00 GMT",  # a two-digit year
        "Sun, 01 Nov 0026 10:00:00 GMT",  # the standard library reads it as 2026
        "Nov 1 2026 10:00 +0100",  # month before day: not RFC 2822
        "Sun, 01 Nov 2026 10:00:00 XYZ",  # an unknown zone
        "2026-13-01",  # no such day
        "yesterday",
    ],
)
@pytest.mark.parametrize("signalwire", [False, True], ids=["twilio", "signalwire"])
async def test_ambiguous_date_text_is_refused_by_both_providers(
    make_client: MakeClient, httpx_mock: HTTPXMock, text: str, signalwire: bool
) -> None:
    with pytest.raises(ValidationError) as caught:
        await make_client(signalwire=signalwire).collect(started_after=text)
    assert caught.value.parameter == "started_after" and repr(text) in str(caught.value)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("filters", "query"),
    [
        ({"started_after": "2026-11-01T10:00:00+01:00"}, "StartTime%3E=Sun%2C+01+Nov+2026+09%3A00%3A00+GMT"),
        ({"started_after": "Sun, 01 Nov 2026 10:00:00 -0000"}, "StartTime%3E=Sun%2C+01+Nov+2026+10%3A00%3A00+GMT"),
        ({"started_after": "1 Nov 2026 10:00 EST"}, "StartTime%3E=Sun%2C+01+Nov+2026+15%3A00%3A00+GMT"),
        ({"ended_before": "9999-12-31"}, "EndTime%3C=Fri%2C+31+Dec+9999+23%3A59%3A59+GMT"),
    ],
)
async def test_signalwire_takes_unambiguous_date_text(
    make_client: MakeClient, httpx_mock: HTTPXMock, filters: dict[str, object], query: str
) -> None:
    httpx_mock.add_response(method="GET", url=f"{SW_CALLS_URL}?{query}", json={"calls": [], "next_page_uri": None})
    assert await make_client(signalwire=True).collect(**filters) == []


@pytest.mark.parametrize(
    "value",
    [
        datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-2))),  # year 10000 in UTC
        datetime(1, 1, 1, 0, tzinfo=timezone(timedelta(hours=2))),  # year 0 in UTC
        "Fri, 31 Dec 9999 23:00:00 -0200",
    ],
    ids=["after-9999", "before-1", "rfc2822-after-9999"],
)
@pytest.mark.parametrize("signalwire", [False, True], ids=["twilio", "signalwire"])
async def test_a_date_outside_utc_range_is_a_validation_error(
    make_client: MakeClient, httpx_mock: HTTPXMock, value: object, signalwire: bool
) -> None:
    if isinstance(value, str) and not signalwire:
        value = datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-2)))  # Twilio takes no RFC 2822 text
    with pytest.raises(ValidationError, match=r"^started_after: .*outside the years 1 to 9999 in UTC") as caught:
        await make_client(signalwire=signalwire).collect(started_after=value)
    assert caught.value.parameter == "started_after"
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    "base_url",
    ["https://example.signalwire.com/api/laml", "https://example.signalwire.com", "http://127.0.0.1:9/api/laml"],
)
async def test_a_base_url_on_signalwires_server_means_signalwire(
    make_client: MakeClient, httpx_mock: HTTPXMock, base_url: str
) -> None:
    """Code written for the earlier release: CallsClient(project_uuid, token, base_url=".../api/laml")."""
    api = make_client(account_sid=SIGNALWIRE_PROJECT, base_url=base_url)
    assert api.client.provider == "signalwire"
    httpx_mock.add_response(json={"sid": SW_SID, "account_sid": SIGNALWIRE_PROJECT, "status": "queued"})
    call = await api.call("create", **BASE_ARGS, machine_detection="none")  # a value only SignalWire takes
    assert call.sid == SW_SID
    request = httpx_mock.get_request()
    assert str(request.url) == base_url + f"/2010-04-01/Accounts/{SIGNALWIRE_PROJECT}/Calls.json"
    assert request.content == BASE_BODY + b"&MachineDetection=none"


@pytest.mark.parametrize("cls", [CallsClient, AsyncCallsClient])
def test_the_provider_argument_wins_over_the_base_url(
    cls: type[CallsClient] | type[AsyncCallsClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cls(AC, TOKEN, base_url="http://127.0.0.1:9/api/laml", provider="twilio").provider == "twilio"
    for twilio_url in ("https://api.twilio.com", "https://api.sydney.au1.twilio.com", "http://127.0.0.1:9"):
        assert cls(AC, TOKEN, base_url=twilio_url).provider == "twilio"
    for near_miss in ("http://127.0.0.1:9/api/lamlx", "https://a.b.signalwire.com", "https://signalwire.com.evil.net"):
        assert cls(AC, TOKEN, base_url=near_miss).provider == "twilio"
    # TWILIO_CALLS_BASE_URL alone (no TWILIO_CALLS_PROVIDER) is read the same way.
    monkeypatch.delenv("TWILIO_CALLS_PROVIDER", raising=False)
    monkeypatch.setenv("TWILIO_CALLS_BASE_URL", "http://127.0.0.1:9/api/laml")
    assert cls(SIGNALWIRE_PROJECT, TOKEN).provider == "signalwire"


@pytest.mark.parametrize("cls", [CallsClient, AsyncCallsClient])
def test_an_account_of_the_other_provider_says_how_to_choose_it(
    cls: type[CallsClient] | type[AsyncCallsClient],
) -> None:
    with pytest.raises(ValidationError) as caught:
        cls(SIGNALWIRE_PROJECT, TOKEN, base_url="http://127.0.0.1:9")
    assert caught.value.parameter == "account_sid"
    assert str(caught.value).endswith(
        "(that is twilio's rule; signalwire would take it); choose the provider with provider='signalwire', "
        "CallsClient.signalwire(...) or TWILIO_CALLS_PROVIDER=signalwire"
    )
    with pytest.raises(
        ValidationError, match=r"choose the provider with provider='twilio' or TWILIO_CALLS_PROVIDER=twilio$"
    ):
        cls(AC, TOKEN, provider="signalwire", base_url="http://127.0.0.1:9")
