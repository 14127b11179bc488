"""The list operation: filters, newest-first order, and pages linked by PageToken like Twilio's.

On SignalWire's profile a page has no start/end, and its URIs are under /api/laml without `.json`, as
SignalWire documents them (compatibility API, Paging).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlencode

from twilio_calls_api.models import CallPage

from . import _errors as codes
from ._errors import invalid
from ._form import Form
from ._lifecycle import CallRecord
from ._provider import PROFILES, Profile
from ._render import call_body, calls_path

__all__ = ["list_page"]

_FILTERS = ("To", "From", "ParentCallSid", "Status")
_TIME_FILTERS = ("StartTime", "StartTime<", "StartTime>", "EndTime", "EndTime<", "EndTime>")
DEFAULT_PAGE_SIZE = 50


# "StartTime<" and "StartTime>" are inclusive bounds; a plain "StartTime" asks for equality.
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {"<": operator.le, ">": operator.ge, "=": operator.eq}


def _parse_moment(name: str, text: str) -> date | datetime:
    """A filter value: a whole day (date) or an instant (aware datetime, whole seconds)."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        instant = datetime.fromisoformat(text)
    except ValueError:
        raise invalid(
            codes.INVALID_PARAMETER, f"Invalid {name}: {text!r} is neither a date (YYYY-MM-DD) nor an ISO 8601 time"
        ) from None
    instant = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC).replace(microsecond=0)


def _time_test(name: str, text: str) -> Callable[[CallRecord], bool]:
    moment = _parse_moment(name, text)
    compare = _COMPARE[name[-1] if name[-1] in "<>" else "="]
    by_day = not isinstance(moment, datetime)

    def test(call: CallRecord) -> bool:
        when = call.start_time if name.startswith("Start") else call.end_time
        if when is None:
            return False
        return bool(compare(when.date() if by_day else when.replace(microsecond=0), moment))

    return test


def _equals(read: Callable[[CallRecord], str | None], wanted: str) -> Callable[[CallRecord], bool]:
    return lambda call: read(call) == wanted


_FIELDS: dict[str, Callable[[CallRecord], str | None]] = {
    "To": lambda call: call.to,
    "From": lambda call: call.from_,
    "ParentCallSid": lambda call: None,  # the sandbox places no child legs
    "Status": lambda call: call.status,
}


def _matcher(form: Form) -> Callable[[CallRecord], bool]:
    tests = [_equals(_FIELDS[name], wanted) for name in _FILTERS if (wanted := form.get(name)) is not None]
    tests += [_time_test(name, text) for name in _TIME_FILTERS if (text := form.get(name)) is not None]
    return lambda call: all(test(call) for test in tests)


def list_page(
    form: Form,
    account_sid: str,
    newest_first: Sequence[CallRecord],
    seq_of: dict[str, int],
    profile: Profile = PROFILES["twilio"],
) -> dict[str, Any]:
    """One page of `newest_first` (already in order) as the provider's CallPage JSON."""
    matches = list(filter(_matcher(form), newest_first))
    page_size = int(form.get("PageSize") or DEFAULT_PAGE_SIZE)
    page = int(form.get("Page") or 0)
    token = form.get("PageToken")
    if token is None:
        chosen = matches[page * page_size : (page + 1) * page_size]
    else:
        chosen = _by_token(token, matches, page_size, seq_of)
    filters = [(name, value) for name in _FILTERS + _TIME_FILTERS if (value := form.get(name)) is not None]
    base = calls_path(account_sid)
    if profile.name == "signalwire":
        base = profile.prefix + base.removesuffix(".json")

    def uri(number: int, page_token: str | None = None) -> str:
        query = [*filters, ("PageSize", str(page_size)), ("Page", str(number))]
        if page_token is not None:
            query.append(("PageToken", page_token))
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
    body = model.to_dict()
    body["calls"] = [call_body(call, profile) for call in chosen]
    if profile.name == "signalwire":
        del body["start"], body["end"]
    return body


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
