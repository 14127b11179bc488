"""The sandbox side of waiting for a call's status: clients poll by moving the ManualClock, not by sleeping.

`poll_until` below is a stand-in for a client's `wait_for`, written against the interface documented in
twilio_calls/sandbox/_waiting.py: `monotonic()` for the timeout, `sleep()` / `asleep()` between polls.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from datetime import UTC, datetime
from urllib.parse import urlsplit

import pytest
from _sandbox_helpers import BUSY_TO, FROM, TO, TWIML_URL

from twilio_calls import AsyncCallsClient, CallsClient
from twilio_calls.sandbox import ManualClock, Sandbox, SystemClock, Timing
from twilio_calls.sandbox._waiting import SandboxWaiter, waiter_for
from twilio_calls_api.surface import PROVIDERS

START = datetime(2030, 1, 7, 9, 0, tzinfo=UTC)


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    """Every test runs against the sandbox of each provider, through clients of that provider."""
    return str(request.param)


def poll_until(
    client: CallsClient, waiter: SandboxWaiter, sid: str, wanted: set[str], timeout: float, interval: float
) -> list[str]:
    """Fetch until the status is in `wanted`; returns every status seen, in order. TimeoutError names the last."""
    seen: list[str] = []
    deadline = waiter.monotonic() + timeout
    while True:
        status = str(client.fetch(sid).status)
        if not seen or seen[-1] != status:
            seen.append(status)
        if status in wanted:
            return seen
        remaining = deadline - waiter.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"still {status} after {timeout} s")
        waiter.sleep(min(interval, remaining))


def test_clients_of_a_manual_clock_sandbox_carry_its_waiter(provider: str) -> None:
    with Sandbox(clock=ManualClock(start=START), provider=provider) as sandbox:
        waiter = sandbox.waiter
        assert isinstance(waiter, SandboxWaiter) and waiter.clock is sandbox.clock
        client, async_client = sandbox.client(), sandbox.async_client()
        assert vars(client)["_sandbox_waiter"] is waiter and vars(async_client)["_sandbox_waiter"] is waiter
        assert client.provider == async_client.provider == provider
    assert sandbox.waiter is None  # stopped


def test_a_system_clock_sandbox_leaves_clients_to_real_time(provider: str) -> None:
    with Sandbox(clock=SystemClock(), provider=provider) as sandbox:
        assert sandbox.waiter is None
        assert vars(sandbox.client())["_sandbox_waiter"] is None
        assert waiter_for(sandbox.url) is None


def test_polling_sees_every_status_without_waiting_in_real_time(provider: str) -> None:
    with Sandbox(clock=ManualClock(start=START), timing=Timing(queue=1, ring=3, talk=10), provider=provider) as sandbox:
        client, waiter = sandbox.client(), sandbox.waiter
        assert waiter is not None
        sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid or ""
        began, real = waiter.monotonic(), time.monotonic()
        # A poll interval of 30 s is longer than any phase: each sleep still stops at the next step.
        seen = poll_until(client, waiter, sid, {"completed"}, timeout=600, interval=30)
        assert seen == ["queued", "ringing", "in-progress", "completed"]
        assert waiter.monotonic() - began == 14  # 1 queued + 3 ringing + 10 talking, in sandbox seconds
        assert sandbox.clock.now() == START.replace(second=14)
        assert time.monotonic() - real < 5  # no real sleeping (a generous bound for a slow machine)


def test_sleep_moves_at_most_to_the_next_step_and_all_of_it_when_nothing_is_scheduled(provider: str) -> None:
    with Sandbox(
        clock=ManualClock(start=START), timing=Timing(queue=1, ring=3, talk=None), provider=provider
    ) as sandbox:
        waiter, clock = sandbox.waiter, sandbox.clock
        assert waiter is not None and isinstance(clock, ManualClock)
        assert waiter.sleep(100) == 100  # no call yet: time simply passes
        client = sandbox.client()
        sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid or ""
        assert waiter.sleep(0.25) == 0.25  # shorter than the step: all of it
        assert waiter.sleep(100) == 0.75  # up to the queue's end: the call rings now
        assert client.fetch(sid).status == "ringing"
        assert waiter.sleep(100) == 3
        assert client.fetch(sid).status == "in-progress"
        assert waiter.sleep(100) == 100  # talk=None: it never hangs up, so nothing is scheduled
        before = clock.now()
        assert [waiter.sleep(0), waiter.sleep(-1), waiter.sleep(math.nan)] == [0, 0, 0]
        assert clock.now() == before


def test_a_wait_that_cannot_succeed_times_out_in_sandbox_seconds(provider: str) -> None:
    with Sandbox(clock=ManualClock(start=START), timing=Timing(talk=None), provider=provider) as sandbox:
        client, waiter = sandbox.client(), sandbox.waiter
        assert waiter is not None
        sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid or ""
        began, real = waiter.monotonic(), time.monotonic()
        with pytest.raises(TimeoutError, match="still in-progress after 3600 s"):
            poll_until(client, waiter, sid, {"completed"}, timeout=3600, interval=60)
        assert waiter.monotonic() - began == 3600  # an hour of sandbox time ...
        assert time.monotonic() - real < 5  # ... in well under five real seconds


def test_a_final_status_ends_the_wait_for_another(provider: str) -> None:
    with Sandbox(clock=ManualClock(start=START), provider=provider) as sandbox:
        client, waiter = sandbox.client(), sandbox.waiter
        assert waiter is not None
        sid = client.create(to=BUSY_TO, from_=FROM, url=TWIML_URL).sid or ""
        final = {"completed", "busy", "failed", "no-answer", "canceled"}
        assert poll_until(client, waiter, sid, final, timeout=600, interval=10) == ["queued", "ringing", "busy"]


def test_any_client_finds_the_waiter_by_the_sandbox_url(provider: str) -> None:
    with Sandbox(clock=ManualClock(start=START), provider=provider) as sandbox:
        port = str(urlsplit(sandbox.url).port)
        for url in (sandbox.url, sandbox.url + "/", f"http://localhost:{port}", f"http://LOCALHOST:{port}/x"):
            assert waiter_for(url) is sandbox.waiter, url
        own = CallsClient(sandbox.account_sid, sandbox.auth_token, base_url=sandbox.url, provider=provider)
        with own:  # built by an app
            assert waiter_for(own.base_url) is sandbox.waiter
        other_port = str(int(port) + 1 if int(port) < 65535 else int(port) - 1)
        for url in (f"http://127.0.0.1:{other_port}", f"https://127.0.0.1:{port}", "https://api.twilio.com", "::"):
            assert waiter_for(url) is None, url
        url = sandbox.url
    assert waiter_for(url) is None  # unregistered when stopped


def test_two_sandboxes_each_have_their_own_waiter(provider: str) -> None:
    with (
        Sandbox(clock=ManualClock(start=START), provider=provider) as one,
        Sandbox(clock=ManualClock(start=START), provider=provider) as two,
    ):
        assert one.waiter is not None and two.waiter is not None and one.waiter is not two.waiter
        assert (waiter_for(one.url), waiter_for(two.url)) == (one.waiter, two.waiter)
        one.waiter.sleep(5)
        assert (one.clock.now() - two.clock.now()).total_seconds() == 5


async def test_async_polling_moves_the_clock_and_lets_other_tasks_run(provider: str) -> None:
    with Sandbox(clock=ManualClock(start=START), provider=provider) as sandbox:
        client: AsyncCallsClient = sandbox.async_client()
        waiter = sandbox.waiter
        assert waiter is not None
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        task = asyncio.create_task(ticker())
        try:
            call = await client.create(to=TO, from_=FROM, url=TWIML_URL)
            seen = [str(call.status)]
            while seen[-1] != "completed":
                before = ticks
                await waiter.asleep(30)
                assert ticks > before  # the loop ran other tasks during the "sleep"
                status = str((await client.fetch(call.sid or "")).status)
                if status != seen[-1]:
                    seen.append(status)
            assert seen == ["queued", "ringing", "in-progress", "completed"]
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await client.aclose()
