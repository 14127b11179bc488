"""wait_for() and list_page() on both clients, against a sandbox on a ManualClock (no real waiting)."""

from __future__ import annotations

import base64
import inspect
import json
import re
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

    def __init__(self, client: CallsClient | AsyncCallsClient, sent: list[str]) -> None:
        self.client = client
        self.sent = sent  # the sandbox's log: one "METHOD path -> status" line per request it answered

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
    timing, sent = Timing(queue=1, ring=3, talk=10), list[str]()
    with Sandbox(clock=ManualClock(), timing=timing, provider=provider, log=sent.append) as sandbox:
        if request.param == "sync":
            client: CallsClient | AsyncCallsClient = sandbox.client()
            assert client.provider == provider
            yield sandbox, Either(client, sent)
            return
        own = httpx.AsyncClient() if request.param == "async" else None
        client = sandbox.async_client(**({"http_client": own} if own else {}))
        assert (type(client._http) is httpx.AsyncClient) == (own is not None) and client.provider == provider
        yield sandbox, Either(client, sent)
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
    assert ended.status is CallStatus.COMPLETED and ended.duration == 10  # talk 10 s: timed from the answer
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


async def test_wait_for_without_statuses_waits_for_the_call_to_end(made: tuple[Sandbox, Either]) -> None:
    _, run = made
    call = await run("create", to=TO, from_=FROM, url=TWIML_URL)
    ended = await run("wait_for", call.sid, timeout=3600)
    assert (
        ended.status is CallStatus.COMPLETED and ended.duration == 10
    )  # talked 10 s: not stopped at ringing or in-progress
    busy = await run("create", to=BUSY_TO, from_=FROM, url=TWIML_URL)
    assert (await run("wait_for", busy.sid, timeout=3600)).status is CallStatus.BUSY


async def test_wait_for_without_statuses_names_the_final_ones_when_it_times_out(made: tuple[Sandbox, Either]) -> None:
    _, run = made
    call = await run("create", to=TO, from_=FROM, url=TWIML_URL)
    with pytest.raises(WaitTimeoutError) as caught:
        await run("wait_for", call.sid, timeout=2, poll_interval=0.5)
    assert caught.value.waited_for == ("completed", "busy", "failed", "no-answer", "canceled")
    assert caught.value.last_status is CallStatus.RINGING


@pytest.mark.parametrize(
    ("statuses", "options", "parameter"),
    [
        (("answered",), {}, "statuses"),
        (("completed",), {"timeout": 0}, "timeout"),
        ((), {"poll_interval": -1}, "poll_interval"),
    ],
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


def _token(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "token",
    [
        "",
        "nonsense",
        _token({"x": 1}),
        _token({"Page": 1, "PageSize": 2, "PageToken": "PA2"}),  # paging keys without the filters' digest
        _token({"f": "short", "p": {"Page": 1}}),
        _token({"f": "0" * 16, "p": {}}),
        _token({"f": "0" * 16, "p": {"Offset": 2}}),
    ],
)
async def test_list_page_refuses_a_token_it_did_not_issue(made: tuple[Sandbox, Either], token: str) -> None:
    _, run = made
    with pytest.raises(ValidationError) as caught:
        await run("list_page", page_token=token)
    assert str(caught.value) == "page_token: not a token from list_page()'s next_page_token"
    assert run.sent == []


async def _first_page_of_two(run: Either, count: int, **filters: Any) -> tuple[list[str], str]:
    """Creates `count` calls to TO and lists the first page of two with `filters`: the SIDs, newest first, and
    the next page's token."""
    sids = [(await run("create", to=TO, from_=FROM, url=TWIML_URL)).sid for _ in range(count)]
    page = await run("list_page", page_size=2, **filters)
    assert [call.sid for call in page] == list(reversed(sids))[:2] and page.next_page_token
    return list(reversed(sids)), page.next_page_token


async def test_a_page_token_is_opaque_url_safe_and_carries_no_filter(made: tuple[Sandbox, Either]) -> None:
    _, run = made
    _, token = await _first_page_of_two(run, 3, to=TO, status="queued")
    assert re.fullmatch(r"[A-Za-z0-9_-]+", token)  # base64url without padding: goes into a URL as it is
    decoded = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    assert TO.lstrip("+") not in decoded and "queued" not in decoded  # a digest of the filters, not the filters


@pytest.mark.parametrize(
    "other",
    [{}, {"to": BUSY_TO}, {"to": TO, "status": "queued"}, {"to": TO, "started_after": "2020-01-01"}],
    ids=["none", "another-value", "one-more", "a-date"],
)
async def test_list_page_refuses_a_token_used_with_other_filters_before_sending(
    made: tuple[Sandbox, Either], other: dict[str, Any]
) -> None:
    _, run = made
    _, token = await _first_page_of_two(run, 3, to=TO)
    before = len(run.sent)
    with pytest.raises(ValidationError) as caught:
        await run("list_page", page_token=token, **other)
    assert caught.value.parameter == "page_token"
    assert str(caught.value) == "page_token: issued for other filters: pass the filters the first page was listed with"
    assert len(run.sent) == before  # refused before any request


async def test_the_same_filters_spelled_otherwise_keep_a_token_good(made: tuple[Sandbox, Either]) -> None:
    """The digest is of the filters as checked and sent: an enum member for its value, a date for its
    'YYYY-MM-DD', is the same listing."""
    sandbox, run = made
    sids = [(await run("create", to=TO, from_=FROM, url=TWIML_URL)).sid for _ in range(3)]
    for sid in sids:
        sandbox.advance(sid, until="in-progress")  # so that each has a start time to filter on
    today = sandbox.clock.now().date()
    first = await run("list_page", page_size=2, to=TO, status="in-progress", started_after=today.isoformat())
    assert len(first) == 2 and first.next_page_token
    page = await run(
        "list_page", page_token=first.next_page_token, to=TO, status=CallStatus.IN_PROGRESS, started_after=today
    )
    assert {call.sid for call in [*first, *page]} == set(sids) and page.next_page_token is None


async def test_list_page_refuses_another_page_size_with_a_token_or_url(made: tuple[Sandbox, Either]) -> None:
    _, run = made
    newest_first, token = await _first_page_of_two(run, 5, to=TO)
    next_page_uri = (await run("list_page", page_size=2, to=TO)).next_page_uri
    before = len(run.sent)
    for source, given in (("page_token", token), ("page_url", next_page_uri)):
        with pytest.raises(ValidationError) as caught:
            await run("list_page", page_size=5, to=TO, **{source: given})
        assert caught.value.parameter == "page_size"
        assert str(caught.value) == (
            f"page_size: 5 differs from the 2 per page the {source} was issued for; leave page_size out or give "
            "the same size (a new page size starts a new listing)"
        )
    assert len(run.sent) == before  # refused before any request
    same = await run("list_page", page_size=2, to=TO, page_token=token)
    left_out = await run("list_page", to=TO, page_token=token)
    assert [call.sid for call in same] == [call.sid for call in left_out] == newest_first[2:4]
    assert same.next_page_token == left_out.next_page_token is not None
    last = await run("list_page", page_size=2, to=TO, page_token=same.next_page_token)
    assert [call.sid for call in last] == newest_first[4:] and last.next_page_token is None
