"""RFC 2822 timestamps as the APIs send them, to aware UTC datetimes.

The standard library parses Twilio's form quickly; python-dateutil is imported only for what it rejects,
such as SignalWire's "Wed, 19 Sept 2018 20:00:00 +0000" (its month names come from the providers' documents).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


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
