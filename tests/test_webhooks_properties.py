"""Property-based tests of twilio_calls.webhooks: no input crashes it, and signatures round-trip.

Expected signatures are computed here with hmac/hashlib, independently of the module.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twilio_calls import ValidationError
from twilio_calls.webhooks import (
    CallStatusEvent,
    parse_status_callback,
    validate_json_signature,
    validate_signalwire_body_signature,
    validate_signalwire_signature,
    validate_signature,
)

# Modest counts and no deadline: the whole file runs in a few seconds, even on a loaded two-core machine.
QUICK = settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

FIELD_NAMES = st.sampled_from(
    ["CallSid", "CallStatus", "Direction", "Timestamp", "SequenceNumber", "CallDuration", "AnsweredBy", "From", "To"]
)
NAMES = st.one_of(FIELD_NAMES, st.text(max_size=12))
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["ringing", "in-progress", "outbound-api", "machine_start", "Mon, 23 Nov 2026 08:00:00 +0000"]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)
PAIRS = st.lists(st.tuples(NAMES, VALUES), max_size=12)
FORMS = st.one_of(
    PAIRS,
    st.dictionaries(NAMES, VALUES, max_size=12),
    st.dictionaries(NAMES, st.lists(VALUES, max_size=3), max_size=8),
)
ANYTHING: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.binary(max_size=60),
    st.integers(),
    st.lists(st.tuples(st.text(max_size=5), st.text(max_size=5)), max_size=4),
    st.dictionaries(st.text(max_size=5), st.one_of(st.text(max_size=5), st.integers(), st.none()), max_size=4),
    st.sampled_from(["https://a.example/cb", "https://a.example:443/x?bodySHA256=00", "http://[::1", "https://"]),
)


@QUICK
@given(FORMS)
def test_parser_never_crashes_on_any_form(form: Any) -> None:
    try:
        event = parse_status_callback(form)
    except ValidationError as error:
        assert error.parameter == "CallSid"
        return
    assert isinstance(event, CallStatusEvent)
    assert event.call_sid
    assert event.sequence_number is None or event.sequence_number >= 0
    assert event.timestamp is None or event.timestamp.utcoffset() is not None
    assert set(event.extra) <= {name for name, _ in event.raw}


@QUICK
@given(st.text(min_size=1, max_size=20), PAIRS)
def test_parser_keeps_every_pair_when_call_sid_is_present(call_sid: str, pairs: list[tuple[str, str]]) -> None:
    form = [("CallSid", call_sid), *pairs]
    event = parse_status_callback(form)
    assert event.call_sid == call_sid
    assert event.raw == tuple(form)


@QUICK
@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_validators_never_raise(key: Any, url: Any, params_or_body: Any, signature: Any) -> None:
    for validator in (
        validate_signature,
        validate_json_signature,
        validate_signalwire_signature,
        validate_signalwire_body_signature,
    ):
        assert isinstance(validator(key, url, params_or_body, signature), bool)


SCHEMES = st.sampled_from(["https", "http"])
HOSTS = st.sampled_from(["calls.example.com", "user:pw@calls.example.com", "[2001:db8::5]"])
PATHS = st.text(alphabet="abcxyz/%-_.~", max_size=15)
QUERIES = st.sampled_from(["", "?a=1", "?a=1&b=%20x+y", "?"])
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=20)  # what a request can carry: no lone surrogates
KEYS = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20)


def signed_string(url: str, pairs: list[tuple[str, str]]) -> str:
    return url + "".join(name + value for name, value in sorted(pairs, key=lambda pair: pair[0]))


def twilio_signature(key: str, url: str, pairs: list[tuple[str, str]]) -> str:
    return base64.b64encode(hmac.new(key.encode(), signed_string(url, pairs).encode(), hashlib.sha1).digest()).decode()


@QUICK
@given(
    KEYS,
    SCHEMES,
    HOSTS,
    st.sampled_from(["", ":8443", "default"]),
    PATHS,
    QUERIES,
    st.lists(st.tuples(TEXT, TEXT), max_size=8),
)
def test_signatures_round_trip_with_and_without_the_default_port(
    key: str, scheme: str, host: str, port: str, path: str, query: str, pairs: list[tuple[str, str]]
) -> None:
    default = {"https": ":443", "http": ":80"}[scheme]
    url = f"{scheme}://{host}{default if port == 'default' else port}/{path}{query}"
    signature = twilio_signature(key, url, pairs)
    assert validate_signature(key, url, pairs, signature)
    assert validate_signalwire_signature(key, url, pairs, signature)
    assert not validate_signature(key + "x", url, pairs, signature)
    if port != ":8443":  # the default port may be added or dropped; any other port must stay
        toggled = f"{scheme}://{host}{'' if port == 'default' else default}/{path}{query}"
        assert validate_signature(key, toggled, pairs, signature)
    else:
        assert not validate_signature(key, url.replace(":8443", ""), pairs, signature)


@QUICK
@given(KEYS, st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=8), st.tuples(TEXT, TEXT), st.data())
def test_changing_any_parameter_breaks_the_signature(
    key: str, pairs: list[tuple[str, str]], replacement: tuple[str, str], data: st.DataObject
) -> None:
    url = "https://calls.example.com/cb"
    signature = twilio_signature(key, url, pairs)
    index = data.draw(st.integers(min_value=0, max_value=len(pairs) - 1))
    tampered = [*pairs[:index], replacement, *pairs[index + 1 :]]
    # Twilio's scheme has no separators, so ("a", "bc") and ("ab", "c") sign alike; only a changed string counts.
    unchanged = {signed_string(url, tampered), signed_string(url, sorted(set(tampered)))} & {signed_string(url, pairs)}
    assert validate_signature(key, url, tampered, signature) is bool(unchanged)


@QUICK
@given(KEYS, st.binary(max_size=200), st.binary(min_size=1, max_size=5))
def test_json_body_round_trips_and_any_other_body_fails(key: str, body: bytes, suffix: bytes) -> None:
    url = "https://calls.example.com/json?bodySHA256=" + hashlib.sha256(body).hexdigest()
    signature = base64.b64encode(hmac.new(key.encode(), url.encode(), hashlib.sha1).digest()).decode()
    assert validate_json_signature(key, url, body, signature)
    assert not validate_json_signature(key, url, body + suffix, signature)
    hex_signature = hmac.new(key.encode(), url.encode() + body, hashlib.sha1).hexdigest()
    assert validate_signalwire_body_signature(key, url, body, hex_signature)
    assert validate_signalwire_body_signature(key, url, body, signature)
    assert not validate_signalwire_body_signature(key, url, body + suffix, signature)
