"""Listing calls in the sandbox: newest first, Twilio's filters, and pages linked by next_page_uri."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from _sandbox_helpers import BUSY_TO, FROM, TO, TWIML_URL, calls_path, manual_clock, raw_client

from twilio_calls import CallStatus
from twilio_calls.sandbox import ManualClock, Sandbox

DAY = 24 * 3600


def listed_path(sandbox: Sandbox) -> str:
    """The list's path as the sandbox's pages name it: Twilio's ends in .json; SignalWire's is under /api/laml,
    without .json (as SignalWire documents its next_page_uri)."""
    path = calls_path(sandbox)
    return path if sandbox.provider == "twilio" else "/api/laml" + path.removesuffix(".json")


def follow(http: httpx.Client, sandbox: Sandbox, uri: str) -> Any:
    """GET a page URI the sandbox gave (relative to the host) through a client whose base URL has the prefix."""
    return http.get(uri.removeprefix(urlsplit(sandbox.url).path)).json()


def positions(page: dict[str, Any], sandbox: Sandbox) -> tuple[Any, ...]:
    """start and end of a page: Twilio's pages have them, SignalWire's do not."""
    if sandbox.provider == "twilio":
        return page["start"], page["end"]
    assert "start" not in page and "end" not in page
    return None, None


@pytest.fixture(params=["twilio", "signalwire"])
def calls_sandbox_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    """These tests spell their dates out, so the clock is pinned: Monday 2030-01-07 09:00 UTC. Each runs
    against the sandbox of each provider."""
    return {"clock": ManualClock(start=datetime(2030, 1, 7, 9, 0, tzinfo=UTC)), "provider": request.param}


@pytest.fixture
def three_calls(calls_sandbox: Sandbox) -> dict[str, str]:
    """A: completed on 2030-01-07; B: busy on 2030-01-08; C: created 2030-01-09 and still queued."""
    client, clock = calls_sandbox.client(), manual_clock(calls_sandbox)
    sids = {"A": client.create(to=TO, from_=FROM, url=TWIML_URL).sid}
    clock.advance(14)  # 09:00:01 start, 09:00:14 end
    clock.advance(DAY)
    sids["B"] = client.create(to=BUSY_TO, from_=FROM, url=TWIML_URL).sid
    clock.advance(4)  # rings at 09:00:15, busy at 09:00:18
    clock.advance(DAY)
    sids["C"] = client.create(to=TO, from_="+15017120000", url=TWIML_URL).sid
    return {name: sid or "" for name, sid in sids.items()}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, "CBA"),
        ({"to": BUSY_TO}, "B"),
        ({"from_": FROM}, "BA"),
        ({"status": CallStatus.BUSY}, "B"),
        ({"status": "queued"}, "C"),
        ({"started_on": date(2030, 1, 7)}, "A"),
        ({"started_on": "2030-01-08"}, "B"),
        ({"started_before": "2030-01-08"}, "BA"),  # inclusive, and C has not started
        ({"started_after": "2030-01-08"}, "B"),
        ({"started_after": datetime(2030, 1, 7, 9, 0, 2, tzinfo=UTC)}, "B"),
        ({"started_before": datetime(2030, 1, 7, 9, 0, 1, tzinfo=UTC)}, "A"),  # an instant bound is inclusive too
        ({"started_on": datetime(2030, 1, 8, 9, 0, 15, tzinfo=UTC)}, "B"),
        ({"ended_on": "2030-01-08"}, "B"),
        ({"ended_before": date(2030, 1, 7)}, "A"),
        ({"ended_after": date(2030, 1, 7), "ended_before": date(2030, 1, 8)}, "BA"),
        ({"started_after": date(2030, 1, 9)}, ""),
    ],
)
def test_filters_select_the_matching_calls_newest_first(
    calls_sandbox: Sandbox, three_calls: dict[str, str], filters: dict[str, Any], expected: str
) -> None:
    listed = [call.sid for call in calls_sandbox.client().list(**filters)]
    assert listed == [three_calls[name] for name in expected]


def test_pages_follow_next_page_uri_until_the_last(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    created = [client.create(to=TO, from_=FROM, url=TWIML_URL).sid for _ in range(5)]
    assert [call.sid for call in client.list(page_size=2)] == created[::-1]
    assert [call.sid for call in client.list(page_size=2, limit=3)] == created[:1:-1]

    with raw_client(calls_sandbox) as http:
        first = http.get(calls_path(calls_sandbox), params={"PageSize": 2}).json()
        twilio = calls_sandbox.provider == "twilio"
        assert (first["page"], first["page_size"]) == (0, 2)
        assert positions(first, calls_sandbox) == ((0, 1) if twilio else (None, None))
        assert first["previous_page_uri"] is None
        assert first["uri"] == f"{listed_path(calls_sandbox)}?PageSize=2&Page=0"
        assert first["first_page_uri"] == first["uri"]
        sid = r"CA[0-9a-f]{32}" if twilio else r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
        pattern = re.escape(listed_path(calls_sandbox)) + rf"\?PageSize=2&Page=1&PageToken=PA({sid})"
        match = re.fullmatch(pattern, first["next_page_uri"])
        assert match and match[1] == created[3]  # the token names the last call of the page

        second = follow(http, calls_sandbox, first["next_page_uri"])
        assert [c["sid"] for c in second["calls"]] == [created[2], created[1]]
        assert second["page"] == 1
        assert positions(second, calls_sandbox) == ((2, 3) if twilio else (None, None))
        assert second["previous_page_uri"].endswith("Page=0&PageToken=PB" + created[2])
        back = follow(http, calls_sandbox, second["previous_page_uri"])
        assert [c["sid"] for c in back["calls"]] == [created[4], created[3]]

        last = follow(http, calls_sandbox, second["next_page_uri"])
        assert [c["sid"] for c in last["calls"]] == [created[0]] and last["next_page_uri"] is None


def test_page_tokens_stay_put_while_new_calls_arrive(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    created = [client.create(to=TO, from_=FROM, url=TWIML_URL).sid for _ in range(4)]
    with raw_client(calls_sandbox) as http:
        first = http.get(calls_path(calls_sandbox), params={"PageSize": 2}).json()
        client.create(to=TO, from_=FROM, url=TWIML_URL)  # would shift an offset-based page by one
        second = follow(http, calls_sandbox, first["next_page_uri"])
    assert [c["sid"] for c in second["calls"]] == [created[1], created[0]]


def test_next_page_uri_keeps_the_filters(calls_sandbox: Sandbox, three_calls: dict[str, str]) -> None:
    with raw_client(calls_sandbox) as http:
        query = {"From": FROM, "StartTime>": "2030-01-01", "PageSize": 1}
        page = http.get(calls_path(calls_sandbox), params=query).json()
        assert page["next_page_uri"].startswith(
            f"{listed_path(calls_sandbox)}?From=%2B15017122661&StartTime%3E=2030-01-01&PageSize=1&Page=1&PageToken=PA"
        )
        following = follow(http, calls_sandbox, page["next_page_uri"])
    assert [c["sid"] for c in page["calls"] + following["calls"]] == [three_calls["B"], three_calls["A"]]
    assert following["next_page_uri"] is None


def test_a_page_without_token_is_an_offset(calls_sandbox: Sandbox) -> None:
    client = calls_sandbox.client()
    created = [client.create(to=TO, from_=FROM, url=TWIML_URL).sid for _ in range(3)]
    with raw_client(calls_sandbox) as http:
        page = http.get(calls_path(calls_sandbox), params={"PageSize": 2, "Page": 1}).json()
    assert [c["sid"] for c in page["calls"]] == [created[0]]
    assert positions(page, calls_sandbox)[0] == (2 if calls_sandbox.provider == "twilio" else None)


def test_an_empty_account_lists_an_empty_page(calls_sandbox: Sandbox) -> None:
    with raw_client(calls_sandbox) as http:
        page = http.get(calls_path(calls_sandbox)).json()
    assert page["calls"] == [] and page["page_size"] == 50 and page["next_page_uri"] is None
