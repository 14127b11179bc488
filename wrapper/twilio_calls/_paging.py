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
import hashlib
import json
from collections.abc import Iterator, Mapping
from datetime import UTC
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, parse_qs, urlsplit

from twilio_calls_api import surface as _api
from twilio_calls_api.surface import Operation

from ._exceptions import InvalidResponseError, ValidationError, host_of, request_id_of

if TYPE_CHECKING:
    from ._models import Call
    from ._transport import Answer


class ListCallsParams(_api.ListCallsParams, total=False):
    """Filters of list() as the document declares them (dates take a date, an aware datetime or
    'YYYY-MM-DD'; bounds are inclusive), plus `limit`: at most this many calls in all."""

    limit: int


def read_page(
    response: Answer, operation: Operation, limit: int | None, returned: int
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
    calls = body.get(operation.page_items) if isinstance(body, dict) else None
    if not isinstance(calls, list) or not all(isinstance(call, dict) for call in calls):
        raise _invalid(response, f"not a page of calls (no {operation.page_items!r} list of objects)")
    if limit is not None:
        calls = calls[: limit - returned]
    return calls, body.get(str(operation.page_next))


def _invalid(response: Answer, message: str) -> InvalidResponseError:
    return InvalidResponseError.from_response(message, response)


# Longer than any page link a server writes, and far below httpx's 64 KiB limit on a URL's parts.
MAX_PAGE_URI = 8192


class PageCursor:
    """Turns each page's next_page_uri into the next list call's paging keys (wire names); refuses loops and
    any other origin (scheme, host and port) than the client's base URL."""

    def __init__(self, operation: Operation, list_path: str, base_url: str, path: tuple[str, ...] = ()) -> None:
        self.operation = operation
        self.path = path  # the listing's parent SIDs (a call's, for its recordings), after the account
        self._keys = {param.wire: param for param in operation.params if param.wire in operation.paging_keys}
        self._list_path = list_path
        # The list's path as a next_page_uri may end: with the `.json` the client sends, or without it.
        self._list_paths = (list_path, list_path.removesuffix(".json"))
        self._origin = _origin(urlsplit(base_url))
        self._seen: set[tuple[str, ...]] = set()
        self._answer: tuple[str | None, str | None] = (None, None)  # the last page's host and request id
        self.filters_digest = ""  # list_page(): the digest of the filters, for the next page's token

    def read(self, response: Answer) -> None:
        """Notes which response the next next_page_uri comes from, for the errors about it."""
        self._answer = (host_of(response.request.url), request_id_of(response.headers))

    def next_arguments(self, next_page_uri: object, *, given: bool = False) -> dict[str, Any] | None:
        """The paging keys of a page's next_page_uri, or of a URL the caller gave (`given`: list_page's page_url,
        whose problems are the caller's ValidationError, raised before any request)."""
        if not next_page_uri:
            return None
        shown = _shown(next_page_uri)
        if isinstance(next_page_uri, str) and len(next_page_uri) > MAX_PAGE_URI:
            raise self._error(f"next_page_uri is longer than {MAX_PAGE_URI} characters: {shown}", given)
        if not isinstance(next_page_uri, str):
            raise self._error(f"next_page_uri is not a string: {shown}", given)
        try:
            parts = urlsplit(next_page_uri)
            origin = _origin(parts)
        except ValueError:  # wrapper fix: a malformed host ("http://[") is a ValueError from urllib, not ours
            raise self._error(f"next_page_uri is not a URL: {shown}", given) from None
        if parts.netloc and origin != self._origin:
            where = _shown(f"{parts.scheme}://{parts.netloc}")
            raise self._error(f"next_page_uri points at another host ({where}); not followed", given)
        if not parts.path.endswith(self._list_paths):
            raise self._error(f"next_page_uri is not a page of this list: {_shown(parts.path)}", given)
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        key = tuple(query.get(wire, "") for wire in self._keys)
        if key in self._seen or not any(key):
            raise self._error(f"next_page_uri repeats an earlier page ({shown}); stopping", given)
        self._seen.add(key)
        arguments: dict[str, Any] = {}
        for wire, param in self._keys.items():
            if wire not in query:
                continue
            if param.type == "integer":
                try:
                    arguments[wire] = int(query[wire])
                except ValueError:
                    raise self._error(f"next_page_uri has a non-numeric {wire}: {shown}", given) from None
            else:
                arguments[wire] = query[wire]
        return arguments

    def _error(self, message: str, given: bool) -> InvalidResponseError | ValidationError:
        if given:  # "page_url: points at another host (...); not followed"
            return ValidationError("page_url", message.removeprefix("next_page_uri "))
        host, request_id = self._answer
        return InvalidResponseError(
            message, method="GET", path=self._list_path, status=200, host=host, request_id=request_id
        )


def _origin(parts: SplitResult) -> tuple[str, str | None, int | None]:
    """Scheme, host and port (the scheme's default when none is written)."""
    scheme = parts.scheme.lower()
    return scheme, parts.hostname, parts.port or {"http": 80, "https": 443}.get(scheme)


def _shown(value: object) -> str:
    """A server-given value in a message: at most 200 characters of it."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 200 else text[:197] + "..."


class CallsPage:
    """One page of a listing, for UIs that page on demand: its calls and a token for the next page.

    Pass `next_page_token` back to list_page() (with the same filters) for the page after; it is None on the
    last page. The token is opaque: it carries the API's own paging keys (not an offset) and a digest of the
    filters it was issued for; with other filters, or another page_size, it is refused before any request.
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


def check_page_url_filters(page_url: str, request: Mapping[str, Any], operation: Operation) -> None:
    """Refuses a page_url whose own filters (a next_page_uri repeats them) differ from the ones given, or are left
    out: its next page would hold calls outside the listing it came from. A date filter may come back from the
    server written another way, so dates are compared as the days or instants they name (when the URL's can be
    read)."""
    query = {key: values[-1] for key, values in parse_qs(urlsplit(page_url).query).items()}
    params = request.get("params") or {}
    for param in operation.params:
        if param.wire in operation.paging_keys or param.wire not in query:
            continue
        sent = params.get(param.wire)
        if sent is not None and str(sent) == query[param.wire]:
            continue
        if sent is not None and param.normalize is not None and not _other_date(str(sent), query[param.wire]):
            continue
        raise ValidationError(
            "page_url",
            f"is a page of a listing with {param.wire}={_shown(query[param.wire])}: pass the same filters "
            f"({param.name}=...)",
        )


def _other_date(sent: str, echoed: str) -> bool:
    """Whether a date filter the server wrote into a page link names another day or instant than the one sent;
    False when the link's form cannot be read (the server's own spelling is not the caller's fault)."""
    from ._dates import parse_rfc2822_strict
    from ._validation import DAY, iso_instant

    def moment(text: str) -> object:
        if DAY.fullmatch(text):
            return text
        instant = iso_instant(text) or parse_rfc2822_strict(text)
        try:
            return instant.astimezone(UTC) if instant is not None else None
        except OverflowError:  # a link's date with no UTC time in datetime's range
            return None

    theirs = moment(echoed)
    return theirs is not None and theirs != moment(sent)


def filters_digest(request: Mapping[str, Any], operation: Operation) -> str:
    """A short digest of a list request's filters as sent (wire names and checked values, paging keys left
    out), so that a page token can tell the filters it was issued for without carrying them."""
    params = request.get("params") or {}
    filters = {key: value for key, value in params.items() if key not in operation.paging_keys}
    text = json.dumps(filters, separators=(",", ":"), sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:_DIGEST_LENGTH]


_DIGEST_LENGTH = 16  # 64 bits: ample to tell one listing's filters from another's


def encode_page_token(paging: Mapping[str, object], digest: str) -> str:
    """The paging keys of a next_page_uri (wire names and values) and the filters' digest as one URL-safe
    token."""
    text = json.dumps({"f": digest, "p": dict(paging)}, separators=(",", ":"), sort_keys=True)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_page_token(token: object, operation: Operation) -> tuple[dict[str, object], str]:
    """The paging keys in a token from encode_page_token and the digest of the filters it was issued for;
    ValidationError for anything else."""
    if isinstance(token, str) and token:
        try:
            value = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        except (ValueError, binascii.Error):
            value = None
        if isinstance(value, dict) and set(value) == {"f", "p"}:
            paging, digest = value["p"], value["f"]
            if (
                isinstance(paging, dict)
                and paging
                and set(paging) <= set(operation.paging_keys)
                and isinstance(digest, str)
                and len(digest) == _DIGEST_LENGTH
            ):
                return paging, digest
    raise ValidationError("page_token", "not a token from list_page()'s next_page_token")


def check_page_token_use(
    request: Mapping[str, Any], paging: Mapping[str, object], digest: str | None, operation: Operation
) -> None:
    """Refuses a page token (digest given) or a next_page_uri (its paging keys) used with a listing other than
    the one it came from: other filters (ValidationError naming page_token), or another page size
    (naming page_size: the API's cursor is only good for the size it was made with). `request` is the
    filters' own request, before the paging keys are added."""
    if digest is not None and digest != filters_digest(request, operation):
        raise ValidationError("page_token", "issued for other filters: pass the filters the first page was listed with")
    wire = operation.page_size
    params = request.get("params") or {}
    if wire is None or wire not in paging or params.get(wire) is None:
        return
    if str(params[wire]) != str(paging[wire]):
        source = "page_token" if digest is not None else "page_url"
        raise ValidationError(
            "page_size",
            f"{params[wire]} differs from the {paging[wire]} per page the {source} was issued for; "
            "leave page_size out or give the same size (a new page size starts a new listing)",
        )
