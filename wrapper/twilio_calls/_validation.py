"""Input checks that run before any request is sent, each error naming the parameter.

The limits mirror openapi/calls.yaml (tests/test_validation.py compares ranges, patterns and lengths), because
the generated models carry the document's types but not its constraints. The sandbox checks with these too.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from enum import Enum
from typing import TypeVar
from urllib.parse import urlsplit

from ._exceptions import ValidationError

E = TypeVar("E", bound=Enum)

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
# Twilio SIDs are a two-letter prefix and 32 hex digits; SignalWire uses UUIDs for the same fields.
SID_PATTERNS = {
    "AC": re.compile(rf"^(AC[0-9a-fA-F]{{32}}|{_UUID})$"),
    "CA": re.compile(rf"^(CA[0-9a-fA-F]{{32}}|{_UUID})$"),
    "AP": re.compile(rf"^(AP[0-9a-fA-F]{{32}}|{_UUID})$"),
    "BY": re.compile(r"^BY[0-9a-fA-F]{32}$"),
}
SID_DESCRIPTIONS = {prefix: f"'{prefix}' followed by 32 hex digits" for prefix in SID_PATTERNS}
SEND_DIGITS = re.compile(r"^[0-9#*w]*$")
SEND_DIGITS_MAX = 32
TWIML_MAX = 4000
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_sid(value: object, parameter: str, prefix: str) -> str:
    if not isinstance(value, str) or not SID_PATTERNS[prefix].match(value):
        shown = value if isinstance(value, str) and len(value) <= 64 else type(value).__name__
        uuid_note = "" if prefix == "BY" else " or a UUID (SignalWire)"
        raise ValidationError(parameter, f"expected {SID_DESCRIPTIONS[prefix]}{uuid_note}, got {shown!r}")
    return value


def check_enum(value: object, enum: type[E], parameter: str) -> E:
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            pass
    allowed = ", ".join(repr(member.value) for member in enum)
    raise ValidationError(parameter, f"expected one of {allowed}, got {value!r}")


def check_enum_list(value: object, enum: type[E], parameter: str) -> list[E]:
    if isinstance(value, str | Enum) or not isinstance(value, list | tuple | set | frozenset):
        raise ValidationError(parameter, f"expected a list of {enum.__name__} values, got {value!r}")
    members = [check_enum(item, enum, parameter) for item in value]
    return list(dict.fromkeys(members))  # drop repeats, keep order: the wire form is one key per event


def check_int(value: object, parameter: str, low: int | None, high: int | None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(parameter, f"expected an integer, got {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ValidationError(parameter, f"must be {bounds}, got {value}")
    return value


def check_bool(value: object, parameter: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(parameter, f"expected True or False, got {value!r}")
    return value


def check_str(value: object, parameter: str, *, max_length: int | None = None) -> str:
    if not isinstance(value, str):
        raise ValidationError(parameter, f"expected a string, got {type(value).__name__}")
    if not value.strip():
        raise ValidationError(parameter, "must not be empty")
    if max_length is not None and len(value) > max_length:
        raise ValidationError(parameter, f"must be at most {max_length} characters, got {len(value)}")
    return value


def check_send_digits(value: object, parameter: str) -> str:
    if not isinstance(value, str) or not SEND_DIGITS.match(value) or len(value) > SEND_DIGITS_MAX:
        raise ValidationError(
            parameter, f"use only 0-9, '#', '*' and 'w' (a half-second pause), at most {SEND_DIGITS_MAX}; got {value!r}"
        )
    return value


def check_url(value: object, parameter: str) -> str:
    """An absolute http(s) URL: the API rejects anything else, but only after the call was queued."""
    text = check_str(value, parameter)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(parameter, f"expected an absolute http:// or https:// URL, got {text!r}")
    return text


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress  # only for plain-http base URLs and callback URLs: not worth its import time up front

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(value: object) -> str:
    """https anywhere; plain http only to this machine, so credentials never cross a network in clear text."""
    value = check_str(value, "base_url")
    parts = urlsplit(value)
    if parts.username is not None or parts.password is not None:
        raise ValidationError("base_url", "must not carry credentials (user:password@): pass them as arguments")
    if parts.scheme == "https" and parts.hostname:
        return value.rstrip("/")
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return value.rstrip("/")
    raise ValidationError("base_url", f"expected an https:// URL (http:// only for loopback), got {value!r}")


def format_date_filter(value: object, parameter: str) -> str:
    """A day (date or 'YYYY-MM-DD') or an instant (timezone-aware datetime), as the API's filters take them."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationError(parameter, "a datetime must be timezone-aware (for example tzinfo=UTC)")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        if _DAY.match(value):
            return value
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return value
    raise ValidationError(parameter, f"expected a date, an aware datetime or 'YYYY-MM-DD', got {value!r}")
