"""wait_for() and list_page() on both clients, against a sandbox on a ManualClock (no real waiting)."""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from _sandbox_helpers import BUSY_TO, FROM, TO, TWIML_URL

from twilio_calls import AsyncCallsClient, CallsClient, CallStatus, ValidationError, WaitTimeoutError
from twilio_calls.sandbox import ManualClock, Sandbox, Timing
from twilio_calls_api.surface import PROVIDERS


class Either:
    """Runs a method of a sync or async client and awaits it when needed."""

    def __init__(self, client: CallsClient | AsyncCallsClient) -> None:
        self.client = client

    async def __call__(self, method: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, method)(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    """Every test runs against the sandbox of each provider, through a client of that provider."""
    return str(request.param)


@pytest.fixture(params=["sync", "async", "fast"])
async def made(request: pytest.FixtureRequest, provider: str) -> AsyncIterator[tuple[Sandbox, Either]]:
    """Each transport: httpx's sync client, httpx's async pool, and the fast aiohttp client (the default)."""
    timing = Timing(queue=1, ring=3, talk=10)
    with Sandbox(clock=ManualClock(), timing=timing, provider=provider) as sandbox:
        if request.param == "sync":
            client: CallsClient | AsyncCallsClient = sandbox.client()
            assert client.provider == provider
            yield sandbox, Either(client)
            return
        own = httpx.AsyncClient() if request.param == "async" else None
        client = sandbox.async_client(**({"http_client": own} if own else {}))
        assert (type(client._http) is httpx.AsyncClient) == (own is not None) and client.provider == provider
        yield sandbox, Either(client)
        await client.aclose()
        if own is not None:
            await own.aclose()


async def test_wait_for_advances_the_sandbox_clock_instead_of_sleeping(made: tuple[Sandbox, Either]) -> None:
    _, run = made
    call = await run("create", to=TO, from_=FROM, url=TWIML_URL)
    started = time.monotonic()
    answered = await run("wait_for", call.sid, CallStatus.IN_PROGRESS, timeout=3600, poll_interval=0.5)
    assert answered.status is CallStatus.IN_PROGRESS
    ended = await run("wait_for", call.sid, "completed", timeout=3600)
    assert ended.status is CallStatus.COMPLETED and ended.duration == 13  # ring 3 s + talk 10 s, as Twilio counts
    assert time.monotonic() - started < 5  # an hour of sandbox time allowed, seconds of real time spent


async def test_wait_for_returns_a_final_state_it_was_not_waiting_for(made: tuple[Sandbox, Either]) -> None:
    _, run = made
    call = await run("create", to=BUSY_TO, from_=FROM, url=TWIML_URL)
    ended = await run("wait_for", call.sid, "in-progress", timeout=600)
    assert ended.status is CallStatus.BUSY


async def test_wait_for_times_out_naming_the_last_status(made: tuple[Sandbox, Either]) -> None:
    _, run = made
    call = await run("create", to=TO, from_=FROM, url=TWIML_URL)
    with pytest.raises(WaitTimeoutError) as caught:
        await run("wait_for", call.sid, "completed", timeout=2, poll_interval=0.5)
    assert caught.value.last_status is CallStatus.RINGING and caught.value.sid == call.sid
    assert "last status seen: ringing" in str(caught.value) and isinstance(caught.value, TimeoutError)


@pytest.mark.parametrize(
    ("statuses", "options", "parameter"),
    [((), {}, "statuses"), (("answered",), {}, "statuses"), (("completed",), {"timeout": 0}, "timeout")],
)
async def test_wait_for_refuses_bad_arguments_before_polling(
    made: tuple[Sandbox, Either], statuses: tuple[str, ...], options: dict[str, Any], parameter: str
) -> None:
    sandbox, run = made
    call = await run("create", to=TO, from_=FROM, url=TWIML_URL)
    with pytest.raises(ValidationError) as caught:
        await run("wait_for", call.sid, *statuses, **options)
    assert caught.value.parameter == parameter
    assert sandbox.advance(call.sid) == "ringing"  # no clock was advanced by the refused wait


async def test_list_page_hands_out_tokens_that_walk_every_page(made: tuple[Sandbox, Either]) -> None:
    _, run = made
    sids = [(await run("create", to=TO, from_=FROM, url=TWIML_URL)).sid for _ in range(5)]
    seen: list[str] = []
    page = await run("list_page", page_size=2, to=TO)
    pages = 1
    while True:
        assert len(page) <= 2
        seen += [call.sid for call in page]
        if page.next_page_token is None:
            break
        page = await run("list_page", page_size=2, to=TO, page_token=page.next_page_token)
        pages += 1
    assert pages == 3 and seen == list(reversed(sids))
    by_url = await run("list_page", to=TO, page_url=(await run("list_page", page_size=2, to=TO)).next_page_uri)
    assert [call.sid for call in by_url] == seen[2:4]


@pytest.mark.parametrize("token", ["", "nonsense", "eyJ4IjoxfQ"])
async def test_list_page_refuses_a_token_it_did_not_issue(made: tuple[Sandbox, Either], token: str) -> None:
    _, run = made
    with pytest.raises(ValidationError) as caught:
        await run("list_page", page_token=token)
    assert caught.value.parameter == "page_token"
