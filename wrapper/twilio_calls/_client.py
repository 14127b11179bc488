"""CallsClient and AsyncCallsClient: the five Calls operations plus redirect, hangup and cancel.

Each method checks its input, has the generated operation build the request (its `_get_kwargs`: path, form
encoding, headers), sends it through the httpx client under the retry policy, and reads the body lazily (the
generated parser would build every field of every call up front). The two classes share everything but the
awaiting: configuration, checks and paging live in _ClientBase and the modules it uses.
"""

from __future__ import annotations

import inspect
import json
import os
import ssl
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, Unpack

import httpx

from twilio_calls_api.resources import AsyncResources, SyncResources
from twilio_calls_api.runtime import Page

from . import _transport
from ._auth import BasicAuth
from ._exceptions import CLIENT_CLOSED, InvalidResponseError, ValidationError, client_closed_error
from ._transport import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN, Answer, NotGiven, RetryPolicy, Timeout
from ._validation import check_base_url, check_pattern, check_str, for_provider, provider_of_base_url
from ._waiting import Wait

if TYPE_CHECKING:
    from twilio_calls_api.models import CallStatus, HttpMethod
    from twilio_calls_api.surface import CreateCallParams, Param, UpdateCallParams
    from twilio_calls_api.surface import ListCallsParams as ListCallsQuery

    from ._models import Call
    from ._paging import CallsPage, ListCallsParams, PageCursor
    from ._plan import Plan, Planner


@cache
def _tls_context() -> ssl.SSLContext:
    """One verified TLS context per process: loading the CA bundle costs tens of milliseconds per client."""
    return httpx.create_ssl_context()


def _fast_async_client() -> httpx.AsyncClient | None:
    """The `fast` extra's httpx client on aiohttp (_fast_async), or None: not installed (or too old).

    At 50 requests in flight httpx's own async client is CPU-bound (README, Performance). Imported here, not
    at the top: aiohttp is a heavy import.
    """
    try:
        from ._fast_async import fast_async_client
    except ModuleNotFoundError as exc:
        if exc.name in ("aiohttp", "yarl", "multidict"):
            return None
        raise
    return fast_async_client(_tls_context())


def _twilio_host(region: str | None, edge: str | None) -> str:
    """Twilio's regional hosts: api.{edge}.{region}.twilio.com (an edge alone implies region us1)."""
    parts = [part for part in (edge, region or "us1") if part]
    for name, part in zip(("edge", "region"), (edge, region), strict=True):
        if part is not None and not part.replace("-", "").isalnum():
            raise ValidationError(name, f"expected a name such as 'sydney' or 'au1', got {part!r}")
    return "https://api." + ".".join(parts) + ".twilio.com"


def _check_account(account_sid: str, provider: str) -> str:
    """The account SID (or SignalWire project ID) against the provider's AccountSid path parameter."""
    from twilio_calls_api.surface import OPERATIONS

    rows = {name: operations["create_call"].path_params[0] for name, operations in OPERATIONS.items()}
    try:
        return check_pattern(account_sid, rows[provider])
    except ValidationError as exc:
        others = [name for name, row in rows.items() if name != provider and _fits(account_sid, row)]
        error = for_provider(exc, provider, others)
        if others:  # say how to pick the provider whose form this is
            other = others[0]
            ways = [f"provider={other!r}", f"TWILIO_CALLS_PROVIDER={other}"]
            if callable(getattr(_ClientBase, other, None)):  # a constructor named after the provider
                ways.insert(1, f"CallsClient.{other}(...)")
            problem = str(error).removeprefix(f"{exc.parameter}: ")
            listed = ", ".join(ways[:-1]) + " or " + ways[-1]
            error = ValidationError(exc.parameter, f"{problem}; choose the provider with {listed}")
        raise error from None


def _fits(value: str, row: Param) -> bool:
    try:
        check_pattern(value, row)
    except ValidationError:
        return False
    return True


HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)


class _ClientBase(Generic[HttpClient]):
    """Credentials, base URL and the request plumbing both clients share."""

    account_sid: str
    base_url: str
    provider: str = "twilio"
    _http: HttpClient
    _planner: Planner | None = None

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        base_url: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HttpClient | None = None,
        provider: str | None = None,
    ) -> None:
        """Credentials come from the arguments, else from TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or
        TWILIO_API_KEY and TWILIO_API_SECRET). base_url (else TWILIO_CALLS_BASE_URL) points at any
        Twilio-compatible server; region and edge (or TWILIO_REGION, TWILIO_EDGE) pick a Twilio region; explicit
        arguments win over the environment. http_client, if given, is used and never changed: the base URL,
        credentials, User-Agent and timeout travel on each request, so it can be shared with the rest of an app
        (its other requests carry none of this client's credentials); closing this client leaves it open.
        provider (else TWILIO_CALLS_PROVIDER, when no base_url, region or edge is given; else the provider whose
        server the base URL is on, such as "signalwire" for *.signalwire.com or a path under /api/laml; else
        "twilio") picks whose documented
        parameters, bounds and values the client checks before sending: a parameter or value the other provider
        takes but this one does not is a ValidationError that names both.
        """
        env = os.environ
        if provider is None and base_url is None and not region and not edge:
            # Read with TWILIO_CALLS_BASE_URL, as the sandbox's export lines give both: a client given its own
            # base_url, region or edge keeps the default rules unless told.
            provider = env.get("TWILIO_CALLS_PROVIDER") or None
        from_env = base_url is None and not region and not edge and bool(env.get("TWILIO_CALLS_BASE_URL"))
        if provider is None:
            # A base URL on a provider's server (SignalWire's *.signalwire.com, or under its /api/laml) means
            # that provider: code written as CallsClient(project, token, base_url=".../api/laml") keeps working.
            provider = provider_of_base_url(env["TWILIO_CALLS_BASE_URL"] if from_env else base_url)
        if provider is not None:
            from twilio_calls_api.surface import PROVIDERS

            if provider not in PROVIDERS:
                known = ", ".join(repr(name) for name in PROVIDERS)
                raise ValidationError("provider", f"expected one of {known}, got {provider!r}")
            self.provider = provider
        account_sid = account_sid or env.get("TWILIO_ACCOUNT_SID")
        if not account_sid:
            raise ValidationError("account_sid", "missing: pass it or set TWILIO_ACCOUNT_SID")
        self.account_sid = _check_account(account_sid, self.provider)
        self._auth = self._resolve_auth(auth_token, api_key, api_secret)
        if from_env:
            base_url = env["TWILIO_CALLS_BASE_URL"]
        if base_url is None:
            region, edge = region or env.get("TWILIO_REGION"), edge or env.get("TWILIO_EDGE")
            base_url = _twilio_host(region, edge) if region or edge else _provider_url(self.provider)
        try:
            self.base_url = check_base_url(base_url)
        except ValidationError as exc:
            if not from_env:
                raise
            problem = str(exc).removeprefix(f"{exc.parameter}: ")
            raise ValidationError("TWILIO_CALLS_BASE_URL", problem) from None
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValidationError("max_retries", f"expected an integer >= 0, got {max_retries!r}")
        self._policy = RetryPolicy(max_retries=max_retries)
        checked = _transport.check_timeout(timeout, "timeout")
        timeout = DEFAULT_TIMEOUT if isinstance(checked, _transport.NotGiven) else checked
        self._target = _transport.Target(self.base_url, self._auth, timeout)
        self._owns_http = http_client is None
        self._closed = False
        self._http = self._default_http(http_client)

    def _default_http(self, given: HttpClient | None) -> HttpClient:
        """The given http client once checked to be the right kind (TypeError), else the client's own."""
        raise NotImplementedError

    @classmethod
    def signalwire(
        cls,
        *,
        space: str | None = None,
        project_id: str,
        api_token: str,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HttpClient | None = None,
    ) -> Self:
        """A client for SignalWire's LaML API at https://{space}.signalwire.com/api/laml (or at base_url, such
        as a sandbox's, instead of a space), checking requests by SignalWire's rules (provider="signalwire")."""
        if (space is None) == (base_url is None):
            raise ValidationError("space / base_url", "give exactly one of space or base_url")
        return cls(
            project_id,
            api_token,
            base_url=signalwire_url(space) if space is not None else base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            provider="signalwire",
        )

    def _resolve_auth(self, auth_token: str | None, api_key: str | None, api_secret: str | None) -> BasicAuth:
        """Explicit arguments win over the environment; an API key is used only as a complete pair."""
        env = os.environ
        if api_key is None and api_secret is None and auth_token is None:
            auth_token = env.get("TWILIO_AUTH_TOKEN")
            if not auth_token:
                api_key, api_secret = env.get("TWILIO_API_KEY"), env.get("TWILIO_API_SECRET")
        if api_key is not None or api_secret is not None:
            return BasicAuth(check_str(api_key, "api_key"), check_str(api_secret, "api_secret"))
        if not auth_token:
            raise ValidationError(
                "auth_token", "missing: pass auth_token (or api_key and api_secret), or set TWILIO_AUTH_TOKEN"
            )
        return BasicAuth(self.account_sid, check_str(auth_token, "auth_token"))

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(account_sid={self.account_sid!r}, base_url={self.base_url!r}, auth={self._auth!r})"
        )

    def _preflight(self, what: str, timeout: object) -> None:
        """Checks made before each request: a usable per-call timeout and an open client."""
        _transport.check_timeout(timeout, "request_timeout")
        reason = self._closed_reason()
        if reason is not None:
            method, _, path = what.partition(" ")
            raise client_closed_error(reason, method=method, path=path, host=self._target.host)

    def _closed_reason(self) -> str | None:
        """Why this client can no longer send, or None: checked before each request and each retry."""
        if self._closed:
            return CLIENT_CLOSED
        if self._http.is_closed:
            return "the http_client it was given is closed"
        return None

    def _plans(self) -> Planner:
        """The request planner for this client's provider, built (and the generated package loaded) on first use."""
        planner = self._planner
        if planner is None:
            from ._plan import Planner

            planner = self._planner = Planner(self.provider, self.account_sid)
        return planner

    def _update_plan(self, sid: str, retry: bool | None, params: Mapping[str, object]) -> Plan:
        plan = self._plans().plan("update_call", (sid,), params)
        return plan if retry is None else plan._replace(safe=retry)

    @staticmethod
    def _redirect_params(url: str | None, twiml: str | None, method: Any) -> dict[str, Any]:
        if (url is None) == (twiml is None):
            raise ValidationError("url / twiml", "redirect needs exactly one of url or twiml")
        given = {"url": url, "twiml": twiml, "method": method}
        return {name: value for name, value in given.items() if value is not None}

    def _page_plan(
        self,
        page_token: str | None,
        page_url: str | None,
        filters: Mapping[str, object],
        operation_id: str = "list_calls",
        path: tuple[str, ...] = (),
    ) -> tuple[dict[str, Any], PageCursor]:
        """list_page(): the request for the page a token or next_page_uri names (the first page without). A token
        used with other filters than it was issued for, or a page_size other than its own, is refused here,
        before any request; the cursor keeps the filters' digest for the next page's token."""
        from ._paging import check_page_token_use, check_page_url_filters, decode_page_token, filters_digest

        if page_token is not None and page_url is not None:
            raise ValidationError("page_token / page_url", "give page_token or page_url, not both")
        planner = self._plans()
        cursor = planner.cursor(self.base_url, operation_id, path)
        unpaged = planner.page(filters, {}, cursor)  # the filters checked, as sent: what a token's digest is made of
        paging: dict[str, object] = {}
        digest: str | None = None
        if page_token is not None:
            paging, digest = decode_page_token(page_token, cursor.operation)
        elif page_url is not None:
            paging = cursor.next_arguments(page_url, given=True) or {}
            check_page_url_filters(page_url, unpaged, cursor.operation)
        check_page_token_use(unpaged, paging, digest, cursor.operation)
        cursor.filters_digest = filters_digest(unpaged, cursor.operation)
        return (planner.page(filters, paging, cursor) if paging else unpaged), cursor

    @staticmethod
    def _calls_page(response: Answer, cursor: PageCursor) -> CallsPage:
        from ._paging import CallsPage, encode_page_token

        calls, count, next_page_uri = _page_calls(response, cursor, None, 0)
        paging = cursor.next_arguments(next_page_uri) if count else None
        token = encode_page_token(paging, cursor.filters_digest) if paging else None
        return CallsPage(list(calls), next_page_uri if paging and isinstance(next_page_uri, str) else None, token)

    def _list_plan(
        self, filters: Mapping[str, object], operation_id: str = "list_calls", path: tuple[str, ...] = ()
    ) -> tuple[dict[str, object], int | None, PageCursor]:
        arguments, limit = self._plans().list_arguments(filters, operation_id)
        return arguments, limit, self._plans().cursor(self.base_url, operation_id, path)

    @staticmethod
    def _with_limit(filters: Mapping[str, object], limit: int | None) -> Mapping[str, object]:
        return filters if limit is None else {**filters, "limit": limit}

    @staticmethod
    def _items_page(response: Answer, cursor: PageCursor) -> Page[Any]:
        from ._paging import encode_page_token

        items, count, next_page_uri = _page_calls(response, cursor, None, 0)
        paging = cursor.next_arguments(next_page_uri) if count else None
        token = encode_page_token(paging, cursor.filters_digest) if paging else None
        return Page(list(items), next_page_uri if paging and isinstance(next_page_uri, str) else None, token)


def _what(request: dict[str, Any]) -> str:
    """ "METHOD path" of a generated operation's request, for messages and logs."""
    return f"{request['method'].upper()} {request['url']}"


def _read_call(response: Answer, *, safe: bool) -> Call:
    """The call in a 2xx body (_read_model for the Call schema)."""
    call: Call = _read_model(response, "Call", safe=safe)
    return call


def _read_model(response: Answer, schema: str | None, *, safe: bool) -> Any:
    """The object of `schema` (Call, Recording...) in a 2xx body; None for an operation that answers none.

    Read here, lazily, rather than by the generated operation, which builds the whole model up front (about
    30 us a call, more than the rest of the client's work); Call.api_model still gives it. Any 2xx with a JSON
    object that has the schema's required fields counts: a 200 to a create is still a call that was placed."""
    if schema is None:
        return None
    from ._models import missing_required, model_for

    model = model_for(schema)
    what = "a call" if schema == "Call" else f"a {schema}"
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested deeper than Python's stack
        body, problem = None, f"unreadable body ({type(exc).__name__}: {exc})"
    else:
        problem = f"the body is not {what} (not a JSON object)"
    if isinstance(body, dict):
        missing = missing_required(body, model.required)
        if missing is None:
            return model(body)
        problem = f"the body is not {what} (no {missing})"
    error = InvalidResponseError.from_response(problem, response)  # with the host and the request id
    _transport.mark_unsafe_outcome(error, safe)
    raise error


def _page_calls(
    response: Answer, cursor: PageCursor, limit: int | None, returned: int
) -> tuple[Iterator[Any], int, object]:
    """One page's items (calls, or the listed operation's objects; at most limit - returned), how many, and its
    next_page_uri; an item without a required field is an error. Each object is made as it is handed out: a
    thousand at once would double the garbage collections."""
    from ._models import missing_required, model_for
    from ._paging import read_page

    bodies, next_page_uri = read_page(response, cursor.operation, limit, returned)
    cursor.read(response)
    schema = cursor.operation.response or "Call"
    model = model_for(schema)
    for body in bodies:
        missing = missing_required(body, model.required)
        if missing is not None:
            what = "call" if schema == "Call" else schema
            raise InvalidResponseError.from_response(f"a {what} on this page has no {missing}", response)
    return map(model, bodies), len(bodies), next_page_uri


class CallsClient(_ClientBase[httpx.Client], SyncResources):
    """Blocking client. Use as a context manager, or call close(), to release connections.

    >>> client = CallsClient()  # TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN from the environment
    >>> call = client.create(to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
    """

    def _default_http(self, given: httpx.Client | None) -> httpx.Client:
        if given is not None:
            _transport.expect_http_client(given, httpx.Client, "CallsClient")
            return given
        # Environment proxies apply unless the base URL is this machine (_transport.Target).
        return _transport.OwnClient(verify=_tls_context(), trust_env=not self._target.loopback)

    def _send(self, request: dict[str, Any], *, safe: bool, timeout: Timeout | NotGiven) -> Answer:
        """Sends a generated operation's request (its _get_kwargs) under the retry policy: a 2xx response, or
        the typed error. timeout: NOT_GIVEN for the client's, None for no limit."""
        self._preflight(_what(request), timeout)
        return _transport.send(
            self._http, self._target, self._policy, request, safe=safe, timeout=timeout, closed=self._closed_reason
        )

    def create(self, *, request_timeout: Timeout | NotGiven = NOT_GIVEN, **params: Unpack[CreateCallParams]) -> Call:
        plan = self._plans().plan("create_call", (), params)
        return _read_call(self._send(plan.request, safe=plan.safe, timeout=request_timeout), safe=plan.safe)

    def fetch(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> Call:
        """The call as it is now."""
        plan = self._plans().plan("fetch_call", (sid,), {})
        return _read_call(self._send(plan.request, safe=plan.safe, timeout=request_timeout), safe=plan.safe)

    def list(
        self, *, request_timeout: Timeout | NotGiven = NOT_GIVEN, **filters: Unpack[ListCallsParams]
    ) -> Iterator[Call]:
        return self._iterate(*self._list_plan(filters), request_timeout)

    def _iterate(
        self, filters: dict[str, object], limit: int | None, cursor: PageCursor, timeout: Timeout | NotGiven
    ) -> Iterator[Any]:
        planner, returned = self._plans(), 0
        paging: dict[str, object] | None = {}
        while paging is not None and (limit is None or returned < limit):
            page = self._send(planner.page(filters, paging, cursor), safe=True, timeout=timeout)
            calls, count, next_page_uri = _page_calls(page, cursor, limit, returned)
            del page  # one page in memory at a time: drop this one before requesting the next
            returned += count
            yield from calls
            paging = cursor.next_arguments(next_page_uri) if count and (limit is None or returned < limit) else None

    def list_page(
        self,
        *,
        page_token: str | None = None,
        page_url: str | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallsQuery],
    ) -> CallsPage:
        """One page of calls and a token for the next (for UIs); pass the token back with the same filters."""
        request, cursor = self._page_plan(page_token, page_url, filters)
        return self._calls_page(self._send(request, safe=True, timeout=request_timeout), cursor)

    def update(
        self,
        sid: str,
        *,
        retry: bool | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallParams],
    ) -> Call:
        plan = self._update_plan(sid, retry, params)
        return _read_call(self._send(plan.request, safe=plan.safe, timeout=request_timeout), safe=plan.safe)

    def redirect(
        self,
        sid: str,
        url: str | None = None,
        *,
        twiml: str | None = None,
        method: HttpMethod | str | None = None,
        retry: bool = False,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Call:
        """Makes a live call run new TwiML now, fetched from url or given inline as twiml."""
        params = self._redirect_params(url, twiml, method)
        return self.update(sid, retry=retry, request_timeout=request_timeout, **params)

    def hangup(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> Call:
        """Ends the call whatever its state (Status=completed)."""
        return self.update(sid, status="completed", request_timeout=request_timeout)

    def cancel(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> Call:
        """Ends the call only if it is still queued or ringing (Status=canceled)."""
        return self.update(sid, status="canceled", request_timeout=request_timeout)

    def delete(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> None:
        """Deletes the record of a call that has ended."""
        plan = self._plans().plan("delete_call", (sid,), {})
        self._send(plan.request, safe=plan.safe, timeout=request_timeout)

    def wait_for(
        self,
        sid: str,
        *statuses: CallStatus | str,
        timeout: float = 60.0,
        poll_interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Call:
        """Polls the call (with backoff from poll_interval) until it reaches one of `statuses`, or a final
        state, and returns it; raises WaitTimeoutError, naming the last status seen, after `timeout` seconds.
        On a sandbox with a ManualClock it advances the sandbox's clock instead of sleeping. In production,
        prefer status callbacks: they cost no requests and arrive at once."""
        wait = Wait(self, sid, statuses, timeout, poll_interval)
        while True:
            call = self.fetch(sid, request_timeout=request_timeout)
            if wait.done(call):
                return call
            wait.sleep(wait.next_delay())

    # -- every operation of the document, for the generated resource classes (client.recordings...) --------

    def _run_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        params: Mapping[str, object],
        timeout: Timeout | NotGiven,
        fixed: Mapping[str, object] | None = None,
    ) -> Any:
        planner = self._plans()
        plan = planner.plan(operation_id, path, params, fixed)
        response = self._send(plan.request, safe=plan.safe, timeout=timeout)
        return _read_model(response, planner.response_of(operation_id), safe=plan.safe)

    def _iterate_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        filters: Mapping[str, object],
        limit: int | None,
        timeout: Timeout | NotGiven,
    ) -> Iterator[Any]:
        return self._iterate(*self._list_plan(self._with_limit(filters, limit), operation_id, path), timeout)

    def _page_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        page_token: str | None,
        page_url: str | None,
        filters: Mapping[str, object],
        timeout: Timeout | NotGiven,
    ) -> Page[Any]:
        request, cursor = self._page_plan(page_token, page_url, filters, operation_id, path)
        return self._items_page(self._send(request, safe=True, timeout=timeout), cursor)

    def close(self) -> None:
        """Releases this client's connections; an http_client it was given stays open (its owner closes it)."""
        self._closed = True
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncCallsClient(_ClientBase[httpx.AsyncClient], AsyncResources):
    """The asyncio client: the same methods as CallsClient, awaitable; list() is iterated with `async for`."""

    def _default_http(self, given: httpx.AsyncClient | None) -> httpx.AsyncClient:
        """Without aiohttp (or with proxies set) the own client is httpx's pool, also one per event loop."""
        if given is not None:
            _transport.expect_http_client(given, httpx.AsyncClient, "AsyncCallsClient")
            return given
        # aiohttp's session never reads proxies: where the environment has one for this host, httpx's pool does.
        fast = None if _transport.proxied_by_environment(self._target) else _fast_async_client()
        if fast is not None:
            return fast
        from ._loops import ClientTransport, own_async_client

        trust_env = not self._target.loopback  # no proxy for this machine (_transport.Target)
        return own_async_client(lambda: ClientTransport(httpx.AsyncClient(verify=_tls_context(), trust_env=trust_env)))

    async def _send(self, request: dict[str, Any], *, safe: bool, timeout: Timeout | NotGiven) -> Answer:
        """Sends a generated operation's request (its _get_kwargs) under the retry policy: a 2xx response, or
        the typed error. timeout: NOT_GIVEN for the client's, None for no limit."""
        self._preflight(_what(request), timeout)
        return await _transport.send_async(
            self._http, self._target, self._policy, request, safe=safe, timeout=timeout, closed=self._closed_reason
        )

    async def create(
        self, *, request_timeout: Timeout | NotGiven = NOT_GIVEN, **params: Unpack[CreateCallParams]
    ) -> Call:
        plan = self._plans().plan("create_call", (), params)
        return _read_call(await self._send(plan.request, safe=plan.safe, timeout=request_timeout), safe=plan.safe)

    async def fetch(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> Call:
        """The call as it is now."""
        plan = self._plans().plan("fetch_call", (sid,), {})
        return _read_call(await self._send(plan.request, safe=plan.safe, timeout=request_timeout), safe=plan.safe)

    def list(
        self, *, request_timeout: Timeout | NotGiven = NOT_GIVEN, **filters: Unpack[ListCallsParams]
    ) -> AsyncIterator[Call]:
        return self._iterate(*self._list_plan(filters), request_timeout)

    async def _iterate(
        self, filters: dict[str, object], limit: int | None, cursor: PageCursor, timeout: Timeout | NotGiven
    ) -> AsyncIterator[Any]:
        planner, returned = self._plans(), 0
        paging: dict[str, object] | None = {}
        while paging is not None and (limit is None or returned < limit):
            page = await self._send(planner.page(filters, paging, cursor), safe=True, timeout=timeout)
            calls, count, next_page_uri = _page_calls(page, cursor, limit, returned)
            del page  # one page in memory at a time: drop this one before requesting the next
            returned += count
            for call in calls:
                yield call
            paging = cursor.next_arguments(next_page_uri) if count and (limit is None or returned < limit) else None

    async def list_page(
        self,
        *,
        page_token: str | None = None,
        page_url: str | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallsQuery],
    ) -> CallsPage:
        """One page of calls and a token for the next (for UIs); pass the token back with the same filters."""
        request, cursor = self._page_plan(page_token, page_url, filters)
        return self._calls_page(await self._send(request, safe=True, timeout=request_timeout), cursor)

    async def update(
        self,
        sid: str,
        *,
        retry: bool | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallParams],
    ) -> Call:
        plan = self._update_plan(sid, retry, params)
        return _read_call(await self._send(plan.request, safe=plan.safe, timeout=request_timeout), safe=plan.safe)

    async def redirect(
        self,
        sid: str,
        url: str | None = None,
        *,
        twiml: str | None = None,
        method: HttpMethod | str | None = None,
        retry: bool = False,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Call:
        """Makes a live call run new TwiML now, fetched from url or given inline as twiml."""
        params = self._redirect_params(url, twiml, method)
        return await self.update(sid, retry=retry, request_timeout=request_timeout, **params)

    async def hangup(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> Call:
        """Ends the call whatever its state (Status=completed)."""
        return await self.update(sid, status="completed", request_timeout=request_timeout)

    async def cancel(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> Call:
        """Ends the call only if it is still queued or ringing (Status=canceled)."""
        return await self.update(sid, status="canceled", request_timeout=request_timeout)

    async def delete(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> None:
        """Deletes the record of a call that has ended."""
        plan = self._plans().plan("delete_call", (sid,), {})
        await self._send(plan.request, safe=plan.safe, timeout=request_timeout)

    async def wait_for(
        self,
        sid: str,
        *statuses: CallStatus | str,
        timeout: float = 60.0,
        poll_interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Call:
        """Polls the call (with backoff from poll_interval) until it reaches one of `statuses`, or a final
        state, and returns it; raises WaitTimeoutError, naming the last status seen, after `timeout` seconds.
        On a sandbox with a ManualClock it advances the sandbox's clock instead of sleeping. In production,
        prefer status callbacks: they cost no requests and arrive at once."""
        wait = Wait(self, sid, statuses, timeout, poll_interval)
        while True:
            call = await self.fetch(sid, request_timeout=request_timeout)
            if wait.done(call):
                return call
            await wait.asleep(wait.next_delay())

    # -- every operation of the document, for the generated resource classes (client.recordings...) --------

    async def _run_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        params: Mapping[str, object],
        timeout: Timeout | NotGiven,
        fixed: Mapping[str, object] | None = None,
    ) -> Any:
        planner = self._plans()
        plan = planner.plan(operation_id, path, params, fixed)
        response = await self._send(plan.request, safe=plan.safe, timeout=timeout)
        return _read_model(response, planner.response_of(operation_id), safe=plan.safe)

    def _iterate_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        filters: Mapping[str, object],
        limit: int | None,
        timeout: Timeout | NotGiven,
    ) -> AsyncIterator[Any]:
        return self._iterate(*self._list_plan(self._with_limit(filters, limit), operation_id, path), timeout)

    async def _page_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        page_token: str | None,
        page_url: str | None,
        filters: Mapping[str, object],
        timeout: Timeout | NotGiven,
    ) -> Page[Any]:
        request, cursor = self._page_plan(page_token, page_url, filters, operation_id, path)
        return self._items_page(await self._send(request, safe=True, timeout=timeout), cursor)

    async def aclose(self) -> None:
        """Releases this client's connections, in every event loop it was used in that can still run (the
        others' close with their loop); an http_client it was given stays open (its owner closes it)."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def signalwire_url(space: str) -> str:
    if not isinstance(space, str) or not space or not space.replace("-", "").isalnum():
        raise ValidationError("space", f"expected a SignalWire space name such as 'example', got {space!r}")
    return _provider_url("signalwire", space=space)


def _provider_url(provider: str, **variables: str) -> str:
    """The provider's base URL, its document's first server, with its {variables} filled in."""
    from twilio_calls_api.surface import PROVIDER_FACTS

    url = PROVIDER_FACTS[provider].base_url
    for name, value in variables.items():
        url = url.replace("{" + name + "}", value)
    if "{" in url:
        raise ValidationError("base_url", f"{provider} has no single API host ({url}): pass base_url")
    return url


_METHOD_NOTES = {
    "create": "Places a call. Sent once: retried only if it provably never reached the server, or got a 429.",
    "list": "Calls matching every filter, newest first, fetched a page at a time as you iterate; `limit` caps "
    "how many in all.",
    "update": "Changes a live call. A redirect (url or twiml) is not retried unless retry=True; other updates are.",
}


def _attach_parameter_docs() -> None:
    """help(CallsClient.create) lists every parameter the document declares, with its type and description: the
    generated Calls resource's own docstring for the same operation (generated/twilio_calls_api/resources)."""
    from twilio_calls_api.resources.calls import Calls

    for cls in (CallsClient, AsyncCallsClient):
        for method, note in _METHOD_NOTES.items():
            function = getattr(cls, method)
            function.__doc__ = f"{note}\n\n{inspect.cleandoc(getattr(Calls, method).__doc__ or '')}"


_attach_parameter_docs()
