"""Shared fixtures: run one test against CallsClient and AsyncCallsClient, and retry without real sleeping."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from _clients import AC, TOKEN

from twilio_calls import AsyncCallsClient, Call, CallsClient, _client, _transport

SIGNALWIRE_PROJECT = "1f3c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b"


@pytest.fixture(autouse=True)
def httpx_transport_under_httpx_mock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-httpx intercepts only httpx's own transports: tests that use it get those, even where the
    `fast` extra (aiohttp) is installed. Tests against real loopback servers keep the default."""
    if "httpx_mock" in request.fixturenames:
        monkeypatch.setattr(_client, "_fast_async_client", lambda timeout: None)


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


@pytest.fixture(params=["sync", "async"])
async def make_client(request: pytest.FixtureRequest) -> AsyncIterator[Callable[..., Driver]]:
    """make_client(**options) -> Driver over a Twilio client; make_client(signalwire=True) for SignalWire."""
    cls: type[CallsClient] | type[AsyncCallsClient] = CallsClient if request.param == "sync" else AsyncCallsClient
    made: list[CallsClient | AsyncCallsClient] = []

    def make(*, signalwire: bool = False, **options: Any) -> Driver:
        if signalwire:
            client = cls.signalwire(space="example", project_id=SIGNALWIRE_PROJECT, api_token=TOKEN, **options)
        else:
            client = cls(AC, TOKEN, **options)
        made.append(client)
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
