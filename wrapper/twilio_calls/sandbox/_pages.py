"""Pages of a call's items (recordings, events, notifications...), shaped like the calls list.

The operation's tables say everything: which query keys are filters (each matches the response field its
generated attribute names, `DateCreated<` the field date_created, bounds inclusive, dates compared by day or
instant), which keys carry the page size, number and token, and which key holds the items. Tokens anchor on
an item (PA<n>: the page after item n; PB<n>: the page before), so pages stay put while items are added.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from twilio_calls_api.surface import FIELDS, Operation, Param

from .._dates import parse_timestamp
from . import _errors as codes
from ._errors import invalid
from ._form import Form
from ._listing import _parse_moment
from ._provider import Profile

__all__ = ["Row", "page_of"]

DEFAULT_PAGE_SIZE = 50
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {"<": operator.le, ">": operator.ge, "=": operator.eq}

Row = tuple[int, dict[str, Any]]  # (a number that never changes for the item, its JSON body)


def _test(op: Operation, param: Param, text: str) -> Callable[[dict[str, Any]], bool]:
    fields = {item_field.name: item_field for item_field in FIELDS.get(op.response or "", ())}
    item_field = fields.get(param.attr)
    if item_field is None:
        raise invalid(codes.INVALID_PARAMETER, f"The sandbox cannot filter by {param.wire}: no field of that name")
    compare = _COMPARE[param.wire[-1] if param.wire[-1] in "<>" else "="]
    key = item_field.key
    if item_field.normalize != "timestamp":
        return lambda body: body.get(key) is not None and compare(str(body.get(key)), text)
    moment: date | datetime = _parse_moment(param.wire, text)
    by_day = not isinstance(moment, datetime)

    def test(body: dict[str, Any]) -> bool:
        value = body.get(key)
        when = parse_timestamp(value) if isinstance(value, str) else None
        return when is not None and bool(compare(when.date() if by_day else when, moment))

    return test


def page_of(op: Operation, form: Form, rows: Sequence[Row], base: str, profile: Profile) -> dict[str, Any]:
    """One page of `rows` (in the order listed) as `op` answers it; `base` is the list's URI without `.json`."""
    given = [
        (param, text)
        for param in op.params
        if param.wire not in op.paging_keys and param.wire != op.page_size and (text := form.get(param.wire))
    ]
    tests = [_test(op, param, text) for param, text in given]
    matches = [row for row in rows if all(test(row[1]) for test in tests)]
    cursors = {param.type: param.wire for param in op.params if param.wire in op.paging_keys and param.paging}
    size_key, number_key, token_key = str(op.page_size), cursors["integer"], cursors["string"]
    page_size = int(form.get(size_key) or DEFAULT_PAGE_SIZE)
    number = int(form.get(number_key) or 0)
    token = form.get(token_key)
    if token is None:
        chosen = matches[number * page_size : (number + 1) * page_size]
    else:
        chosen = _by_token(token, matches, page_size)
    filters = [(param.wire, text) for param, text in given]
    suffix = profile.facts.page_uri_suffix

    def uri(at: int, page_token: str | None = None) -> str:
        query = [*filters, (size_key, str(page_size)), (number_key, str(at))]
        if page_token is not None:
            query.append((token_key, page_token))
        return f"{base}{suffix}?{urlencode(query)}"

    more_after = bool(chosen) and chosen[-1] is not matches[-1]
    more_before = bool(chosen) and chosen[0] is not matches[0]
    start = number * page_size
    envelope: dict[str, Any] = {
        "page": number,
        "page_size": page_size,
        "start": start,
        "end": start + max(len(chosen) - 1, 0),
        "uri": uri(number, token),
        "first_page_uri": uri(0),
        "next_page_uri": uri(number + 1, f"PA{chosen[-1][0]}") if more_after else None,
        "previous_page_uri": uri(max(number - 1, 0), f"PB{chosen[0][0]}") if more_before and number > 0 else None,
    }
    # The provider's page keys (SignalWire's pages have no start and end), then the items under their key.
    body = {key: value for key, value in envelope.items() if key in profile.facts.page_fields}
    body[str(op.page_items)] = [row[1] for row in chosen]
    return body


def _by_token(token: str, matches: list[Row], page_size: int) -> list[Row]:
    keys = [row[0] for row in matches]
    anchor = int(token[2:]) if token[:2] in ("PA", "PB") and token[2:].isdigit() else None
    if anchor is None or anchor not in keys:
        raise invalid(codes.INVALID_PARAMETER, f"Invalid PageToken: {token!r} was not issued by this server")
    at = keys.index(anchor)
    if token.startswith("PA"):
        return matches[at + 1 : at + 1 + page_size]
    return matches[max(0, at - page_size) : at]
