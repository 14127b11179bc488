"""Paging of list() (issue 3): next_page_uri on Twilio and SignalWire, limits, laziness, loops, foreign hosts, filters.

Each test runs against CallsClient and AsyncCallsClient unless it is about `async for` itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from _clients import AC, TOKEN, call_body
from conftest import SIGNALWIRE_PROJECT, Driver
from pytest_httpx import HTTPXMock

from twilio_calls import AsyncCallsClient, Call, CallsClient, CallStatus, InvalidResponseError, ValidationError

MakeClient = Callable[..., Driver]
TWILIO_PATH = f"/2010-04-01/Accounts/{AC}/Calls.json"
TWILIO_URL = f"https://api.twilio.com{TWILIO_PATH}"
SIGNALWIRE_PATH = f"/api/laml/2010-04-01/Accounts/{SIGNALWIRE_PROJECT}/Calls.json"  # what the client requests
SIGNALWIRE_URL = f"https://example.signalwire.com{SIGNALWIRE_PATH}"
# SignalWire documents its next_page_uri without `.json` (compatibility API, Paging).
SIGNALWIRE_NEXT = f"/api/laml/2010-04-01/Accounts/{SIGNALWIRE_PROJECT}/Calls"


@pytest.fixture(autouse=True)
def _no_real_sleep(sleeps: list[float]) -> None:
    """A wrongly retried page request would be recorded, not slept."""


def twilio_sid(number: int) -> str:
    return f"CA{number:032x}"


def signalwire_sid(number: int) -> str:
    return f"{number:08x}-1111-4222-8333-444444444444"


def signalwire_page(sids: list[str], next_page_uri: object, number: int = 0, size: int = 2) -> dict[str, Any]:
    """A page as SignalWire documents it: no start or end."""
    body = page(sids, next_page_uri, number, size)
    del body["start"], body["end"]
    return body


def page(sids: list[str], next_page_uri: object, number: int = 0, size: int = 2) -> dict[str, Any]:
    """A page as Twilio sends it (the fields the client does not use are there too)."""
    return {
        "calls": [call_body(sid=sid, status="completed") for sid in sids],
        "page": number,
        "page_size": size,
        "start": number * size,
        "end": number * size + max(len(sids) - 1, 0),
        "first_page_uri": None,
        "previous_page_uri": None,
        "uri": None,
        "next_page_uri": next_page_uri,
    }


def sent(httpx_mock: HTTPXMock) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each request as (URL without query, sorted query pairs): exact, repeats included, whatever the key order."""
    requests = httpx_mock.get_requests()
    assert all(request.method == "GET" for request in requests)
    return [(str(request.url).partition("?")[0], sorted(request.url.params.multi_items())) for request in requests]


async def next_call(calls: Iterator[Call] | AsyncIterator[Call]) -> Call | None:
    if isinstance(calls, AsyncIterator):
        return await anext(calls, None)
    return next(calls, None)


# --- Following next_page_uri ---------------------------------------------------------------------------------------


async def test_twilio_relative_next_page_uri_is_followed(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client()
    sids = [twilio_sid(n) for n in range(1, 6)]
    token_1, token_2 = f"PA{sids[1]}", f"PA{sids[3]}"
    httpx_mock.add_response(json=page(sids[0:2], f"{TWILIO_PATH}?PageSize=2&Page=1&PageToken={token_1}"))
    httpx_mock.add_response(json=page(sids[2:4], f"{TWILIO_PATH}?PageSize=2&Page=2&PageToken={token_2}", 1))
    httpx_mock.add_response(json=page(sids[4:5], None, 2))

    calls = await api.collect(page_size=2)

    assert [call.sid for call in calls] == sids
    assert sent(httpx_mock) == [
        (TWILIO_URL, [("PageSize", "2")]),
        (TWILIO_URL, [("Page", "1"), ("PageSize", "2"), ("PageToken", token_1)]),
        (TWILIO_URL, [("Page", "2"), ("PageSize", "2"), ("PageToken", token_2)]),
    ]


async def test_signalwire_next_page_uri_keeps_the_laml_prefix_once(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    api = make_client(signalwire=True)
    sids = [signalwire_sid(n) for n in range(1, 5)]
    token = "PA" + sids[1]
    httpx_mock.add_response(json=signalwire_page(sids[0:2], f"{SIGNALWIRE_NEXT}?Page=1&PageSize=2&PageToken={token}"))
    httpx_mock.add_response(json=signalwire_page(sids[2:4], None, 1))

    calls = await api.collect(page_size=2)

    assert [call.sid for call in calls] == sids
    assert sent(httpx_mock) == [
        (SIGNALWIRE_URL, [("PageSize", "2")]),
        (SIGNALWIRE_URL, [("Page", "1"), ("PageSize", "2"), ("PageToken", token)]),
    ]
    assert all("/api/laml/api/laml" not in str(request.url) for request in httpx_mock.get_requests())


@pytest.mark.parametrize("signalwire", [False, True], ids=["twilio", "signalwire"])
@pytest.mark.parametrize("suffix", ["", ".json"], ids=["bare", "json"])
async def test_next_page_uri_with_or_without_json_is_followed(
    make_client: MakeClient, httpx_mock: HTTPXMock, signalwire: bool, suffix: str
) -> None:
    api = make_client(signalwire=signalwire)
    sid, path, url, body = (
        (signalwire_sid, SIGNALWIRE_NEXT, SIGNALWIRE_URL, signalwire_page)
        if signalwire
        else (twilio_sid, TWILIO_PATH.removesuffix(".json"), TWILIO_URL, page)
    )
    httpx_mock.add_response(json=body([sid(1)], f"{path}{suffix}?Page=1&PageSize=1&PageToken=PA1", size=1))
    httpx_mock.add_response(json=body([sid(2)], None, 1, size=1))

    assert [call.sid for call in await api.collect()] == [sid(1), sid(2)]
    assert sent(httpx_mock)[1] == (url, [("Page", "1"), ("PageSize", "1"), ("PageToken", "PA1")])


async def test_a_signalwire_page_without_start_or_end_is_read(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client(signalwire=True)
    httpx_mock.add_response(json={"calls": [call_body(sid=signalwire_sid(1))], "next_page_uri": None})

    assert [call.sid for call in await api.collect()] == [signalwire_sid(1)]


async def test_limit_reached_on_the_first_page_never_reads_next_page_uri(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    api = make_client()
    httpx_mock.add_response(json=page([twilio_sid(1), twilio_sid(2)], "https://evil.example.net/not/a/page"))

    assert [call.sid for call in await api.collect(limit=1)] == [twilio_sid(1)]
    assert len(httpx_mock.get_requests()) == 1


async def test_absolute_next_page_uri_on_the_api_host_is_followed(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    api = make_client()
    httpx_mock.add_response(json=page([twilio_sid(1)], f"{TWILIO_URL}?Page=1&PageSize=1&PageToken=PA1", size=1))
    httpx_mock.add_response(json=page([twilio_sid(2)], None, 1, size=1))

    assert len(await api.collect()) == 2
    assert sent(httpx_mock)[1] == (TWILIO_URL, [("Page", "1"), ("PageSize", "1"), ("PageToken", "PA1")])


async def test_filters_are_sent_with_every_page(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client()
    # Twilio repeats the filters in next_page_uri; they must still go out once each.
    next_page = (
        f"{TWILIO_PATH}?To=%2B15558675310&Status=completed&StartTime%3E=2024-01-02"
        "&EndTime%3C=2024-01-31T21%3A30%3A00Z&PageSize=2&Page=1&PageToken=PAnext"
    )
    httpx_mock.add_response(json=page([twilio_sid(1), twilio_sid(2)], next_page))
    httpx_mock.add_response(json=page([twilio_sid(3)], None, 1))

    calls = await api.collect(
        to="+15558675310",
        status=CallStatus.COMPLETED,
        started_after=date(2024, 1, 2),
        ended_before=datetime(2024, 1, 31, 23, 30, tzinfo=timezone(timedelta(hours=2))),
        page_size=2,
    )

    assert len(calls) == 3
    filters = [
        ("EndTime<", "2024-01-31T21:30:00Z"),
        ("StartTime>", "2024-01-02"),
        ("Status", "completed"),
        ("To", "+15558675310"),
    ]
    assert sent(httpx_mock) == [
        (TWILIO_URL, sorted([*filters, ("PageSize", "2")])),
        (TWILIO_URL, sorted([*filters, ("Page", "1"), ("PageSize", "2"), ("PageToken", "PAnext")])),
    ]


# --- Where iteration stops -----------------------------------------------------------------------------------------


async def test_limit_below_1000_becomes_the_page_size(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client()
    sids = [twilio_sid(n) for n in range(1, 4)]
    httpx_mock.add_response(json=page(sids, f"{TWILIO_PATH}?PageSize=3&Page=1&PageToken=PAmore", size=3))

    calls = await api.collect(limit=3)

    assert [call.sid for call in calls] == sids
    assert sent(httpx_mock) == [(TWILIO_URL, [("PageSize", "3")])]  # the next page is never asked for


async def test_limit_above_1000_asks_for_the_largest_page(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client()
    httpx_mock.add_response(json=page([twilio_sid(1)], None, size=1000))

    await api.collect(limit=2500)

    assert sent(httpx_mock) == [(TWILIO_URL, [("PageSize", "1000")])]


async def test_limit_stops_in_the_middle_of_a_page(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client()
    sids = [twilio_sid(n) for n in range(1, 7)]
    httpx_mock.add_response(json=page(sids[0:2], f"{TWILIO_PATH}?PageSize=2&Page=1&PageToken=PA1"))
    httpx_mock.add_response(json=page(sids[2:4], f"{TWILIO_PATH}?PageSize=2&Page=2&PageToken=PA2", 1))
    httpx_mock.add_response(json=page(sids[4:6], f"{TWILIO_PATH}?PageSize=2&Page=3&PageToken=PA3", 2))

    calls = await api.collect(limit=5, page_size=2)

    assert [call.sid for call in calls] == sids[:5]
    assert [query for _, query in sent(httpx_mock)] == [
        [("PageSize", "2")],
        [("Page", "1"), ("PageSize", "2"), ("PageToken", "PA1")],
        [("Page", "2"), ("PageSize", "2"), ("PageToken", "PA2")],
    ]


async def test_limit_holds_when_the_server_sends_a_bigger_page(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client()
    sids = [twilio_sid(n) for n in range(1, 9)]
    httpx_mock.add_response(json=page(sids, f"{TWILIO_PATH}?PageSize=8&Page=1&PageToken=PA1", size=8))

    calls = await api.collect(limit=3)

    assert [call.sid for call in calls] == sids[:3]
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize("empty_page", [0, 1], ids=["first-page-empty", "second-page-empty"])
async def test_an_empty_page_ends_the_iteration(
    make_client: MakeClient, httpx_mock: HTTPXMock, empty_page: int
) -> None:
    api = make_client()
    sids = [twilio_sid(1), twilio_sid(2)] if empty_page else []
    httpx_mock.add_response(json=page(sids, f"{TWILIO_PATH}?PageSize=2&Page=1&PageToken=PA1"))
    if empty_page:
        httpx_mock.add_response(json=page([], f"{TWILIO_PATH}?PageSize=2&Page=2&PageToken=PA2", 1))

    calls = await api.collect(page_size=2)

    assert [call.sid for call in calls] == sids
    assert len(httpx_mock.get_requests()) == empty_page + 1  # a next_page_uri after an empty page is not followed


# --- Laziness ------------------------------------------------------------------------------------------------------


async def test_pages_are_fetched_only_as_calls_are_consumed(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client()
    sids = [twilio_sid(n) for n in range(1, 5)]
    httpx_mock.add_response(json=page(sids[0:2], f"{TWILIO_PATH}?PageSize=2&Page=1&PageToken=PA1"))
    httpx_mock.add_response(json=page(sids[2:4], None, 1))

    calls = api.client.list(page_size=2)
    assert httpx_mock.get_requests() == []  # list() itself sends nothing

    seen = []
    for requests_after in (1, 1, 2, 2):
        call = await next_call(calls)
        assert call is not None
        seen.append(call.sid)
        assert len(httpx_mock.get_requests()) == requests_after
    assert await next_call(calls) is None
    assert seen == sids
    assert len(httpx_mock.get_requests()) == 2


# --- next_page_uri values that are not followed --------------------------------------------------------------------


@pytest.mark.parametrize(
    "repeated",
    [f"{TWILIO_PATH}?PageSize=2&Page=1&PageToken=PA1", f"{TWILIO_URL}?PageToken=PA1&Page=1&PageSize=2"],
    ids=["same-uri", "same-page-spelled-differently"],
)
async def test_a_page_that_points_back_at_itself_raises(
    make_client: MakeClient, httpx_mock: HTTPXMock, repeated: str
) -> None:
    api = make_client()
    sids = [twilio_sid(n) for n in range(1, 5)]
    httpx_mock.add_response(json=page(sids[0:2], f"{TWILIO_PATH}?PageSize=2&Page=1&PageToken=PA1"))
    httpx_mock.add_response(json=page(sids[2:4], repeated, 1))

    seen = []
    with pytest.raises(InvalidResponseError) as caught:
        async for call in api.iterate(page_size=2):
            seen.append(call.sid)

    assert seen == sids  # everything received before the loop showed up was delivered
    assert "repeats an earlier page" in str(caught.value)
    assert (caught.value.method, caught.value.path) == ("GET", TWILIO_PATH)
    assert len(httpx_mock.get_requests()) == 2


@pytest.mark.parametrize(
    ("next_page_uri", "reason"),
    [
        (f"https://evil.example.net{TWILIO_PATH}?Page=1&PageSize=2&PageToken=PA1", "another host"),
        (f"//evil.example.net{TWILIO_PATH}?Page=1&PageSize=2&PageToken=PA1", "another host"),
        (f"https://api.twilio.com@evil.example.net{TWILIO_PATH}?Page=1&PageToken=PA1", "another host"),
        (f"https://api.twilio.com.evil.example.net{TWILIO_PATH}?Page=1&PageToken=PA1", "another host"),
        (f"https://api.twilio.com:8443{TWILIO_PATH}?Page=1&PageToken=PA1", "another host"),
        (f"http://api.twilio.com{TWILIO_PATH}?Page=1&PageToken=PA1", "another host"),
        (f"/2010-04-01/Accounts/AC{'f' * 32}/Calls.json?Page=1&PageToken=PA1", "not a page of this list"),
        (f"/2010-04-01/Accounts/{AC}/Recordings.json?Page=1&PageToken=PA1", "not a page of this list"),
        (f"{TWILIO_PATH}?Page=one&PageToken=PA1", "non-numeric"),
        (f"{TWILIO_PATH}", "repeats an earlier page"),  # no paging keys: it would be the first page again
        (42, "not a string"),
    ],
    ids=[
        "other-host",
        "scheme-relative",
        "userinfo",
        "suffixed-host",
        "other-port",
        "other-scheme",
        "other-account",
        "other-list",
        "bad-page",
        "no-keys",
        "number",
    ],
)
async def test_a_next_page_uri_off_this_list_is_refused_without_a_request(
    make_client: MakeClient, httpx_mock: HTTPXMock, next_page_uri: object, reason: str
) -> None:
    api = make_client()
    httpx_mock.add_response(
        json=page([twilio_sid(1), twilio_sid(2)], next_page_uri), headers={"Twilio-Request-Id": "RQ7"}
    )

    seen = []
    with pytest.raises(InvalidResponseError) as caught:
        async for call in api.iterate(page_size=2):
            seen.append(call.sid)

    assert seen == [twilio_sid(1), twilio_sid(2)]
    assert reason in str(caught.value)
    # Where it came from, for support: the page's host and request id, as on every other error.
    assert (caught.value.host, caught.value.request_id) == ("api.twilio.com", "RQ7")
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(
    "huge",
    ["/" + "x" * 5_000_000, ["y" * 2_000_000], f"{TWILIO_PATH}?Page=1&PageToken=PA{'z' * 70_000}"],
    ids=["text", "list", "token-past-httpx-url-limit"],
)
async def test_a_huge_next_page_uri_is_cut_in_the_error(
    make_client: MakeClient, httpx_mock: HTTPXMock, huge: object
) -> None:
    httpx_mock.add_response(json=page([twilio_sid(1)], huge))
    with pytest.raises(InvalidResponseError) as caught:
        await make_client().collect()
    assert len(str(caught.value)) < 600


@pytest.mark.parametrize(
    "page_url",
    [
        f"https://evil.example.net{TWILIO_PATH}?Page=1&PageToken=PA1",
        f"/2010-04-01/Accounts/{AC}/Recordings.json?Page=1",
    ],
)
async def test_a_page_url_off_this_list_is_the_callers_mistake(
    make_client: MakeClient, httpx_mock: HTTPXMock, page_url: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        await make_client().call("list_page", page_url=page_url)
    assert caught.value.parameter == "page_url"
    assert httpx_mock.get_requests() == []


async def test_signalwire_refuses_a_next_page_on_twilio(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client(signalwire=True)
    foreign = f"https://api.twilio.com{SIGNALWIRE_PATH}?Page=1&PageSize=2&PageToken=PA1"
    httpx_mock.add_response(json=page([signalwire_sid(1)], foreign))

    with pytest.raises(InvalidResponseError, match="another host"):
        await api.collect()

    assert len(httpx_mock.get_requests()) == 1


# --- The iterator types themselves ---------------------------------------------------------------------------------


async def test_async_client_lists_with_async_for(httpx_mock: HTTPXMock) -> None:
    sids = [twilio_sid(n) for n in range(1, 4)]
    httpx_mock.add_response(json=page(sids[0:2], f"{TWILIO_PATH}?PageSize=2&Page=1&PageToken=PA1"))
    httpx_mock.add_response(json=page(sids[2:3], None, 1))

    async with AsyncCallsClient(AC, TOKEN) as client:
        calls = client.list(page_size=2, started_after=datetime(2024, 1, 2, tzinfo=UTC))
        assert isinstance(calls, AsyncIterator)
        received = [call async for call in calls]

    assert [call.sid for call in received] == sids
    assert all(isinstance(call, Call) and call.status is CallStatus.COMPLETED for call in received)
    assert [query for _, query in sent(httpx_mock)] == [
        [("PageSize", "2"), ("StartTime>", "2024-01-02T00:00:00Z")],
        [("Page", "1"), ("PageSize", "2"), ("PageToken", "PA1"), ("StartTime>", "2024-01-02T00:00:00Z")],
    ]


def test_sync_client_lists_with_a_plain_iterator(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=page([twilio_sid(1)], None))

    with CallsClient(AC, TOKEN) as client:
        calls = client.list()
        assert isinstance(calls, Iterator) and not isinstance(calls, list)
        assert [call.sid for call in calls] == [twilio_sid(1)]


@pytest.mark.parametrize(
    ("body", "reason"),
    [(b"<html>busy</html>", "not JSON"), (b"[" * 100_000, "not JSON"), (b'{"calls": 3}', "not a page of calls")],
    ids=["html", "nested-past-the-stack", "calls-not-a-list"],
)
async def test_a_page_that_is_not_a_page_is_an_invalid_response(
    make_client: MakeClient, httpx_mock: HTTPXMock, body: bytes, reason: str
) -> None:
    api = make_client()
    httpx_mock.add_response(content=body)
    with pytest.raises(InvalidResponseError, match=reason) as caught:
        await api.collect()
    assert caught.value.status == 200 and caught.value.path == TWILIO_PATH
    assert len(httpx_mock.get_requests()) == 1


async def test_a_page_url_of_other_filters_is_refused(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    page_url = f"{TWILIO_PATH}?Status=completed&PageSize=2&Page=1&PageToken=PA1"
    with pytest.raises(ValidationError, match=r"^page_url: is a page of a listing with Status=completed"):
        await make_client().call("list_page", page_url=page_url, status="queued")
    assert httpx_mock.get_requests() == []
    httpx_mock.add_response(
        url=f"{TWILIO_URL}?Status=completed&PageSize=2&Page=1&PageToken=PA1", json=page([twilio_sid(3)], None)
    )
    same = await make_client().call("list_page", page_url=page_url, status="completed")
    assert [call.sid for call in same.calls] == [twilio_sid(3)]


@pytest.mark.parametrize("signalwire", [False, True], ids=["twilio", "signalwire"])
async def test_a_page_url_of_a_date_filtered_listing_is_refused_without_the_filter(
    make_client: MakeClient, httpx_mock: HTTPXMock, signalwire: bool
) -> None:
    """Following such a link without the filter would list calls outside it (issue 18, item 3)."""
    api = make_client(signalwire=signalwire)
    when = "Tue%2C+02+Jan+2024+00%3A00%3A00+GMT" if signalwire else "2024-01-02T00%3A00%3A00Z"
    path = SIGNALWIRE_NEXT if signalwire else TWILIO_PATH
    page_url = f"{path}?StartTime%3E={when}&PageSize=2&Page=1&PageToken=PA1"
    with pytest.raises(
        ValidationError, match=r"^page_url: is a page of a listing with StartTime>=.*\(started_after="
    ) as caught:
        await api.call("list_page", page_url=page_url)
    assert caught.value.parameter == "page_url"
    with pytest.raises(ValidationError, match=r"^page_url: .*StartTime>="):  # another instant is another listing
        await api.call("list_page", page_url=page_url, started_after=datetime(2024, 1, 3, tzinfo=UTC))
    with pytest.raises(ValidationError, match=r"^page_url: .*StartTime>="):  # another filter is no substitute
        await api.call("list_page", page_url=page_url, started_before=datetime(2024, 1, 2, tzinfo=UTC))
    assert httpx_mock.get_requests() == []

    url = SIGNALWIRE_URL if signalwire else TWILIO_URL
    httpx_mock.add_response(url=f"{url}?StartTime%3E={when}&PageSize=2&Page=1&PageToken=PA1", json=page([], None))
    same = await api.call("list_page", page_url=page_url, started_after=datetime(2024, 1, 2, tzinfo=UTC))
    assert same.calls == [] and len(httpx_mock.get_requests()) == 1


async def test_a_page_url_may_spell_the_same_instant_another_way(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    """The server's link may write the date its own way: the same instant is the same listing."""
    page_url = f"{TWILIO_PATH}?StartTime%3E=2024-01-02T01%3A00%3A00%2B01%3A00&PageSize=2&Page=1&PageToken=PA1"
    httpx_mock.add_response(json=page([twilio_sid(7)], None))
    same = await make_client().call("list_page", page_url=page_url, started_after=datetime(2024, 1, 2, tzinfo=UTC))
    assert [call.sid for call in same.calls] == [twilio_sid(7)]
    assert sent(httpx_mock) == [
        (TWILIO_URL, [("Page", "1"), ("PageSize", "2"), ("PageToken", "PA1"), ("StartTime>", "2024-01-02T00:00:00Z")])
    ]
