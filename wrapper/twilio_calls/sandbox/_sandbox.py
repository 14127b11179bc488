"""`Sandbox`: a local stand-in for Twilio's (or SignalWire's LaML) Calls API, for tests and demos."""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from twilio_calls_api.surface import PROVIDERS

from ._api import Api
from ._callbacks import CallbackDispatcher, Delivery
from ._clock import Clock, ManualClock, SystemClock
from ._lifecycle import Timing
from ._limits import RequestLimiter
from ._provider import PROFILES
from ._server import DEFAULT_MAX_BODY, DEFAULT_REQUEST_TIMEOUT, ApiServer
from ._store import CallStore
from ._waiting import SandboxWaiter, register

if TYPE_CHECKING:
    from twilio_calls import AsyncCallsClient, CallsClient

__all__ = ["Sandbox"]

_BASE_URL_ENV = "TWILIO_CALLS_BASE_URL"  # what CallsClient and the command line read for the server to use
_PROVIDER_ENV = "TWILIO_CALLS_PROVIDER"  # and for whose rules to check requests by


class Sandbox:
    """Twilio's five Calls operations served on 127.0.0.1, with calls that ring, answer and end.

    Use it as a context manager, or call `start()` and `stop()`. Calls move through their phases by
    `timing` on `clock`; with a `ManualClock` they move only when the clock is advanced (or through
    `advance()`), which makes tests exact. See the package docstring for the To numbers that script
    busy, no-answer and failed outcomes.

    Credentials: `account_sid` and `auth_token` are the account it serves; each one not given is minted
    (a random AC... SID, a random token). `Sandbox.from_environment()` takes them from TWILIO_ACCOUNT_SID and
    TWILIO_AUTH_TOKEN (and TWILIO_API_KEY with TWILIO_API_SECRET) instead, so an app already configured for
    Twilio can point at the sandbox with only TWILIO_CALLS_BASE_URL. `shell_lines()` prints a given token
    never, a minted one for pasting.

    `provider="signalwire"` serves SignalWire's LaML flavour instead, by its own rules from the same generated
    tables: paths under /api/laml (`url` ends with it), a UUID project ID as `account_sid` with the API token as
    `auth_token`, UUID call SIDs, numeric duration and price, "Sept" dates, pages without start/end whose
    next_page_uri has no `.json`, 200 for a create, and create's 400 as `{"errors": [...]}`. `client()` then
    gives a client with provider="signalwire".

    The server answers what it cannot take with the provider's JSON errors: a malformed request with 400, a
    body over `max_body` bytes with 413; a connection on which nothing arrives for `request_timeout` seconds
    (a client stalled mid-request, or one idle between requests) is closed.
    """

    def __init__(
        self,
        *,
        port: int = 0,
        account_sid: str | None = None,
        auth_token: str | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        clock: Clock | None = None,
        timing: Timing | None = None,
        rate_limit: int | None = None,
        price_per_minute: Decimal | str = "0.0140",
        log: Callable[[str], None] | None = None,
        provider: str = PROVIDERS[0],
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        max_body: int = DEFAULT_MAX_BODY,
    ) -> None:
        if provider not in PROFILES:
            raise ValueError(f"provider must be one of {', '.join(map(repr, PROFILES))}, got {provider!r}")
        self.provider = provider
        self._profile = profile = PROFILES[provider]
        self.account_sid = account_sid or profile.new_account()
        if not profile.account_pattern.fullmatch(self.account_sid):
            raise ValueError(f"account_sid must be {profile.account_hint}, got {self.account_sid!r}")
        if (api_key is None) != (api_secret is None):
            raise ValueError("api_key and api_secret go together: give both or neither")
        self.auth_token_minted = not auth_token
        self.auth_token = auth_token or secrets.token_hex(16)
        self._from_environment: frozenset[str] = frozenset()  # names of settings taken from os.environ
        self.api_key = api_key
        self._api_secret = api_secret
        self.clock: Clock = clock or SystemClock()
        self.timing = timing or Timing()
        self._port = port
        self._log = log
        self._request_timeout, self._max_body = request_timeout, max_body
        self._limiter = RequestLimiter(rate_limit)
        self._price_per_minute = Decimal(price_per_minute)
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._clients: list[Any] = []
        self._dispatcher: CallbackDispatcher | None = None
        self._store: CallStore | None = None
        self._server: ApiServer | None = None
        self._ticker: threading.Thread | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._waiter: SandboxWaiter | None = None
        self._unregister: Callable[[], None] | None = None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None, **options: Any) -> Self:
        """A Sandbox serving the account in TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN, minting what is not set.

        TWILIO_API_KEY with TWILIO_API_SECRET, when both are set, are accepted as well. An `account_sid` in
        `options` wins over the environment's. `environ` defaults to os.environ.
        """
        environ = os.environ if environ is None else environ
        taken = set()
        if not options.get("account_sid") and environ.get("TWILIO_ACCOUNT_SID"):
            options["account_sid"] = environ["TWILIO_ACCOUNT_SID"]
            taken.add("TWILIO_ACCOUNT_SID")
            profile = PROFILES.get(options.get("provider", PROVIDERS[0]), PROFILES[PROVIDERS[0]])
            if not profile.account_pattern.fullmatch(options["account_sid"]):
                raise ValueError(
                    f"TWILIO_ACCOUNT_SID in the environment is not an account SID ({profile.account_hint}): "
                    "unset it or give another account SID"
                )
        if environ.get("TWILIO_AUTH_TOKEN"):
            options["auth_token"] = environ["TWILIO_AUTH_TOKEN"]
            taken.add("TWILIO_AUTH_TOKEN")
        if environ.get("TWILIO_API_KEY") and environ.get("TWILIO_API_SECRET"):
            options["api_key"], options["api_secret"] = environ["TWILIO_API_KEY"], environ["TWILIO_API_SECRET"]
            taken |= {"TWILIO_API_KEY", "TWILIO_API_SECRET"}
        sandbox = cls(**options)
        sandbox._from_environment = frozenset(taken)
        return sandbox

    def shell_lines(self) -> list[str]:
        """Lines for a shell that point twilio-calls and CallsClient() at this running sandbox.

        `export` lines for the account SID, the base URL and a minted token; a given auth token or API secret
        is never printed, only a `#` comment saying where it came from (so the lines stay valid shell).
        """
        sid_origin = "  # from the environment" if "TWILIO_ACCOUNT_SID" in self._from_environment else ""
        lines = [f"export TWILIO_ACCOUNT_SID={self.account_sid}{sid_origin}"]
        if self.auth_token_minted:
            lines.append(f"export TWILIO_AUTH_TOKEN={self.auth_token}")
        elif "TWILIO_AUTH_TOKEN" in self._from_environment:
            lines.append("# using TWILIO_AUTH_TOKEN from the environment (not printed)")
        else:
            lines.append("# using the auth token given to Sandbox (not printed)")
        if self.api_key is not None:
            origin = "from the environment" if "TWILIO_API_KEY" in self._from_environment else "as given"
            lines.append(f"# also accepting TWILIO_API_KEY={self.api_key} with its secret {origin} (not printed)")
        lines.append(f"export {_BASE_URL_ENV}={self.url}")
        if self.provider != PROVIDERS[0]:
            lines.append(f"export {_PROVIDER_ENV}={self.provider}")
        return lines

    # -- running -----------------------------------------------------------------------------------------

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError("this Sandbox is already running")
        self._dispatcher = CallbackDispatcher(self.auth_token, signature_headers=self._profile.facts.signature_headers)
        self._store = CallStore(
            self.account_sid,
            self.clock,
            self.timing,
            self._price_per_minute,
            self._dispatcher,
            self._wake.set,
            profile=self._profile,
        )
        credentials = {self.account_sid: self.auth_token}
        if self.api_key is not None and self._api_secret is not None:
            credentials[self.api_key] = self._api_secret
        try:
            api = Api(self._store, credentials, self._limiter, self._profile)
            server = ApiServer(
                api, "127.0.0.1", self._port, self._log, request_timeout=self._request_timeout, max_body=self._max_body
            )
            server.start()
        except BaseException:  # a port in use: leave no callback thread or store behind
            self._dispatcher.close()
            self._dispatcher = self._store = None
            raise
        self._server = server
        if isinstance(self.clock, ManualClock):
            self._unsubscribe = self.clock.subscribe(self._store.pump)
            self._waiter = SandboxWaiter(self.clock, self._next_due)
            self._unregister = register(self.url, self._waiter)
        else:
            self._stopping.clear()
            self._ticker = threading.Thread(target=self._tick, name="twilio-calls-sandbox-clock", daemon=True)
            self._ticker.start()
        return self

    def stop(self) -> None:
        """Close the clients handed out, stop the server and the threads. Safe to call twice."""
        for client in self._clients:
            client.close()
        self._clients.clear()
        if self._unregister is not None:
            self._unregister()
            self._unregister = None
        self._waiter = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._ticker is not None:
            self._stopping.set()
            self._wake.set()
            self._ticker.join()
            self._ticker = None
        if self._server is not None:
            self._server.stop()
            self._server = None
        if self._dispatcher is not None:
            self._dispatcher.close()  # kept: `callbacks` still lists what was sent
        self._store = None  # steering a stopped sandbox is an error, not a silent no-op

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def url(self) -> str:
        """The base URL to give a client instead of https://api.twilio.com (with /api/laml for SignalWire)."""
        host, port = self._running_server().address
        return f"http://{host}:{port}{self._profile.prefix}"

    # -- clients -----------------------------------------------------------------------------------------

    def client(self, **options: Any) -> CallsClient:
        """A CallsClient signed in to this sandbox; closed by `stop()`.

        On a ManualClock it carries the sandbox's `waiter` (as `client._sandbox_waiter`): a client that polls
        moves the sandbox's clock between polls instead of sleeping.
        """
        from twilio_calls import CallsClient

        options.setdefault("provider", self.provider)
        client = CallsClient(self.account_sid, self.auth_token, base_url=self.url, **options)
        vars(client)["_sandbox_waiter"] = self._waiter  # read by wait_for; see _waiting.py
        self._clients.append(client)
        return client

    def async_client(self, **options: Any) -> AsyncCallsClient:
        """An AsyncCallsClient signed in to this sandbox; close it with `await client.aclose()`.

        It carries the sandbox's `waiter` as `client()`'s clients do.
        """
        from twilio_calls import AsyncCallsClient

        options.setdefault("provider", self.provider)
        client = AsyncCallsClient(self.account_sid, self.auth_token, base_url=self.url, **options)
        vars(client)["_sandbox_waiter"] = self._waiter  # read by wait_for; see _waiting.py
        return client

    @property
    def waiter(self) -> SandboxWaiter | None:
        """How a client waits on this sandbox: by moving its ManualClock (None on the system clock, or stopped).

        See twilio_calls.sandbox._waiting: `monotonic()`, `sleep(seconds)`, `await asleep(seconds)`.
        """
        return self._waiter

    # -- steering calls from a test ----------------------------------------------------------------------

    def advance(self, sid: str, until: str | None = None) -> str:
        """Move call `sid` to its next phase now, or on until its status is `until`; returns the status."""
        status = self._running_store().advance(sid, until)
        self._wake.set()
        return status

    def advance_time(self, seconds: float) -> None:
        """Move the ManualClock forward (see ManualClock.advance); the typed spelling of clock.advance()."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError(f"advance_time needs a Sandbox(clock=ManualClock()), not {self.clock!r}")
        self.clock.advance(seconds)

    def instructions(self, sid: str) -> list[str]:
        """The TwiML sources call `sid` was given, in order: its Url, Twiml or ApplicationSid, then redirects."""
        return self._running_store().instructions(sid)

    def fail_next(self, count: int = 1, status: int = 429, retry_after: int = 1) -> None:
        """Refuse the next `count` requests with `status` (429, 500, 502 or 503), Retry-After on 429 and 503."""
        self._limiter.fail_next(count, status, retry_after)

    @property
    def callbacks(self) -> list[Delivery]:
        """Status callbacks sent so far, oldest first, with the receiver's answer."""
        return list(self._dispatcher.deliveries) if self._dispatcher else []

    def wait_for_callbacks(self, timeout: float = 5.0) -> list[Delivery]:
        """Wait until every status callback due so far has been sent; returns all deliveries."""
        if self._dispatcher is not None and not self._dispatcher.wait_idle(timeout):
            raise TimeoutError(f"status callbacks still pending after {timeout} s")
        return self.callbacks

    # -- internals ---------------------------------------------------------------------------------------

    def _next_due(self) -> datetime | None:
        """When the next lifecycle step falls due (applying any that already are); None if nothing is scheduled."""
        store = self._store
        return None if store is None else store.pump()

    def _tick(self) -> None:
        store = self._running_store()
        while not self._stopping.is_set():
            self._wake.clear()
            due = store.pump()
            wait = 1.0 if due is None else (due - self.clock.now()).total_seconds()
            self._wake.wait(min(max(wait, 0.0), 1.0))

    def _running_server(self) -> ApiServer:
        if self._server is None:
            raise RuntimeError("the Sandbox is not running: call start() or use it in a with block")
        return self._server

    def _running_store(self) -> CallStore:
        if self._store is None:
            raise RuntimeError("the Sandbox is not running: call start() or use it in a with block")
        return self._store

    def __repr__(self) -> str:
        where = self.url if self.running else "stopped"
        provider = "" if self.provider == PROVIDERS[0] else f", provider={self.provider!r}"
        return f"Sandbox({where}, account_sid={self.account_sid!r}, clock={self.clock!r}{provider})"
