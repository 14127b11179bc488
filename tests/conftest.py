"""Shared fixtures: run one test against CallsClient and AsyncCallsClient (on httpx's pool and on the fast
aiohttp client), retry without real sleeping, and surface leaked sockets and sessions in the test that leaked."""

from __future__ import annotations

import asyncio
import gc
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from _clients import AC, TOKEN

from twilio_calls import AsyncCallsClient, Call, CallsClient, _client, _transport

SIGNALWIRE_PROJECT = "1f3c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b"

# The three ways a request leaves: CallsClient (httpx), AsyncCallsClient on httpx's own pool (the default
# without the `fast` extra), and AsyncCallsClient on aiohttp (FastAsyncClient, the default with it).
KINDS = ["sync", "async", "fast"]


def use_kind(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes AsyncCallsClient's default http client the one `kind` names, for the rest of the test."""
    if kind == "async":
        monkeypatch.setattr(_client, "_fast_async_client", lambda: None)
    elif kind == "fast":
        pytest.importorskip("aiohttp", reason="the `fast` extra (in the dev install) is the fast client")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "plain_httpx_mock: httpx_mock as an app's tests see it, without tests/_aiohttp_mock.py"
    )


@pytest.fixture(autouse=True)
def aiohttp_under_httpx_mock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-httpx intercepts only httpx's own transports: where a test uses it, aiohttp's network layer answers
    from httpx_mock too (tests/_aiohttp_mock.py), so the fast client's aiohttp side runs these tests as well
    (the `plain_httpx_mock` marker leaves httpx_mock as an app's tests get it)."""
    if "httpx_mock" in request.fixturenames and request.node.get_closest_marker("plain_httpx_mock") is None:
        try:
            import _aiohttp_mock
        except ModuleNotFoundError:  # no aiohttp: the async client is httpx's own, which pytest-httpx sees
            return
        _aiohttp_mock.install(monkeypatch, _aiohttp_mock.httpx_mock_handler(request.getfixturevalue("httpx_mock")))


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own settings must not steer the clients the tests make."""
    for name in ("TWILIO_CALLS_BASE_URL", "TWILIO_REGION", "TWILIO_EDGE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Runs finalizers at the end of each test, so a socket, session or loop it left open is reported (as a
    ResourceWarning, an error here: pyproject's filterwarnings) against that test rather than a later one.

    What survives the collection is then frozen (gc.freeze): it is still referenced, so later collections need
    not walk it again. Each test's collection then costs what that test allocated, not the whole heap (the
    loaded documents, modules and tables), which made it most of the suite's time."""
    yield
    gc.collect()
    gc.freeze()


class Driver:
    """Drives either client through awaitable methods, so one async test body covers both."""

    def __init__(self, client: CallsClient | AsyncCallsClient, secret: str) -> None:
        self.client = client
        self.secret = secret  # the token this client authenticates with, for leak checks

    async def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, method)(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    async def iterate(self, **filters: Any) -> AsyncIterator[Call]:
        """list(), one call at a time: keeps the client's laziness (a sync iterator is advanced per item)."""
        calls = self.client.list(**filters)
        if isinstance(calls, AsyncIterator):
            async for call in calls:
                yield call
        else:
            for call in calls:
                yield call

    async def collect(self, **filters: Any) -> list[Call]:
        return [call async for call in self.iterate(**filters)]


@pytest.fixture(params=KINDS)
async def make_client(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Callable[..., Driver]]:
    """make_client(**options) -> Driver over a Twilio client; make_client(signalwire=True) for SignalWire.

    Parametrized over KINDS; the fast kind checks that the client really is on aiohttp."""
    use_kind(request.param, monkeypatch)
    cls: type[CallsClient] | type[AsyncCallsClient] = CallsClient if request.param == "sync" else AsyncCallsClient
    made: list[CallsClient | AsyncCallsClient] = []

    def make(*, signalwire: bool = False, **options: Any) -> Driver:
        if signalwire:
            client = cls.signalwire(space="example", project_id=SIGNALWIRE_PROJECT, api_token=TOKEN, **options)
        else:
            client = cls(options.pop("account_sid", AC), TOKEN, **options)
        made.append(client)
        if request.param == "fast" and "http_client" not in options:
            from twilio_calls._fast_async import FastAsyncClient

            assert isinstance(client._http, FastAsyncClient)
        return Driver(client, TOKEN)

    yield make
    for client in made:
        if isinstance(client, AsyncCallsClient):
            await client.aclose()
        else:
            client.close()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Replaces the transport's sleeps (sync and async) and records each requested delay in seconds."""
    delays: list[float] = []
    real_async_sleep = asyncio.sleep

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def fake_async_sleep(seconds: float, result: Any = None) -> Any:
        delays.append(seconds)
        return await real_async_sleep(0, result)

    monkeypatch.setattr(_transport.time, "sleep", fake_sleep)
    monkeypatch.setattr(_transport, "_async_sleep", fake_async_sleep)
    return delays
