"""Check that a webhook really came from Twilio or SignalWire, and read call status callbacks.

Import it on its own (``from twilio_calls.webhooks import ...``): the package does not import it, and it needs
only the standard library, so receiving callbacks costs an app nothing it does not use.

The schemes, as the providers document them:

* Twilio, ``X-Twilio-Signature``: base64 of an HMAC keyed with the auth token (HMAC-SHA1; HMAC-SHA256 when a
  Webhook Setting signs with a SharedKey) over the URL Twilio requested followed by every POST parameter,
  sorted by name, each as name then value. For a JSON body the URL carries ``bodySHA256``, the hex SHA-256 of
  the body, and the signed string is the URL alone. (twilio.com/docs/usage/webhooks/webhooks-security,
  .../webhook-shared-keys.)
* SignalWire LaML (Twilio-compatible) webhooks: the same scheme in ``X-SignalWire-Signature`` (and
  ``X-Twilio-Signature``), keyed with the project's Signing Key. SignalWire's RELAY/SWML JSON webhooks use
  another one, lowercase hex HMAC-SHA1 over the URL followed by the raw body; validate_signalwire_body_signature
  accepts both, like SignalWire's own SDK. (developer.signalwire.com/guides/webhook-security; SignalWire Python
  SDK reference, signalwire.core.security.validate_webhook_signature / validate_request.)

Validators answer True or False and never raise: a missing, malformed or mistyped input is simply not a valid
signature. Secrets never appear in a repr, a message or an exception.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias
from urllib.parse import parse_qs, parse_qsl, urlsplit

from ._exceptions import ValidationError

if TYPE_CHECKING:
    from twilio_calls_api.models import (
        AnsweredBy,
        CallbackStatus,
        Direction,
        RecordingSource,
        RecordingStatus,
        RecordingTrack,
    )

__all__ = [
    "SIGNALWIRE_SIGNATURE_HEADER",
    "TWILIO_SIGNATURE_HEADER",
    "CallStatusEvent",
    "FormParams",
    "RecordingStatusEvent",
    "SignatureAlgorithm",
    "StreamStatusEvent",
    "compute_signature",
    "parse_recording_status_callback",
    "parse_status_callback",
    "parse_stream_status_callback",
    "validate_json_signature",
    "validate_signalwire_body_signature",
    "validate_signalwire_signature",
    "validate_signature",
]

TWILIO_SIGNATURE_HEADER: Final = "X-Twilio-Signature"
SIGNALWIRE_SIGNATURE_HEADER: Final = "X-SignalWire-Signature"

FormParams: TypeAlias = Mapping[str, object] | Iterable[tuple[str, object]]
"""A parsed form: {name: value}, {name: [values]}, a framework's multi-dict, or (name, value) pairs.

Values must be strings (or lists of strings); any other value makes the form one no provider sent. The type
says object so that frameworks' form types (whose values may also be uploads) need no cast.
"""

SignatureAlgorithm: TypeAlias = Literal["HMAC_SHA1", "HMAC_SHA256"]

_DIGESTS: Final[dict[str, Callable[..., Any]]] = {"HMAC_SHA1": hashlib.sha1, "HMAC_SHA256": hashlib.sha256}
_DEFAULT_PORTS: Final = {"http": "80", "https": "443"}


class _NotGenuine(Exception):
    """Input that no genuine request can have; the validators turn it into False."""


# ---------------------------------------------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------------------------------------------


def validate_signature(
    auth_token: str,
    url: str,
    params: FormParams | None,
    signature: str | bytes | None,
    *,
    algorithm: SignatureAlgorithm = "HMAC_SHA1",
) -> bool:
    """True if `signature` (the X-Twilio-Signature header) signs this URL and these POST parameters.

    url is the full URL Twilio requested, query string included, exactly as Twilio sent it: behind a proxy, the
    public one. params is the parsed form body (None or {} for a GET). Pass every value of a repeated name: a
    multi-dict (Flask's request.form, Starlette's form) or (name, value) pairs, not dict(form), which keeps one.
    A URL with ``bodySHA256`` is a JSON webhook and is never valid here: use validate_json_signature.
    algorithm is "HMAC_SHA256" only for webhooks signed with a Twilio SharedKey whose Webhook Setting says so
    (the X-Twilio-Webhooks-Signature-Settings header names it); auth_token is then that key's secret.
    """
    try:
        key, presented, digest = _secret(auth_token), _presented(signature), _digest(algorithm)
        url_text = _text(url)
        if _body_hash_values(url_text):
            return False  # a JSON webhook: its body is not in the signed string, only validate_json_signature checks it
        signed_params = _signed_param_strings(_form_pairs(params))
        return _any_base64_match(key, digest, _url_variants(url_text), signed_params, presented)
    except _NotGenuine:
        return False


def compute_signature(
    auth_token: str, url: str, params: FormParams | None = None, *, algorithm: SignatureAlgorithm = "HMAC_SHA1"
) -> str:
    """The X-Twilio-Signature a genuine request to `url` with these POST parameters carries.

    For servers that sign (the sandbox) and for tests that fake a webhook. Raises ValueError on input no genuine
    request can have (an empty token, a non-string value), where the validators would answer False.
    """
    try:
        key, digest, url_text = _secret(auth_token), _digest(algorithm), _text(url)
        # Names sorted, a repeated name's values in the order given (one of the orders the validators accept).
        signed = "".join(name + value for name, value in sorted(_form_pairs(params), key=lambda pair: pair[0]))
        return _sign(key, digest, url_text + signed).decode("ascii")
    except _NotGenuine:
        raise ValueError("compute_signature needs a non-empty token, a URL and string parameters") from None


def validate_json_signature(
    auth_token: str,
    url: str,
    body: bytes | str,
    signature: str | bytes | None,
    *,
    algorithm: SignatureAlgorithm = "HMAC_SHA1",
) -> bool:
    """True if `signature` signs this URL and the URL's ``bodySHA256`` is the SHA-256 of this raw body.

    For webhooks with a JSON body: Twilio signs the URL alone, which carries the body's hash. body is the raw
    request body, before any parsing (a str is taken as its UTF-8 encoding). A URL without exactly one
    bodySHA256 is not valid.
    """
    try:
        key, presented, digest = _secret(auth_token), _presented(signature), _digest(algorithm)
        url_text = _text(url)
        return _body_hash_matches(url_text, _body_bytes(body)) & _any_base64_match(
            key, digest, _url_variants(url_text), {""}, presented
        )
    except _NotGenuine:
        return False


def validate_signalwire_signature(
    signing_key: str, url: str, params: FormParams | None, signature: str | bytes | None
) -> bool:
    """True if `signature` (X-SignalWire-Signature or X-Twilio-Signature) signs a SignalWire LaML form webhook.

    SignalWire signs its Twilio-compatible webhooks with Twilio's scheme, keyed with the project's Signing Key
    (Dashboard, API Credentials), so this is validate_signature with that key. If you have the raw body, prefer
    validate_signalwire_body_signature, which also accepts SignalWire's raw-body scheme.
    """
    return validate_signature(signing_key, url, params, signature)


def validate_signalwire_body_signature(
    signing_key: str, url: str, body: bytes | str, signature: str | bytes | None
) -> bool:
    """True if `signature` signs this raw body by any scheme SignalWire documents for its webhooks.

    Accepted, in this order: hex HMAC-SHA1 over URL + raw body (RELAY, SWML and JSON webhooks); the Twilio
    scheme with ``bodySHA256`` (JSON on the compatibility API); the Twilio scheme over the form-decoded body
    (LaML form webhooks). An unsigned body is never accepted: unlike SignalWire's SDK, a signature over the URL
    alone is not taken unless the URL's bodySHA256 pins the body.
    """
    try:
        key, presented, raw = _secret(signing_key), _presented(signature), _body_bytes(body)
        urls = _url_variants(_text(url))
    except _NotGenuine:
        return False
    hex_signature = presented.lower()
    for candidate in urls:
        expected = hmac.new(key, candidate.encode() + raw, hashlib.sha1).hexdigest().encode()
        if hmac.compare_digest(expected, hex_signature):
            return True
    if _body_hash_values(url):
        return validate_json_signature(signing_key, url, raw, signature)
    try:
        form = parse_qsl(raw.decode("utf-8"), keep_blank_values=True)
    except (UnicodeDecodeError, ValueError):
        return False
    return validate_signature(signing_key, url, form, signature)


def _secret(value: object) -> bytes:
    # An empty key is refused rather than used: an HMAC keyed with "" is one anybody can compute.
    if not isinstance(value, str) or not value:
        raise _NotGenuine
    return _utf8(value)


def _presented(signature: object) -> bytes:
    if isinstance(signature, bytes):
        presented = signature.strip()
    elif isinstance(signature, str) and signature.isascii():
        presented = signature.strip().encode("ascii")
    else:
        raise _NotGenuine
    if not presented:
        raise _NotGenuine
    return presented


def _digest(algorithm: object) -> Callable[..., Any]:
    digest = _DIGESTS.get(algorithm) if isinstance(algorithm, str) else None
    if digest is None:
        raise _NotGenuine
    return digest


def _text(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise _NotGenuine
    _utf8(value)  # lone surrogates cannot have come over the wire
    return value


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise _NotGenuine from None


def _body_bytes(body: object) -> bytes:
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        return _utf8(body)
    raise _NotGenuine


def _any_base64_match(
    key: bytes, digest: Callable[..., Any], urls: Iterable[str], signed_params: Iterable[str], presented: bytes
) -> bool:
    matched = False
    for url in urls:
        for params in signed_params:
            matched |= hmac.compare_digest(_sign(key, digest, url + params), presented)
    return matched


def _sign(key: bytes, digest: Callable[..., Any], payload: str) -> bytes:
    return base64.b64encode(hmac.new(key, _utf8(payload), digest).digest())


def _url_variants(url: str) -> list[str]:
    """The URL as given, plus the same URL with the scheme's default port added or removed.

    Twilio may sign either https://host/path or https://host:443/path. Only the port changes, textually: the
    rest must stay byte for byte what was signed. A non-default port is never dropped.
    """
    scheme, separator, rest = url.partition("://")
    default_port = _DEFAULT_PORTS.get(scheme.lower())
    if not separator or default_port is None:
        return [url]
    authority_end = min((i for i in (rest.find(c) for c in "/?#") if i != -1), default=len(rest))
    authority, tail = rest[:authority_end], rest[authority_end:]
    userinfo, at, host_port = authority.rpartition("@")
    host, port = _split_port(host_port)
    if not host:
        return [url]
    if port is None:
        other = f"{host}:{default_port}"
    elif port == default_port:
        other = host
    else:
        return [url]
    return [url, f"{scheme}://{userinfo}{at}{other}{tail}"]


def _split_port(host_port: str) -> tuple[str, str | None]:
    if host_port.startswith("["):  # an IPv6 literal: its colons are not a port separator
        close = host_port.find("]")
        after = host_port[close + 1 :] if close != -1 else ""
        if close == -1 or (after and not after.startswith(":")):
            return "", None
        return host_port[: close + 1], (after[1:] if after else None)
    host, colon, port = host_port.rpartition(":")
    return (host, port) if colon else (host_port, None)


def _form_pairs(params: object) -> list[tuple[str, str]]:
    """Every (name, value) of a parsed form, repeated names included, in the order given."""
    if params is None:
        return []
    if isinstance(params, str | bytes | bytearray):
        raise _NotGenuine  # a raw body where a parsed form belongs
    pairs: list[tuple[str, str]] = []
    if isinstance(params, Mapping):
        # Multi-dicts (Werkzeug, Starlette, Django) hide repeated values behind [] but all share getlist().
        getlist = getattr(params, "getlist", None)
        for name in params:
            values = getlist(name) if callable(getlist) else params[name]
            if isinstance(values, str):
                values = [values]
            if not isinstance(values, list | tuple):
                raise _NotGenuine
            pairs.extend((name, value) for value in values)
    elif isinstance(params, Iterable):
        for pair in params:
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                raise _NotGenuine
            pairs.append((pair[0], pair[1]))
    else:
        raise _NotGenuine
    if not all(isinstance(name, str) and isinstance(value, str) for name, value in pairs):
        raise _NotGenuine
    return pairs


def _signed_param_strings(pairs: list[tuple[str, str]]) -> set[str]:
    """The parameter part of the signed string, in each order a repeated name may have been signed in.

    Names are sorted; the values of a repeated name (StatusCallbackEvent...) are not ordered by the docs.
    SignalWire's SDK keeps them as sent; Twilio's helper libraries sort them and drop duplicates. Both are
    tried: either way every value is covered by the signature. Without repeated names the two are one string.
    """
    as_sent = sorted(pairs, key=lambda pair: pair[0])  # a stable sort: repeated names keep their order
    return {"".join(name + value for name, value in order) for order in (as_sent, sorted(set(pairs)))}


def _body_hash_values(url: str) -> list[str]:
    try:
        query = urlsplit(url).query
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return []
    return parse_qs(query, keep_blank_values=True).get("bodySHA256", [])


def _body_hash_matches(url: str, body: bytes) -> bool:
    claimed = _body_hash_values(url)
    if len(claimed) != 1 or not claimed[0].isascii():
        raise _NotGenuine
    return hmac.compare_digest(hashlib.sha256(body).hexdigest().encode(), claimed[0].lower().encode("ascii"))


# ---------------------------------------------------------------------------------------------------------------
# Status callbacks
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CallStatusEvent:
    """One call status callback, typed. A field the request lacks, leaves empty or garbles is None.

    call_status, direction and answered_by are the package's enums for values it knows and the plain string
    for newer ones. call_status is a CallbackStatus (twilio_calls_api.models): CallStatus's values plus
    `initiated`, which callbacks carry and the Call resource never shows; its members are strings, so
    `event.call_status == CallStatus.COMPLETED` holds. timestamp is an aware UTC datetime. extra holds every
    other field (first value of each name); raw is the whole form as received, repeated names included.
    """

    call_sid: str
    account_sid: str | None = None
    call_status: CallbackStatus | str | None = None
    from_: str | None = None
    to: str | None = None
    direction: Direction | str | None = None
    timestamp: datetime | None = None
    sequence_number: int | None = None
    call_duration: int | None = None
    answered_by: AnsweredBy | str | None = None
    api_version: str | None = None
    callback_source: str | None = None
    parent_call_sid: str | None = None
    extra: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), compare=False, hash=False)
    raw: tuple[tuple[str, str], ...] = field(default=(), repr=False)


# The form fields CallStatusEvent has an attribute for; every other field goes to `extra`.
_MAPPED_FIELDS: Final = frozenset(
    {
        *("CallSid", "AccountSid", "CallStatus", "From", "To", "Direction", "Timestamp", "SequenceNumber"),
        *("CallDuration", "AnsweredBy", "ApiVersion", "CallbackSource", "ParentCallSid"),
    }
)


def parse_status_callback(form: FormParams) -> CallStatusEvent:
    """Read a call status callback's form (the same shapes validate_signature takes) into a CallStatusEvent.

    Unknown fields and values are kept, not refused; a number or date that does not parse becomes None.
    Raises ValidationError (a ValueError) only when CallSid is missing or empty: every call status callback
    carries one, so a form without it is some other request, and the event would name no call. TypeError if
    form is not a form at all.
    """
    pairs, first = _read_form(form)
    call_sid = _required(first, "CallSid", "a call status callback")

    # Imported here, not at the top: validating signatures must not pay for the generated client's imports.
    from twilio_calls_api.models import AnsweredBy, CallbackStatus, Direction

    from ._dates import parse_timestamp
    from ._models import enum_reader

    def text(name: str) -> str | None:
        return first.get(name) or None

    return CallStatusEvent(
        call_sid=call_sid,
        call_status=enum_reader(CallbackStatus)(text("CallStatus")),
        direction=enum_reader(Direction)(text("Direction")),
        answered_by=enum_reader(AnsweredBy)(text("AnsweredBy")),
        timestamp=parse_timestamp(text("Timestamp")),
        sequence_number=_count(text("SequenceNumber")),
        call_duration=_count(text("CallDuration")),
        extra=MappingProxyType({name: value for name, value in first.items() if name not in _MAPPED_FIELDS}),
        raw=tuple(pairs),
        account_sid=text("AccountSid"),
        from_=text("From"),
        to=text("To"),
        api_version=text("ApiVersion"),
        callback_source=text("CallbackSource"),
        parent_call_sid=text("ParentCallSid"),
    )


def _count(value: str | None) -> int | None:
    # Strict ASCII digits: int() would also take " 7", "+7", "7_0" and other scripts' digits.
    if value is None or not (value.isascii() and value.isdigit()) or len(value) > 18:
        return None
    return int(value)


def _read_form(form: FormParams) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Every (name, value) of a callback's form, and the first value of each name."""
    try:
        if form is None:
            raise _NotGenuine
        pairs = _form_pairs(form)
    except _NotGenuine:
        raise TypeError(
            "form: expected a mapping of names to strings or lists of strings, or (name, value) string pairs"
        ) from None
    first: dict[str, str] = {}
    for name, value in pairs:
        first.setdefault(name, value)
    return pairs, first


def _required(first: Mapping[str, str], name: str, what: str) -> str:
    value = first.get(name)
    if not value:
        raise ValidationError(name, f"the form has no {name}, so it is not {what}")
    return value


@dataclass(frozen=True, slots=True)
class RecordingStatusEvent:
    """One recording status callback (RecordingStatusCallback), typed. A field missing, empty or garbled is None.

    recording_status is a RecordingStatus for values the package knows (`in-progress`, `completed`, `absent`)
    and the plain string for others (`failed`, sent for encrypted recordings); recording_source and
    recording_track likewise. recording_start_time is an aware UTC datetime; recording_duration and
    recording_channels are integers; error_code is set for an absent recording. extra and raw as on
    CallStatusEvent.
    """

    call_sid: str
    recording_sid: str
    account_sid: str | None = None
    recording_status: RecordingStatus | str | None = None
    recording_url: str | None = None
    recording_duration: int | None = None
    recording_channels: int | None = None
    recording_source: RecordingSource | str | None = None
    recording_track: RecordingTrack | str | None = None
    recording_start_time: datetime | None = None
    error_code: int | None = None
    extra: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), compare=False, hash=False)
    raw: tuple[tuple[str, str], ...] = field(default=(), repr=False)


_RECORDING_FIELDS: Final = frozenset(
    {
        *("CallSid", "RecordingSid", "AccountSid", "RecordingStatus", "RecordingUrl", "RecordingDuration"),
        *("RecordingChannels", "RecordingSource", "RecordingTrack", "RecordingStartTime", "ErrorCode"),
    }
)


def parse_recording_status_callback(form: FormParams) -> RecordingStatusEvent:
    """Read a recording status callback's form into a RecordingStatusEvent.

    Unknown fields and values are kept; a number or date that does not parse becomes None. Raises
    ValidationError when CallSid or RecordingSid is missing or empty (then it is not a recording status
    callback), TypeError if form is not a form at all.
    """
    pairs, first = _read_form(form)
    call_sid = _required(first, "CallSid", "a recording status callback")
    recording_sid = _required(first, "RecordingSid", "a recording status callback")

    from twilio_calls_api.models import RecordingSource, RecordingStatus, RecordingTrack

    from ._dates import parse_timestamp
    from ._models import enum_reader

    def text(name: str) -> str | None:
        return first.get(name) or None

    return RecordingStatusEvent(
        call_sid=call_sid,
        recording_sid=recording_sid,
        account_sid=text("AccountSid"),
        recording_status=enum_reader(RecordingStatus)(text("RecordingStatus")),
        recording_url=text("RecordingUrl"),
        recording_duration=_count(text("RecordingDuration")),
        recording_channels=_count(text("RecordingChannels")),
        recording_source=enum_reader(RecordingSource)(text("RecordingSource")),
        recording_track=enum_reader(RecordingTrack)(text("RecordingTrack")),
        recording_start_time=parse_timestamp(text("RecordingStartTime")),
        error_code=_count(text("ErrorCode")),
        extra=MappingProxyType({name: value for name, value in first.items() if name not in _RECORDING_FIELDS}),
        raw=tuple(pairs),
    )


@dataclass(frozen=True, slots=True)
class StreamStatusEvent:
    """One media stream status callback (a Stream's StatusCallback), typed.

    stream_event is `stream-started`, `stream-stopped` or `stream-error` (plain strings: the document has no
    enum for them); stream_name is the stream's Name, or its SID when it was started without one; stream_error
    describes a `stream-error`. timestamp is an aware UTC datetime. extra and raw as on CallStatusEvent.
    """

    call_sid: str
    stream_sid: str
    account_sid: str | None = None
    stream_name: str | None = None
    stream_event: str | None = None
    stream_error: str | None = None
    timestamp: datetime | None = None
    extra: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), compare=False, hash=False)
    raw: tuple[tuple[str, str], ...] = field(default=(), repr=False)


_STREAM_FIELDS: Final = frozenset(
    {"CallSid", "StreamSid", "AccountSid", "StreamName", "StreamEvent", "StreamError", "Timestamp"}
)


def parse_stream_status_callback(form: FormParams) -> StreamStatusEvent:
    """Read a media stream status callback's form into a StreamStatusEvent.

    Raises ValidationError when CallSid or StreamSid is missing or empty, TypeError if form is not a form.
    """
    pairs, first = _read_form(form)
    call_sid = _required(first, "CallSid", "a stream status callback")
    stream_sid = _required(first, "StreamSid", "a stream status callback")

    from ._dates import parse_timestamp

    def text(name: str) -> str | None:
        return first.get(name) or None

    return StreamStatusEvent(
        call_sid=call_sid,
        stream_sid=stream_sid,
        account_sid=text("AccountSid"),
        stream_name=text("StreamName"),
        stream_event=text("StreamEvent"),
        stream_error=text("StreamError"),
        timestamp=parse_timestamp(text("Timestamp")),
        extra=MappingProxyType({name: value for name, value in first.items() if name not in _STREAM_FIELDS}),
        raw=tuple(pairs),
    )
