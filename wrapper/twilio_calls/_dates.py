"""RFC 2822 timestamps as the APIs send them, to aware UTC datetimes.

The standard library parses Twilio's form quickly; python-dateutil is imported only for what it rejects,
such as SignalWire's "Wed, 19 Sept 2018 20:00:00 +0000" (its month names come from the providers' documents).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache


def parse_timestamp(text: str | None) -> datetime | None:
    """None for an absent, empty or unreadable value: a bad date must not make a whole call unreadable."""
    if not text:
        return None
    parsed: datetime | None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = _parse_leniently(text)
    if parsed is None:
        return None
    if parsed.tzinfo is None:  # "-0000" in RFC 2822 means UTC with no offset information
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        # wrapper fix: a date at the edge of datetime's range with an offset ("0001-01-01T00:00:00+01:00") has no
        # UTC equivalent, and dateutil accepts offsets of a day or more ("0:0-3000") that datetime then refuses.
        # Such a date is unreadable like any other, not a reason for reading the field to raise.
        return None


def _parse_leniently(text: str) -> datetime | None:
    from dateutil import parser

    from twilio_calls_api.surface import PROVIDER_FACTS

    for facts in PROVIDER_FACTS.values():  # a provider's own month names (info.x-provider: SignalWire's "Sept")
        for standard, own in facts.month_spellings.items():
            text = text.replace(f" {own} ", f" {standard} ")
    try:
        return parser.parse(text)
    except (ValueError, OverflowError, TypeError):
        return None


@cache
def _strict_rfc2822() -> re.Pattern[str]:
    """RFC 2822's date-time with a four-digit year and a zone, nothing else: no two-digit years, no month before
    the day, no missing time or zone (each of which the standard library or dateutil would still read, as
    something the caller may not have meant). Month names include each provider's own spellings ("Sept")."""
    from twilio_calls_api.surface import PROVIDER_FACTS

    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    months += [own for facts in PROVIDER_FACTS.values() for own in facts.month_spellings.values()]
    month = "|".join(sorted(set(months), key=len, reverse=True))
    return re.compile(
        r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?(?P<day>\d{1,2})\s+(?P<month>" + month + r")\s+(?P<year>\d{4})\s+"
        r"\d{2}:\d{2}(?::\d{2})?\s+(?P<zone>[+-]\d{4}|GMT|UTC?|[ECMP][SD]T)",
        re.IGNORECASE,
    )


def parse_rfc2822_strict(text: str) -> datetime | None:
    """An RFC 2822 date-time that names its zone ("Sun, 01 Nov 2026 10:00:00 +0100", "... GMT"), as an aware
    datetime; None for anything else. "-0000" is UTC (RFC 5322: the time is UTC, the sender's offset unknown)."""
    match = _strict_rfc2822().fullmatch(text.strip())
    if match is None:
        return None
    standard = text
    for month, own in _own_months().items():
        standard = re.sub(rf"\b{own}\b", month, standard, flags=re.IGNORECASE)
    try:
        parsed = parsedate_to_datetime(standard)
    except (TypeError, ValueError, IndexError):  # "31 Nov", "25:00"
        return None
    if parsed.year != int(match["year"]):  # the standard library reads "0026" as 2026
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


@cache
def _own_months() -> dict[str, str]:
    from twilio_calls_api.surface import PROVIDER_FACTS

    return {standard: own for facts in PROVIDER_FACTS.values() for standard, own in facts.month_spellings.items()}
