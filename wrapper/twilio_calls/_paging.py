"""List filters and next_page_uri handling shared by both clients.

A page's next_page_uri is not fetched as given: its paging keys (the list operation's `paging_keys` in the
generated surface: Page, PageSize, PageToken) are read and the generated list operation is called again with
them and the original filters. That keeps every request on the
configured API host, and works the same for Twilio's relative URIs (`.../Calls.json?...`) and SignalWire's
(`/api/laml/.../Calls?...`, documented without `.json`); either spelling is accepted from either provider.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import httpx

from twilio_calls_api import surface as _api
from twilio_calls_api.surface import Operation

from ._exceptions import InvalidResponseError, ValidationError

if TYPE_CHECKING:
    from ._models import Call


class ListCallsParams(_api.ListCallsParams, total=False):
    """Filters of list() as the document declares them (dates take a date, an aware datetime or
    'YYYY-MM-DD'; bounds are inclusive), plus `limit`: at most this many calls in all."""

    limit: int


def read_page(
    response: httpx.Response, operation: Operation, limit: int | None, returned: int
) -> tuple[list[dict[str, Any]], object]:
    """The calls of one page as JSON objects (at most limit - returned) and its next_page_uri (the keys are the
    operation's page_items and page_next).

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
    calls = body.get(operation.page_items) if isinstance(body, dict) else None
    if not isinstance(calls, list) or not all(isinstance(call, dict) for call in calls):
        raise _invalid(response, f"not a page of calls (no {operation.page_items!r} list of objects)")
    if limit is not None:
        calls = calls[: limit - returned]
    return calls, body.get(str(operation.page_next))


def _invalid(response: httpx.Response, message: str) -> InvalidResponseError:
    return InvalidResponseError.from_response(message, response)


class PageCursor:
    """Turns each page's next_page_uri into the next list call's paging keys (wire names); refuses loops and
    other hosts."""

    def __init__(self, operation: Operation, list_path: str, api_host: str) -> None:
        self.operation = operation
        self._keys = {param.wire: param for param in operation.params if param.wire in operation.paging_keys}
        self._list_path = list_path
        # The list's path as a next_page_uri may end: with the `.json` the client sends, or without it.
        self._list_paths = (list_path, list_path.removesuffix(".json"))
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
        if not parts.path.endswith(self._list_paths):
            raise self._error(f"next_page_uri is not a page of this list: {parts.path}")
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        key = tuple(query.get(wire, "") for wire in self._keys)
        if key in self._seen or not any(key):
            raise self._error(f"next_page_uri repeats an earlier page ({next_page_uri}); stopping")
        self._seen.add(key)
        arguments: dict[str, Any] = {}
        for wire, param in self._keys.items():
            if wire not in query:
                continue
            if param.type == "integer":
                try:
                    arguments[wire] = int(query[wire])
                except ValueError:
                    raise self._error(f"next_page_uri has a non-numeric {wire}: {next_page_uri}") from None
            else:
                arguments[wire] = query[wire]
        return arguments

    def _error(self, message: str) -> InvalidResponseError:
        return InvalidResponseError(message, method="GET", path=self._list_path, status=200)


class CallsPage:
    """One page of a listing, for UIs that page on demand: its calls and a token for the next page.

    Pass `next_page_token` back to list_page() (with the same filters) for the page after; it is None on the
    last page. The token is opaque: it carries the API's own paging keys, not an offset.
    """

    __slots__ = ("calls", "next_page_token", "next_page_uri")

    def __init__(self, calls: list[Call], next_page_uri: str | None, next_page_token: str | None) -> None:
        self.calls = calls
        self.next_page_uri = next_page_uri
        self.next_page_token = next_page_token

    def __iter__(self) -> Iterator[Call]:
        return iter(self.calls)

    def __len__(self) -> int:
        return len(self.calls)

    def __repr__(self) -> str:
        return f"CallsPage({len(self.calls)} calls, next_page_token={self.next_page_token!r})"


def encode_page_token(paging: Mapping[str, object]) -> str:
    """The paging keys of a next_page_uri (wire names and values) as one URL-safe token."""
    text = json.dumps(dict(paging), separators=(",", ":"), sort_keys=True)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_page_token(token: object, operation: Operation) -> dict[str, object]:
    """The paging keys in a token from encode_page_token; ValidationError for anything else."""
    if isinstance(token, str) and token:
        try:
            value = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        except (ValueError, binascii.Error):
            value = None
        if isinstance(value, dict) and value and set(value) <= set(operation.paging_keys):
            return value
    raise ValidationError("page_token", "not a token from list_page()'s next_page_token")
