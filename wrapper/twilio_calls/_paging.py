"""List filters and next_page_uri handling shared by both clients.

A page's next_page_uri is not fetched as given: its paging keys (Page, PageSize, PageToken) are read and the
generated list operation is called again with them and the original filters. That keeps every request on the
configured API host, and works the same for Twilio's relative URIs and SignalWire's /api/laml/... ones.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any, TypedDict
from urllib.parse import parse_qs, urlsplit

import httpx

from twilio_calls_api.models import CallStatus, TimesAfter, TimesBefore

from . import _validation as v
from ._exceptions import InvalidResponseError, ValidationError


class ListCallsParams(TypedDict, total=False):
    """Filters of list(); dates take a date, an aware datetime or 'YYYY-MM-DD'. Bounds are inclusive."""

    to: str
    from_: str
    parent_call_sid: str
    status: CallStatus | str
    started_on: date | str
    started_before: date | str
    started_after: date | str
    ended_on: date | str
    ended_before: date | str
    ended_after: date | str
    page_size: int
    limit: int


DATE_FILTERS = ("started_on", "started_before", "started_after", "ended_on", "ended_before", "ended_after")


def list_arguments(params: Mapping[str, Any]) -> tuple[dict[str, Any], int | None]:
    """Keyword arguments for the generated list_calls operation, and the item limit."""
    unknown = sorted(set(params) - set(ListCallsParams.__annotations__))
    if unknown:
        raise ValidationError(unknown[0], "not a filter of list()")
    given = {name: value for name, value in params.items() if value is not None}
    limit = v.check_int(given.pop("limit"), "limit", 1, None) if "limit" in given else None
    kwargs: dict[str, Any] = {}
    for name in ("to", "from_"):
        if name in given:
            kwargs[name] = v.check_str(given[name], name)
    if "parent_call_sid" in given:
        kwargs["parent_call_sid"] = v.check_sid(given["parent_call_sid"], "parent_call_sid", "CA")
    if "status" in given:
        kwargs["status"] = v.check_enum(given["status"], CallStatus, "status")
    dates = {name: v.format_date_filter(given[name], name) for name in DATE_FILTERS if name in given}
    if "started_on" in dates:
        kwargs["start_time"] = dates["started_on"]
    if "ended_on" in dates:
        kwargs["end_time"] = dates["ended_on"]
    if "started_before" in dates or "ended_before" in dates:
        kwargs["before"] = TimesBefore(**_bounds(dates, "before"))
    if "started_after" in dates or "ended_after" in dates:
        kwargs["after"] = TimesAfter(**_bounds(dates, "after"))
    page_size = given.get("page_size")
    if page_size is None and limit is not None:
        page_size = min(limit, 1000)  # no point fetching 50 calls to return 3
    if page_size is not None:
        kwargs["page_size"] = v.check_int(page_size, "page_size", 1, 1000)
    return kwargs, limit


def _bounds(dates: Mapping[str, str], side: str) -> dict[str, str]:
    pairs = (("start_time", f"started_{side}"), ("end_time", f"ended_{side}"))
    return {attribute: dates[name] for attribute, name in pairs if name in dates}


def read_page(response: httpx.Response, limit: int | None, returned: int) -> tuple[list[dict[str, Any]], object]:
    """The calls of one page as JSON objects (at most limit - returned) and its next_page_uri.

    The caller wraps each in a Call as it hands it out, not all up front: a thousand live Call objects at once
    would set off twice as many garbage collections, each walking the whole decoded page (about a fifth of the
    time of iterating 20,000 calls in a fresh interpreter).

    Pages are read here rather than by the generated list operation, which builds a model for every call up
    front: about 8 us per call, five times the JSON decoding, for fields most loops never read. The request
    itself is still the generated operation's (list_calls._get_kwargs).
    """
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested deeper than Python's stack
        raise _invalid(response, f"not JSON ({exc})") from None
    # httpx 0.28 keeps a response in a reference cycle with its stream (encode/httpx#3733), so the page's bytes
    # would live until the next full garbage collection; replacing the spent stream lets them go at once.
    response.stream = httpx.ByteStream(b"")
    calls = body.get("calls") if isinstance(body, dict) else None
    if not isinstance(calls, list) or not all(isinstance(call, dict) for call in calls):
        raise _invalid(response, "not a page of calls (no 'calls' list of objects)")
    if limit is not None:
        calls = calls[: limit - returned]
    return calls, body.get("next_page_uri")


def _invalid(response: httpx.Response, message: str) -> InvalidResponseError:
    return InvalidResponseError.from_response(message, response)


class PageCursor:
    """Turns each page's next_page_uri into the next list call's paging arguments; refuses loops and other hosts."""

    def __init__(self, list_path: str, api_host: str) -> None:
        self._list_path = list_path
        self._api_host = api_host
        self._seen: set[tuple[str, ...]] = set()

    def next_arguments(self, next_page_uri: object) -> dict[str, Any] | None:
        if not next_page_uri:
            return None
        if not isinstance(next_page_uri, str):
            raise self._error(f"next_page_uri is not a string: {next_page_uri!r}")
        try:
            parts = urlsplit(next_page_uri)
            host = parts.hostname
        except ValueError:  # wrapper fix: a malformed host ("http://[") is a ValueError from urllib, not ours
            raise self._error(f"next_page_uri is not a URL: {next_page_uri!r}") from None
        if parts.netloc and host != self._api_host:
            raise self._error(f"next_page_uri points at another host ({host}); not followed")
        if not parts.path.endswith(self._list_path):
            raise self._error(f"next_page_uri is not a page of this list: {parts.path}")
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        key = (query.get("Page", ""), query.get("PageToken", ""), query.get("PageSize", ""))
        if key in self._seen or key == ("", "", ""):
            raise self._error(f"next_page_uri repeats an earlier page ({next_page_uri}); stopping")
        self._seen.add(key)
        arguments: dict[str, Any] = {}
        try:
            if "Page" in query:
                arguments["page"] = int(query["Page"])
            if "PageSize" in query:
                arguments["page_size"] = int(query["PageSize"])
        except ValueError:
            raise self._error(f"next_page_uri has a non-numeric page: {next_page_uri}") from None
        if "PageToken" in query:
            arguments["page_token"] = query["PageToken"]
        return arguments

    def _error(self, message: str) -> InvalidResponseError:
        return InvalidResponseError(message, method="GET", path=self._list_path, status=200)
