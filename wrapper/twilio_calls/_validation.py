"""Input checks that run before any request is sent, each error naming the parameter.

check_param applies one parameter's constraints as the curated document states them (a row of the generated
twilio_calls_api.surface): nothing here repeats a bound, a pattern or an enum. The sandbox checks the same
rows on the wire (sandbox/_rules.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from email.utils import format_datetime
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._exceptions import ValidationError

if TYPE_CHECKING:
    from twilio_calls_api.surface import Param

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def for_provider(exc: ValidationError, provider: str, others: list[str]) -> ValidationError:
    """A refusal by `provider` of a value that the `others` would take, saying so."""
    if not others:
        return exc
    problem = str(exc).removeprefix(f"{exc.parameter}: ")
    return ValidationError(exc.parameter, f"{problem} (that is {provider}'s rule; {', '.join(others)} would take it)")


def check_pattern(value: object, param: Param) -> str:
    """A path parameter (a SID) or any text: its length and pattern."""
    if not isinstance(value, str):
        raise ValidationError(param.name, f"expected a string, got {type(value).__name__}")
    return _check_text(value, param)


def _check_text(value: str, param: Param) -> str:
    if param.max_length is not None and len(value) > param.max_length:
        raise ValidationError(param.name, f"must be at most {param.max_length} characters, got {len(value)}")
    if param.min_length is not None and len(value) < param.min_length:
        raise ValidationError(param.name, f"must be at least {param.min_length} characters, got {len(value)}")
    if param.pattern is not None and not _pattern(param.pattern).search(value):
        shown = value if len(value) <= 64 else value[:61] + "..."
        raise ValidationError(param.name, f"{shown!r} does not match the documented pattern {param.pattern}")
    return value


def _string(value: object, param: Param) -> object:
    if param.normalize == "date-filter":
        if param.format == "date":  # a filter the document says takes a day only (a recording's DateCreated)
            return format_day_filter(value, param.name)
        return format_date_filter(value, param.name)
    if param.normalize == "rfc2822-date-filter":
        return format_rfc2822_filter(value, param.name, upper=param.wire.endswith("<"))
    if param.normalize == "decimal" and isinstance(value, Decimal | int) and not isinstance(value, bool):
        value = format(Decimal(value), "f")  # Decimal("0.0075") -> "0.0075"; never exponent notation
    text = check_str(value, param.name)
    if param.format == "uri":
        check_url(text, param.name)
    return _check_text(text, param)


def _number(value: object, param: Param) -> object:
    if param.type == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(param.name, f"expected an integer, got {value!r}")
    elif isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ValidationError(param.name, f"expected a number, got {value!r}")
    low, high = param.minimum, param.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"between {_n(low)} and {_n(high)}" if low is not None and high is not None else None
        bounds = bounds or (f"at least {_n(low)}" if low is not None else f"at most {_n(high)}")
        raise ValidationError(param.name, f"must be {bounds}, got {value}")
    return value


def _n(bound: float | None) -> str:
    return str(int(bound)) if isinstance(bound, float) and bound.is_integer() else str(bound)


def _boolean(value: object, param: Param) -> object:
    return check_bool(value, param.name)


def _member(value: object, param: Param, enums: EnumLookup) -> Enum:
    enum = enums(param.enum or "")
    if isinstance(value, enum):
        return value
    if isinstance(value, bool) and set(param.values) == {"true", "false"}:
        value = "true" if value else "false"
    if isinstance(value, str) and value in param.values:
        return enum(value)
    allowed = ", ".join(repr(v) for v in param.values)
    raise ValidationError(param.name, f"expected one of {allowed}, got {value!r}")


def _enum(value: object, param: Param, enums: EnumLookup) -> object:
    return _member(value, param, enums)


def _array(value: object, param: Param, enums: EnumLookup) -> object:
    if isinstance(value, str | bytes | Enum) or not isinstance(value, list | tuple | set | frozenset):
        raise ValidationError(param.name, f"expected a list of {param.enum or 'strings'}, got {value!r}")
    items: list[object]
    if param.enum is None:
        items = list(dict.fromkeys(check_str(item, param.name) for item in value))
    else:
        # Repeats dropped, order kept: each value is one event, and the wire form is one key per value.
        items = list(dict.fromkeys(_member(item, param, enums) for item in value))
    return _check_count(items, param)


def _check_count(items: list[object], param: Param) -> list[object]:
    """An array's minItems and maxItems, counted as sent (repeats dropped)."""
    if param.max_items is not None and len(items) > param.max_items:
        raise ValidationError(param.name, f"must have at most {_items(param.max_items)}, got {len(items)}")
    if param.min_items is not None and len(items) < param.min_items:
        raise ValidationError(param.name, f"must have at least {_items(param.min_items)}, got {len(items)}")
    return items


def _items(count: int) -> str:
    return f"{count} item{'' if count == 1 else 's'}"


EnumLookup = Callable[[str], type[Enum]]
_SIMPLE: dict[str, Callable[[object, Param], object]] = {
    "string": _string,
    "integer": _number,
    "number": _number,
    "boolean": _boolean,
}
_WITH_ENUMS: dict[str, Callable[[object, Param, EnumLookup], object]] = {"enum": _enum, "array": _array}


def check_param(value: object, param: Param, enums: EnumLookup) -> Any:
    """`value` checked against `param`'s documented constraints, in the form the generated model takes
    (enum members for enum values); raises ValidationError naming the parameter."""
    simple = _SIMPLE.get(param.type)
    if simple is not None:
        return simple(value, param)
    return _WITH_ENUMS[param.type](value, param, enums)


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


def format_day_filter(value: object, parameter: str) -> date:
    """A day (a date, not a datetime, or 'YYYY-MM-DD'), for the filters that take no time of day; as a date, which
    the generated operation writes (the document's `format: date`)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(parameter, f"expected a date or 'YYYY-MM-DD' (this filter takes a day), got {value!r}")


def provider_of_base_url(value: object) -> str | None:
    """The provider whose document's server a base URL is on, by its host (a `{variable}` in a server's host,
    such as SignalWire's `{space}`, stands for one label) or its path (under a server's path, such as
    `/api/laml`, on any host: a sandbox's too); None when no server matches. Read from the generated
    PROVIDER_FACTS, so no provider is named here."""
    if not isinstance(value, str):
        return None
    from twilio_calls_api.surface import PROVIDER_FACTS, PROVIDERS

    try:
        given = urlsplit(value)
        host, path = (given.hostname or "").lower(), given.path.rstrip("/")
    except ValueError:  # check_base_url words the refusal
        return None
    for name in PROVIDERS:
        server_host, _, server_path = PROVIDER_FACTS[name].base_url.partition("://")[2].partition("/")
        parts = re.split(r"(\{[^}]*\})", server_host.lower())
        host_pattern = "".join("[^.]+" if part.startswith("{") else re.escape(part) for part in parts)
        server_path = "/" + server_path.rstrip("/") if server_path else ""
        if re.fullmatch(host_pattern, host) or (server_path and (path + "/").startswith(server_path + "/")):
            return name
    return None


def format_date_filter(value: object, parameter: str) -> str:
    """A day (date or 'YYYY-MM-DD') or an instant (timezone-aware datetime, or ISO 8601 text with its offset), as
    the API's filters take them."""
    if isinstance(value, datetime):
        return _utc(value, parameter).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        if DAY.fullmatch(value):
            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                raise ValidationError(parameter, f"{value!r} is not a day of the calendar") from None
        parsed = iso_instant(value)
        if parsed is not None:
            return value
    raise ValidationError(parameter, f"expected a date, an aware datetime or 'YYYY-MM-DD', got {value!r}")


def iso_instant(text: str) -> datetime | None:
    """ISO 8601 text with a time and its offset, else None (a time without an offset is ambiguous)."""
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.utcoffset() is not None else None


def _utc(value: datetime, parameter: str) -> datetime:
    """An aware datetime in UTC; ValidationError for a naive one, or one with no UTC time in datetime's range
    (9999-12-31T23:00-02:00 is in year 10000 in UTC)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(parameter, "a datetime must be timezone-aware (for example tzinfo=UTC)")
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValidationError(parameter, f"{value.isoformat()} is outside the years 1 to 9999 in UTC") from None


def format_rfc2822_filter(value: object, parameter: str, *, upper: bool = False) -> str:
    """A day or an instant as an RFC 2822 GMT timestamp ('Tue, 02 Jan 2024 03:04:05 GMT'), from a date, an
    aware datetime, 'YYYY-MM-DD', ISO 8601 text with its offset, or RFC 2822 text with its zone: the forms the
    date filters of every provider take, so that text one provider's client refuses ("5", "1/2/3", a time with
    no zone) the other's refuses too. A day is its first second, or its last for an upper bound (`upper`), so
    that a day bound keeps the whole day, as with 'YYYY-MM-DD'."""
    if isinstance(value, str) and not DAY.fullmatch(value):
        from ._dates import parse_rfc2822_strict

        parsed = iso_instant(value) or parse_rfc2822_strict(value)
        if parsed is None:
            raise ValidationError(
                parameter,
                "expected a date, an aware datetime, 'YYYY-MM-DD', ISO 8601 with an offset or an RFC 2822 time "
                f"with its zone, got {value!r}",
            )
        value = parsed
    if isinstance(value, datetime):
        when = _utc(value, parameter)
    else:
        day = format_date_filter(value, parameter)
        when = datetime.fromisoformat(day + ("T23:59:59" if upper else "")).replace(tzinfo=UTC)
    return format_datetime(when.replace(microsecond=0), usegmt=True)
