"""twilio_calls.webhooks: signature validation and status-callback parsing.

Every expected signature is computed here with hmac/hashlib (or taken from a provider's published example),
never with the module's own helpers, so a bug there cannot agree with itself.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import subprocess
import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import pytest

from twilio_calls import TwilioCallsError, ValidationError
from twilio_calls.webhooks import (
    SIGNALWIRE_SIGNATURE_HEADER,
    TWILIO_SIGNATURE_HEADER,
    CallStatusEvent,
    parse_status_callback,
    validate_json_signature,
    validate_signalwire_body_signature,
    validate_signalwire_signature,
    validate_signature,
)
from twilio_calls_api.models import AnsweredBy, CallbackStatus, CallStatus, Direction

TOKEN = "0123456789abcdef0123456789abcdef"
URL = "https://calls.example.com/twilio/status?tenant=7"
FORM = {
    "CallSid": "CA0123456789abcdef0123456789abcdef",
    "AccountSid": "AC0123456789abcdef0123456789abcdef",
    "CallStatus": "ringing",
    "From": "+15017122661",
    "To": "+15558675310",
    "Direction": "outbound-api",
    "ApiVersion": "2010-04-01",
}


def sign(key: str, url: str, pairs: Iterable[tuple[str, str]] = (), digest: str = "sha1") -> str:
    """Twilio's documented scheme, written out: URL, then name+value for each parameter in the given order."""
    data = url + "".join(name + value for name, value in pairs)
    return base64.b64encode(hmac.new(key.encode(), data.encode(), digest).digest()).decode()


def sorted_by_name(params: dict[str, str]) -> list[tuple[str, str]]:
    return sorted(params.items())


# --- Published examples -------------------------------------------------------------------------------------

# Twilio's webhook-security documentation example (auth token "12345").
TWILIO_DOCS_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
TWILIO_DOCS_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}
TWILIO_DOCS_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def test_twilio_documentation_example_validates() -> None:
    assert sign("12345", TWILIO_DOCS_URL, sorted_by_name(TWILIO_DOCS_PARAMS)) == TWILIO_DOCS_SIGNATURE
    assert validate_signature("12345", TWILIO_DOCS_URL, TWILIO_DOCS_PARAMS, TWILIO_DOCS_SIGNATURE)
    tampered = {**TWILIO_DOCS_PARAMS, "Digits": "1235"}
    assert not validate_signature("12345", TWILIO_DOCS_URL, tampered, TWILIO_DOCS_SIGNATURE)
    assert not validate_signature(
        "12345", TWILIO_DOCS_URL.replace("foo=1", "foo=2"), TWILIO_DOCS_PARAMS, TWILIO_DOCS_SIGNATURE
    )


# --- Twilio form webhooks -----------------------------------------------------------------------------------


def test_params_are_signed_sorted_by_name_whatever_order_they_arrive_in() -> None:
    signature = sign(TOKEN, URL, sorted_by_name(FORM))
    reversed_pairs = list(reversed(list(FORM.items())))
    assert validate_signature(TOKEN, URL, FORM, signature)
    assert validate_signature(TOKEN, URL, reversed_pairs, signature)
    assert validate_signature(TOKEN, URL, dict(reversed_pairs), signature)
    assert validate_signature(TOKEN, URL, {name: [value] for name, value in FORM.items()}, signature)
    # A signature over the parameters in arrival order (not sorted) is not Twilio's and must not pass.
    assert not validate_signature(TOKEN, URL, reversed_pairs, sign(TOKEN, URL, reversed_pairs))


def test_every_parameter_and_the_url_are_covered() -> None:
    signature = sign(TOKEN, URL, sorted_by_name(FORM))
    assert not validate_signature(TOKEN, URL, {**FORM, "CallStatus": "completed"}, signature)
    assert not validate_signature(TOKEN, URL, {**FORM, "Extra": ""}, signature)
    assert not validate_signature(TOKEN, URL, {k: v for k, v in FORM.items() if k != "To"}, signature)
    assert not validate_signature(TOKEN, URL + "&x=1", FORM, signature)
    assert not validate_signature(TOKEN, URL.replace("https:", "http:"), FORM, signature)


def test_get_webhook_signs_the_url_alone() -> None:
    signature = sign(TOKEN, URL)
    assert validate_signature(TOKEN, URL, None, signature)
    assert validate_signature(TOKEN, URL, {}, signature)
    assert not validate_signature(TOKEN, URL, {"A": "b"}, signature)


REPEATED = [
    ("CallSid", "CA1"),
    ("StatusCallbackEvent", "ringing"),
    ("AccountSid", "AC1"),
    ("StatusCallbackEvent", "answered"),
]


class MultiDict(dict[str, list[str]]):
    """The shape of Werkzeug's / Starlette's multi-dicts: [] gives the first value, getlist() gives them all."""

    def __getitem__(self, name: str) -> str:  # type: ignore[override]
        return super().__getitem__(name)[0]

    def getlist(self, name: str) -> list[str]:
        return super().__getitem__(name)


def test_repeated_names_in_arrival_order_validate() -> None:
    # Names sorted, the two StatusCallbackEvent values kept in the order they were sent.
    signed = [("AccountSid", "AC1"), ("CallSid", "CA1"), ("StatusCallbackEvent", "ringing")]
    signature = sign(TOKEN, URL, [*signed, ("StatusCallbackEvent", "answered")])
    as_lists = {"CallSid": ["CA1"], "StatusCallbackEvent": ["ringing", "answered"], "AccountSid": ["AC1"]}
    assert validate_signature(TOKEN, URL, REPEATED, signature)
    assert validate_signature(TOKEN, URL, as_lists, signature)
    assert validate_signature(TOKEN, URL, MultiDict(as_lists), signature)
    # Losing a repeated value (what dict(request.form) does) breaks the signature.
    assert not validate_signature(TOKEN, URL, dict(REPEATED), signature)
    assert not validate_signature(TOKEN, URL, REPEATED[:3], signature)


def test_repeated_names_with_values_sorted_validate_too() -> None:
    # Twilio's helper libraries sort a repeated name's values ("answered" before "ringing").
    signature = sign(
        TOKEN,
        URL,
        [
            ("AccountSid", "AC1"),
            ("CallSid", "CA1"),
            ("StatusCallbackEvent", "answered"),
            ("StatusCallbackEvent", "ringing"),
        ],
    )
    assert validate_signature(TOKEN, URL, REPEATED, signature)
    assert not validate_signature(TOKEN, URL, [*REPEATED, ("StatusCallbackEvent", "completed")], signature)


@pytest.mark.parametrize(
    ("signed_url", "request_url"),
    [
        ("https://calls.example.com:443/cb?a=1", "https://calls.example.com/cb?a=1"),
        ("https://calls.example.com/cb?a=1", "https://calls.example.com:443/cb?a=1"),
        ("http://calls.example.com:80/cb", "http://calls.example.com/cb"),
        ("http://calls.example.com/cb", "http://calls.example.com:80/cb"),
        ("HTTPS://calls.example.com:443/cb", "HTTPS://calls.example.com/cb"),
        ("https://user:pass@calls.example.com:443/cb", "https://user:pass@calls.example.com/cb"),
        ("https://[2001:db8::1]:443/cb", "https://[2001:db8::1]/cb"),
        ("https://calls.example.com:443?x=1", "https://calls.example.com?x=1"),
    ],
)
def test_default_port_is_accepted_with_or_without(signed_url: str, request_url: str) -> None:
    signature = sign(TOKEN, signed_url, sorted_by_name(FORM))
    assert validate_signature(TOKEN, request_url, FORM, signature)
    assert validate_signature(TOKEN, signed_url, FORM, signature)


@pytest.mark.parametrize(
    ("signed_url", "request_url"),
    [
        ("https://calls.example.com/cb", "https://calls.example.com:8443/cb"),  # a real port is never dropped
        ("https://calls.example.com:8443/cb", "https://calls.example.com/cb"),
        ("https://calls.example.com:80/cb", "https://calls.example.com/cb"),  # 80 is not https's default
        ("http://calls.example.com:443/cb", "http://calls.example.com/cb"),
        ("https://calls.example.com:443/cb", "https://calls.example.com/cb/"),
    ],
)
def test_only_the_default_port_is_interchangeable(signed_url: str, request_url: str) -> None:
    signature = sign(TOKEN, signed_url, sorted_by_name(FORM))
    assert not validate_signature(TOKEN, request_url, FORM, signature)


def test_wrong_token_fails() -> None:
    signature = sign(TOKEN, URL, sorted_by_name(FORM))
    assert not validate_signature(TOKEN[:-1] + "0", URL, FORM, signature)
    assert not validate_signature("", URL, FORM, sign("", URL, sorted_by_name(FORM)))  # an empty key is refused


@pytest.mark.parametrize(
    "signature",
    [
        None,
        "",
        "   ",
        "not base64 at all!",
        "%%%%",
        "0/KCTR6DLpKmkAf8muzZqo1nDgQ",  # the right one, truncated
        "é" * 28,
        42,
        ["0/KCTR6DLpKmkAf8muzZqo1nDgQ="],
        b"\xff\xfe",
    ],
)
def test_missing_or_malformed_signature_is_false(signature: object) -> None:
    assert validate_signature("12345", TWILIO_DOCS_URL, TWILIO_DOCS_PARAMS, signature) is False  # type: ignore[arg-type]


def test_signature_as_bytes_or_with_surrounding_space_is_accepted() -> None:
    assert validate_signature("12345", TWILIO_DOCS_URL, TWILIO_DOCS_PARAMS, TWILIO_DOCS_SIGNATURE.encode())
    assert validate_signature("12345", TWILIO_DOCS_URL, TWILIO_DOCS_PARAMS, f" {TWILIO_DOCS_SIGNATURE}\n")


@pytest.mark.parametrize(
    ("token", "url", "params"),
    [
        (None, URL, FORM),
        (b"12345", URL, FORM),
        (TOKEN, None, FORM),
        (TOKEN, b"https://x", FORM),
        (TOKEN, "", FORM),
        (TOKEN, URL, "CallSid=CA1&To=x"),  # a raw body where parsed params belong
        (TOKEN, URL, {"CallSid": 1}),
        (TOKEN, URL, {1: "x"}),
        (TOKEN, URL, [("CallSid",)]),
        (TOKEN, URL, [("A", "b", "c")]),
        (TOKEN, URL, 7),
        (TOKEN, URL, {"A": {"b": "c"}}),
        (TOKEN, "https://\ud800/cb", FORM),
    ],
)
def test_wrong_types_are_false_not_errors(token: object, url: object, params: object) -> None:
    assert validate_signature(token, url, params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=") is False  # type: ignore[arg-type]


def test_sharedkey_hmac_sha256() -> None:
    sha256_signature = sign(TOKEN, URL, sorted_by_name(FORM), digest="sha256")
    assert validate_signature(TOKEN, URL, FORM, sha256_signature, algorithm="HMAC_SHA256")
    assert not validate_signature(TOKEN, URL, FORM, sha256_signature)  # SHA-1 is the default
    assert not validate_signature(TOKEN, URL, FORM, sign(TOKEN, URL, sorted_by_name(FORM)), algorithm="HMAC_SHA256")
    assert not validate_signature(TOKEN, URL, FORM, sha256_signature, algorithm="MD5")  # type: ignore[arg-type]


# --- Twilio JSON webhooks (bodySHA256) ----------------------------------------------------------------------

BODY = b'{"CallSid":"CA1","CallStatus":"completed","Note":"caf\xc3\xa9"}'


def json_url(body: bytes, base: str = "https://calls.example.com/json") -> str:
    return f"{base}?bodySHA256={hashlib.sha256(body).hexdigest()}"


def test_json_body_with_matching_hash_validates() -> None:
    url = json_url(BODY)
    signature = sign(TOKEN, url)
    assert validate_json_signature(TOKEN, url, BODY, signature)
    assert validate_json_signature(TOKEN, url, BODY.decode(), signature)  # the same body as text
    assert validate_json_signature(TOKEN, url.replace(".com/", ".com:443/"), BODY, signature)


def test_json_tampered_body_fails() -> None:
    url = json_url(BODY)
    assert not validate_json_signature(TOKEN, url, BODY.replace(b"completed", b"failed"), sign(TOKEN, url))


def test_json_tampered_hash_fails() -> None:
    forged_body = BODY.replace(b"completed", b"failed")
    genuine_url = json_url(BODY)
    forged_url = json_url(forged_body)
    # The hash matches the forged body, but the signature covers the genuine URL...
    assert not validate_json_signature(TOKEN, forged_url, forged_body, sign(TOKEN, genuine_url))
    # ...and a correctly signed URL whose hash was edited is not Twilio's either.
    edited_url = genuine_url[:-1] + ("0" if genuine_url[-1] != "0" else "1")
    assert not validate_json_signature(TOKEN, edited_url, BODY, sign(TOKEN, genuine_url))


def test_json_without_exactly_one_body_hash_fails() -> None:
    plain = "https://calls.example.com/json"
    assert not validate_json_signature(TOKEN, plain, BODY, sign(TOKEN, plain))
    doubled = json_url(BODY) + "&bodySHA256=" + hashlib.sha256(BODY).hexdigest()
    assert not validate_json_signature(TOKEN, doubled, BODY, sign(TOKEN, doubled))


def test_form_validator_refuses_a_json_webhook() -> None:
    # Without the body check, any body could ride on a signed JSON URL.
    url = json_url(BODY)
    assert not validate_signature(TOKEN, url, None, sign(TOKEN, url))


def test_json_wrong_token_and_bad_inputs_are_false() -> None:
    url = json_url(BODY)
    signature = sign(TOKEN, url)
    assert not validate_json_signature("other-token", url, BODY, signature)
    assert not validate_json_signature(TOKEN, url, None, signature)  # type: ignore[arg-type]
    assert not validate_json_signature(TOKEN, url, {"CallSid": "CA1"}, signature)  # type: ignore[arg-type]
    assert not validate_json_signature(TOKEN, url, BODY, None)
    assert not validate_json_signature(TOKEN, "https://[::1/json?bodySHA256=00", BODY, signature)


# --- SignalWire ---------------------------------------------------------------------------------------------

SIGNING_KEY = "PSKtest1234567890abcdef"


def test_signalwire_laml_form_uses_the_twilio_scheme_with_the_signing_key() -> None:
    signature = sign(SIGNING_KEY, URL, sorted_by_name(FORM))
    assert validate_signalwire_signature(SIGNING_KEY, URL, FORM, signature)
    assert validate_signalwire_signature(SIGNING_KEY, URL.replace(".com/", ".com:443/"), FORM, signature)
    assert not validate_signalwire_signature("PSKother", URL, FORM, signature)
    assert not validate_signalwire_signature(SIGNING_KEY, URL, {**FORM, "To": "+1"}, signature)


def test_signalwire_raw_body_scheme() -> None:
    # SignalWire's SDKs share this vector for their RELAY/SWML scheme: hex HMAC-SHA1 over URL + raw body.
    url = "https://example.ngrok.io/webhook"
    body = b'{"event":"call.state","params":{"call_id":"abc-123","state":"answered"}}'
    published = "c3c08c1fefaf9ee198a100d5906765a6f394bf0f"
    assert hmac.new(SIGNING_KEY.encode(), url.encode() + body, hashlib.sha1).hexdigest() == published
    assert validate_signalwire_body_signature(SIGNING_KEY, url, body, published)
    assert validate_signalwire_body_signature(SIGNING_KEY, url, body, published.upper())
    assert not validate_signalwire_body_signature(SIGNING_KEY, url, body.replace(b"answered", b"ringing"), published)
    assert not validate_signalwire_body_signature(SIGNING_KEY, url + "/x", body, published)
    assert not validate_signalwire_body_signature("wrong-key", url, body, published)


def test_signalwire_raw_body_of_a_laml_form() -> None:
    body = b"CallSid=CA1&CallStatus=in-progress&From=%2B15017122661&StatusCallbackEvent=a&StatusCallbackEvent=b"
    pairs = [("CallSid", "CA1"), ("CallStatus", "in-progress"), ("From", "+15017122661")]
    signature = sign(SIGNING_KEY, URL, [*pairs, ("StatusCallbackEvent", "a"), ("StatusCallbackEvent", "b")])
    assert validate_signalwire_body_signature(SIGNING_KEY, URL, body, signature)
    assert not validate_signalwire_body_signature(
        SIGNING_KEY, URL, body.replace(b"in-progress", b"completed"), signature
    )


def test_signalwire_json_on_the_compatibility_api() -> None:
    # SignalWire's published vector for JSON with bodySHA256; checked here against hashlib first.
    body = b'{"event":"call.state"}'
    url = "https://example.ngrok.io/webhook?bodySHA256=69f3cbfc18e386ef8236cb7008cd5a54b7fed637a8cb3373b5a1591d7f0fd5f4"
    published = "dfO9ek8mxyFtn2nMz24plPmPfIY="
    assert url == json_url(body, "https://example.ngrok.io/webhook")
    assert sign(SIGNING_KEY, url) == published
    assert validate_signalwire_body_signature(SIGNING_KEY, url, body, published)
    assert not validate_signalwire_body_signature(SIGNING_KEY, url, b'{"event":"DIFFERENT"}', published)


def test_signalwire_never_accepts_an_unsigned_body() -> None:
    # A signature over the URL alone says nothing about the body; without bodySHA256 it must not pass.
    url_only = sign(SIGNING_KEY, URL)
    assert not validate_signalwire_body_signature(SIGNING_KEY, URL, b'{"CallStatus":"completed"}', url_only)
    assert validate_signalwire_body_signature(SIGNING_KEY, URL, b"", url_only)  # an empty body: nothing unsigned


def test_header_names() -> None:
    assert TWILIO_SIGNATURE_HEADER == "X-Twilio-Signature"
    assert SIGNALWIRE_SIGNATURE_HEADER == "X-SignalWire-Signature"


# --- Status callbacks ---------------------------------------------------------------------------------------

CALLBACK = {
    **FORM,
    "CallStatus": "completed",
    "Timestamp": "Mon, 23 Nov 2026 08:00:00 +0000",
    "SequenceNumber": "3",
    "CallDuration": "42",
    "AnsweredBy": "machine_start",
    "CallbackSource": "call-progress-events",
    "ParentCallSid": "CAparent",
    "SipResponseCode": "200",
    "Called": "+15558675310",
}


def test_full_status_callback() -> None:
    event = parse_status_callback(CALLBACK)
    assert event.call_sid == FORM["CallSid"]
    assert event.account_sid == FORM["AccountSid"]
    assert event.call_status is CallbackStatus.COMPLETED
    assert event.call_status == CallStatus.COMPLETED  # str enums: equal to the Call resource's member
    assert (event.from_, event.to) == ("+15017122661", "+15558675310")
    assert event.direction is Direction.OUTBOUND_API
    assert event.timestamp == datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    assert event.sequence_number == 3
    assert event.call_duration == 42
    assert event.answered_by is AnsweredBy.MACHINE_START
    assert event.api_version == "2010-04-01"
    assert event.callback_source == "call-progress-events"
    assert event.parent_call_sid == "CAparent"
    assert dict(event.extra) == {"SipResponseCode": "200", "Called": "+15558675310"}
    assert event.raw == tuple(CALLBACK.items())


def test_initiated_and_trunking_directions_are_enum_members() -> None:
    event = parse_status_callback({"CallSid": "CA1", "CallStatus": "initiated", "Direction": "trunking-originating"})
    assert event.call_status is CallbackStatus.INITIATED
    assert event.direction is Direction.TRUNKING_ORIGINATING
    assert parse_status_callback({"CallSid": "CA1", "Direction": "trunking-terminating"}).direction is (
        Direction.TRUNKING_TERMINATING
    )


def test_every_call_status_is_a_callback_status() -> None:
    for status in CallStatus:
        event = parse_status_callback({"CallSid": "CA1", "CallStatus": status.value})
        assert isinstance(event.call_status, CallbackStatus) and event.call_status == status


def test_unknown_values_are_kept_as_strings() -> None:
    event = parse_status_callback(
        {"CallSid": "CA1", "CallStatus": "dialing", "Direction": "sideways", "AnsweredBy": "robot"}
    )
    assert event.call_status == "dialing" and not isinstance(event.call_status, CallbackStatus)
    assert event.direction == "sideways" and not isinstance(event.direction, Direction)
    assert event.answered_by == "robot" and not isinstance(event.answered_by, AnsweredBy)


@pytest.mark.parametrize("bad", ["", "abc", "-1", "+3", " 3", "3.0", "1_000", "\u0663", "9" * 19])
def test_unparseable_numbers_become_none(bad: str) -> None:
    event = parse_status_callback({"CallSid": "CA1", "SequenceNumber": bad, "CallDuration": bad})
    assert event.sequence_number is None
    assert event.call_duration is None


@pytest.mark.parametrize(
    "bad",
    ["", "yesterday", "Mon, 32 Nov 2026 08:00:00 +0000", "Mon, 23 Nov 99999 08:00:00 +0000"],
)
def test_unparseable_dates_become_none(bad: str) -> None:
    assert parse_status_callback({"CallSid": "CA1", "Timestamp": bad}).timestamp is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon, 23 Nov 2026 08:00:00 +0000", datetime(2026, 11, 23, 8, 0, tzinfo=UTC)),
        ("Mon, 23 Nov 2026 09:30:00 +0130", datetime(2026, 11, 23, 8, 0, tzinfo=UTC)),
        ("Mon, 23 Nov 2026 08:00:00 -0000", datetime(2026, 11, 23, 8, 0, tzinfo=UTC)),
        ("Wed, 19 Sept 2018 20:00:00 +0000", datetime(2018, 9, 19, 20, 0, tzinfo=UTC)),  # SignalWire's spelling
        ("2026-11-23T03:00:00-05:00", datetime(2026, 11, 23, 8, 0, tzinfo=UTC)),
        # No offset: read as UTC, which both providers document for every timestamp (as the Call's dates are).
        ("2026-11-23T08:00:00", datetime(2026, 11, 23, 8, 0, tzinfo=UTC)),
    ],
)
def test_timestamps_are_aware_utc(text: str, expected: datetime) -> None:
    timestamp = parse_status_callback({"CallSid": "CA1", "Timestamp": text}).timestamp
    assert timestamp == expected
    assert timestamp is not None and timestamp.utcoffset() == timedelta(0)
    assert timestamp.tzinfo in (UTC, UTC)


def test_empty_fields_are_none_and_absent_fields_too() -> None:
    event = parse_status_callback({"CallSid": "CA1", "To": "", "CallStatus": "", "AnsweredBy": ""})
    assert (event.to, event.call_status, event.answered_by, event.from_, event.timestamp) == (None,) * 5
    assert dict(event.extra) == {}


def test_repeated_fields_first_value_wins_and_raw_keeps_all() -> None:
    pairs = [("CallSid", "CA1"), ("CallStatus", "ringing"), ("Foo", "1"), ("CallStatus", "completed"), ("Foo", "2")]
    event = parse_status_callback(pairs)
    assert event.call_status is CallbackStatus.RINGING
    assert dict(event.extra) == {"Foo": "1"}
    assert event.raw == tuple(pairs)
    assert parse_status_callback(MultiDict({"CallSid": ["CA1"], "Foo": ["1", "2"]})).raw == (
        ("CallSid", "CA1"),
        ("Foo", "1"),
        ("Foo", "2"),
    )


@pytest.mark.parametrize("form", [{}, {"CallStatus": "ringing"}, {"CallSid": ""}, [("To", "+1")]])
def test_missing_call_sid_is_a_clear_validation_error(form: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_status_callback(form)
    assert caught.value.parameter == "CallSid"
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, TwilioCallsError)
    assert "CallSid" in str(caught.value)


@pytest.mark.parametrize("form", [None, 42, "CallSid=CA1", b"CallSid=CA1", {"CallSid": 5}, [("CallSid",)]])
def test_non_form_input_is_a_type_error_naming_the_parameter(form: object) -> None:
    with pytest.raises(TypeError, match="form"):
        parse_status_callback(form)  # type: ignore[arg-type]


def test_event_is_frozen_hashable_and_comparable() -> None:
    event = parse_status_callback(CALLBACK)
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.call_sid = "CA2"  # type: ignore[misc]
    with pytest.raises(TypeError):
        event.extra["New"] = "x"  # type: ignore[index]
    assert event == parse_status_callback(dict(CALLBACK))
    assert hash(event) == hash(parse_status_callback(dict(CALLBACK)))
    assert event != parse_status_callback({**CALLBACK, "SequenceNumber": "4"})
    assert "CallStatusEvent(call_sid=" in repr(event)
    assert CallStatusEvent(call_sid="CA9").extra == {}


def test_package_import_does_not_load_webhooks() -> None:
    code = "import sys, twilio_calls; print('twilio_calls.webhooks' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "False"


def test_compute_signature_is_what_the_validators_accept() -> None:
    import base64 as b64
    import hashlib as hl
    import hmac as hm

    from twilio_calls.webhooks import compute_signature, validate_signature

    url = "https://example.com/events?x=1"
    pairs = [("To", "+1555"), ("StatusCallbackEvent", "ringing"), ("StatusCallbackEvent", "answered")]
    payload = url + "StatusCallbackEventringingStatusCallbackEventansweredTo+1555"
    expected = b64.b64encode(hm.new(b"token", payload.encode(), hl.sha1).digest()).decode()
    assert compute_signature("token", url, pairs) == expected
    assert validate_signature("token", url, pairs, expected)
    with pytest.raises(ValueError):
        compute_signature("", url, pairs)
