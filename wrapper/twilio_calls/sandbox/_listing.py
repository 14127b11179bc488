"""The list operation: filters, newest-first order, and pages linked by a page token like Twilio's.

Which filters there are, which query keys carry the page size, page number and token, and which keys a page
has all come from the provider's document (the generated surface): a filter matches the call field of the
same name (`To` the field `to`, `StartTime<` the field `start_time`, bounds inclusive), compared as a date
or an instant when the field is a timestamp and as text otherwise. A page's URIs end as the provider writes
them (SignalWire's without `.json`), and it has only the keys the provider's page schema lists.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode

from twilio_calls_api.models import CallPage
from twilio_calls_api.surface import CALL_FIELDS, PROVIDERS, Operation, Param

from .._dates import parse_timestamp
from . import _errors as codes
from ._errors import invalid
from ._form import Form
from ._lifecycle import CallRecord
from ._provider import PROFILES, Profile
from ._render import call_body, calls_path
from ._rules import operation

__all__ = ["list_page"]

DEFAULT_PAGE_SIZE = 50
_FIELDS = {field.name: field for field in CALL_FIELDS}

# A filter's wire name ends in "<" or ">" for an inclusive bound; otherwise it asks for equality.
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {"<": operator.le, ">": operator.ge, "=": operator.eq}


def _parse_moment(name: str, text: str) -> date | datetime:
    """A filter value: a whole day (date) or an instant (aware UTC datetime, whole seconds).

    An equality filter ("the time on which the call began") names a day whatever form it is given in: twilio-python
    sends a `date` as `2026-12-07T00:00:00Z`, SignalWire documents RFC 2822 times, and both mean that day (the day
    as written, in the offset it was written in). A bound (`StartTime<`, `StartTime>`) given as a time is that
    instant; given as a bare day, it is the day."""
    moment = _read_moment(text)
    if moment is None:
        raise invalid(
            codes.INVALID_PARAMETER,
            f"Invalid {name}: {text!r} is not a date (YYYY-MM-DD or MM/DD/YYYY), an ISO 8601 time or an RFC 2822 time",
        )
    if not isinstance(moment, datetime):
        return moment
    if name[-1] not in "<>":
        return moment.date()
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


# The US form Twilio's own reference uses in its list examples ("06/11/2019 22:05:25 MST": month first, as its
# other example of the same moment, "2019-06-11 22:05:25.000", shows), with a zone name or offset, or none (UTC).
_US_FORM = re.compile(
    r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})"
    r"(?:[ T](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
    r"(?:\s*(?P<zone>[A-Za-z]{1,4}|[+-]\d{2}:?\d{2}))?"
)
# The zone names RFC 2822 (section 4.3) defines, which are also the ones Twilio's example uses.
_ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6}
_ZONES |= {"PST": -8, "PDT": -7}


def _read_moment(text: str) -> date | datetime | None:
    """A day, or a time with its offset kept (naive when none was written), or None if unreadable."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    if match := _US_FORM.fullmatch(text):
        return _us_moment(match)
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _us_moment(match: re.Match[str]) -> date | datetime | None:
    try:
        day = date(int(match["year"]), int(match["month"]), int(match["day"]))
        if match["hour"] is None:
            return day
        clock = time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
    except ValueError:
        return None
    zone = (match["zone"] or "UTC").upper()
    if zone in _ZONES:
        offset = timedelta(hours=_ZONES[zone])
    elif zone[0] in "+-":
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:])) * (-1 if zone[0] == "-" else 1)
    else:
        return None
    return datetime.combine(day, clock, timezone(offset))


def _filter_test(param: Param, text: str) -> Callable[[dict[str, Any]], bool]:
    """A test of a rendered call body for one filter: the call field the filter is named after (its
    attribute in the generated models, `start_time` for StartTime and StartTime<)."""
    field = _FIELDS.get(param.attr)
    if field is None:
        raise invalid(codes.INVALID_PARAMETER, f"The sandbox cannot filter by {param.wire}: no call field of that name")
    compare = _COMPARE[param.wire[-1] if param.wire[-1] in "<>" else "="]
    if field.normalize != "timestamp":
        return lambda body: body.get(field.key) is not None and compare(str(body.get(field.key)), text)
    try:
        moment = _parse_moment(param.wire, text)
    except OverflowError:  # a valid time whose UTC form falls outside year 1 to 9999
        raise invalid(codes.INVALID_PARAMETER, f"Invalid {param.wire}: {text!r} is out of range") from None
    by_day = not isinstance(moment, datetime)

    def test(body: dict[str, Any]) -> bool:
        value = body.get(field.key)
        when = parse_timestamp(value) if isinstance(value, str) else None  # the provider's month names included
        if when is None:
            return False
        return bool(compare(when.date() if by_day else when, moment))

    return test


def _filters(op: Operation, form: Form) -> list[tuple[Param, str]]:
    return [
        (param, text)
        for param in op.params
        if param.wire not in op.paging_keys and (text := form.get(param.wire)) is not None
    ]


def list_page(
    form: Form,
    account_sid: str,
    newest_first: Sequence[CallRecord],
    seq_of: dict[str, int],
    profile: Profile = PROFILES[PROVIDERS[0]],
) -> dict[str, Any]:
    """One page of `newest_first` (already in order) as the provider's CallPage JSON."""
    op = operation("list_calls", profile.name)
    given = _filters(op, form)
    tests = [_filter_test(param, text) for param, text in given]
    bodies = {call.sid: call_body(call, profile) for call in newest_first} if tests else {}
    matches = [call for call in newest_first if all(test(bodies[call.sid]) for test in tests)]
    size_key, number_key, token_key = _paging_keys(op)
    page_size = int(form.get(size_key) or DEFAULT_PAGE_SIZE)
    page = int(form.get(number_key) or 0)
    token = form.get(token_key)
    if token is None:
        chosen = matches[page * page_size : (page + 1) * page_size]
    else:
        chosen = _by_token(token, matches, page_size, seq_of)
    filters = [(param.wire, text) for param, text in given]
    base = profile.prefix + calls_path(account_sid).removesuffix(".json") + profile.facts.page_uri_suffix

    def uri(number: int, page_token: str | None = None) -> str:
        query = [*filters, (size_key, str(page_size)), (number_key, str(number))]
        if page_token is not None:
            query.append((token_key, page_token))
        return f"{base}?{urlencode(query)}"

    more_after = bool(chosen) and chosen[-1] is not matches[-1]
    more_before = bool(chosen) and chosen[0] is not matches[0]
    start = page * page_size
    model = CallPage(
        calls=[],
        page=page,
        page_size=page_size,
        start=start,
        end=start + max(len(chosen) - 1, 0),
        uri=uri(page, token),
        first_page_uri=uri(0),
        next_page_uri=uri(page + 1, "PA" + chosen[-1].sid) if more_after else None,
        previous_page_uri=uri(max(page - 1, 0), "PB" + chosen[0].sid) if more_before and page > 0 else None,
    )
    body = {key: value for key, value in model.to_dict().items() if key in profile.facts.page_fields}
    body[str(op.page_items)] = [bodies.get(call.sid) or call_body(call, profile) for call in chosen]
    return body


def _paging_keys(op: Operation) -> tuple[str, str, str]:
    """The page size's key, the page number's (the integer cursor) and the token's (the text cursor)."""
    cursors = {param.type: param.wire for param in op.params if param.wire in op.paging_keys and param.paging}
    return str(op.page_size), cursors["integer"], cursors["string"]


def _by_token(token: str, matches: list[CallRecord], page_size: int, seq_of: dict[str, int]) -> list[CallRecord]:
    # PA<sid>: the page after that call; PB<sid>: the page before it. Anchoring on a call, not an offset,
    # keeps pages stable while new calls are being created, which is why Twilio's tokens work this way.
    anchor = seq_of.get(token[2:]) if token[:2] in ("PA", "PB") else None
    if anchor is None:
        raise invalid(codes.INVALID_PARAMETER, f"Invalid PageToken: {token!r} was not issued by this server")
    if token.startswith("PA"):
        return [call for call in matches if call.seq < anchor][:page_size]
    newer = [call for call in matches if call.seq > anchor]
    return newer[-page_size:]
