"""Every operation of the document through client.<resource>.<action>, on all three transports (issue 19).

The requests are asserted at the HTTP boundary (pytest-httpx; the fast client's aiohttp layer answers from
the same mock): method, exact URL and form body. Results are the typed objects of the operation's response
schema. Refusals (a bad SID, an unknown keyword, an operation the provider lacks) happen before any request.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

import pytest
from _clients import AC, BASE, CA
from conftest import SIGNALWIRE_PROJECT, Driver
from pytest_httpx import HTTPXMock

import twilio_calls
from twilio_calls import (
    Page,
    PauseBehavior,
    Recording,
    RecordingChannels,
    RecordingStatusCallbackEvent,
    Resource,
    ValidationError,
)
from twilio_calls_api.surface import FIELDS, OPERATIONS, Operation, Param

MakeClient = Callable[..., Driver]
RE = "RE" + "0123456789abcdef" * 2
MZ = "MZ" + "0123456789abcdef" * 2
CALL = f"{BASE}/2010-04-01/Accounts/{AC}/Calls/{CA}"
SW_CALL = "1f3c2a4b-5d6e-4f70-8a9b-000000000001"
SW_RECORDING = "1f3c2a4b-5d6e-4f70-8a9b-000000000002"


async def call(driver: Driver, resource: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """client.<resource>.<method>(...) on either client; a list is collected."""
    result = getattr(getattr(driver.client, resource), method)(*args, **kwargs)
    if method == "list":
        if hasattr(result, "__aiter__"):
            return [item async for item in result]
        return list(result)
    return await result if hasattr(result, "__await__") else result


# -- every operation, from the tables -------------------------------------------------------------------------


def sample(param: Param) -> str:
    """A value the document accepts for a path parameter or a required text parameter."""
    pattern = param.pattern or ""
    if match := re.match(r"^\^\(?([A-Z]{2})\[0-9a-fA-F\]\{32\}", pattern):
        return match[1] + "0123456789abcdef" * 2
    if param.format in ("uri", "uri-reference"):
        return "https://example.com/hook"
    return "my-name"


def required_arguments(op: Operation) -> dict[str, Any]:
    """Keyword arguments for the operation's required parameters (enums at their first value)."""
    arguments: dict[str, Any] = {}
    for param in op.params:
        if param.required:
            arguments[param.name] = param.values[0] if param.values else sample(param)
    return arguments


def answer(op: Operation) -> dict[str, Any]:
    """The smallest body the response schema accepts, with the operation's parent call."""
    body = {field.key: f"{field.key}-value" for field in FIELDS[op.response or "Call"] if field.required}
    return {**body, "call_sid": CA, "status": "in-progress"}


SUBRESOURCE_OPERATIONS = [op for op in OPERATIONS["twilio"].values() if op.resource != "calls"]


def test_the_tables_cover_every_subresource_of_the_calls_api() -> None:
    """24 operations: the five of Calls and the nineteen of its subresources (twilio-oai 2.6.7)."""
    assert len(OPERATIONS["twilio"]) == 24
    assert {op.resource for op in SUBRESOURCE_OPERATIONS} == {
        "recordings",
        "streams",
        "siprec",
        "transcriptions",
        "payments",
        "events",
        "notifications",
        "user_defined_messages",
        "user_defined_message_subscriptions",
    }


@pytest.mark.parametrize("op", SUBRESOURCE_OPERATIONS, ids=[op.id for op in SUBRESOURCE_OPERATIONS])
async def test_every_operation_sends_its_request_and_reads_its_answer(
    op: Operation, make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    driver = make_client()
    path_values = [sample(param) for param in op.path_params[1:]]
    url = BASE + op.path.replace("{AccountSid}", AC)
    for param, value in zip(op.path_params[1:], path_values, strict=True):
        url = url.replace("{" + param.wire + "}", quote(value, safe=""))
    arguments = required_arguments(op)
    body = answer(op)
    if op.action == "list":
        httpx_mock.add_response(method="GET", url=url, json={op.page_items: [body], op.page_next: None})
    elif op.response is None:
        httpx_mock.add_response(method=op.method, url=url, status_code=op.success)
    else:
        httpx_mock.add_response(method=op.method, url=url, status_code=op.success, json=body)

    result = await call(driver, op.resource, op.action, *path_values, **arguments)

    request = httpx_mock.get_request()
    assert request is not None and request.method == op.method and str(request.url) == url
    sent = dict(parse_qsl(request.content.decode())) if op.method == "POST" else {}
    expected = {param.wire: str(arguments[param.name]) for param in op.params if param.name in arguments}
    assert sent == expected
    model = getattr(twilio_calls, op.response) if op.response else None
    if op.action == "list":
        assert [item.raw for item in result] == [body] and all(isinstance(item, model) for item in result)
    elif model is None:
        assert result is None
    else:
        assert isinstance(result, model) and isinstance(result, Resource) and result.raw == body


# -- exact bodies, normalized results -------------------------------------------------------------------------


async def test_recording_create_sends_every_kind_of_parameter(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{CALL}/Recordings.json",
        status_code=201,
        match_content=(
            b"RecordingStatusCallbackEvent=in-progress&RecordingStatusCallbackEvent=completed"
            b"&RecordingStatusCallback=https%3A%2F%2Fexample.com%2Frec&RecordingStatusCallbackMethod=GET"
            b"&Trim=trim-silence&RecordingChannels=dual&RecordingTrack=inbound"
        ),
        json={
            "sid": RE,
            "account_sid": AC,
            "call_sid": CA,
            "status": "in-progress",
            "channels": 2,
            "start_time": "Fri, 14 Oct 2016 21:56:34 +0000",
            "duration": None,
            "price": None,
        },
    )
    recording = await call(
        make_client(),
        "recordings",
        "create",
        CA,
        recording_status_callback_event=[RecordingStatusCallbackEvent.IN_PROGRESS, "completed"],
        recording_status_callback="https://example.com/rec",
        recording_status_callback_method="GET",
        trim="trim-silence",
        recording_channels=RecordingChannels.DUAL,
        recording_track="inbound",
    )
    assert isinstance(recording, Recording)
    assert recording.sid == RE and recording.call_sid == CA
    assert recording.status is twilio_calls.RecordingStatus.IN_PROGRESS
    assert recording.start_time is not None and recording.start_time.isoformat() == "2016-10-14T21:56:34+00:00"
    assert recording.duration is None and recording.price is None


async def test_fetched_recording_fields_are_normalized(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="GET",
        url=f"{CALL}/Recordings/{RE}.json",
        json={"sid": RE, "account_sid": AC, "status": "completed", "duration": "4", "price": "-0.0025", "extra": 1},
    )
    recording = await call(make_client(), "recordings", "fetch", CA, RE)
    assert recording.duration == 4 and str(recording.price) == "-0.0025"
    assert recording.status is twilio_calls.RecordingStatus.COMPLETED
    assert recording.raw["extra"] == 1
    assert repr(recording) == f"Recording(sid={RE!r}, status='completed')"


@pytest.mark.parametrize(
    ("method", "extra", "body"),
    [
        ("pause", {"pause_behavior": PauseBehavior.SKIP}, b"Status=paused&PauseBehavior=skip"),
        ("resume", {}, b"Status=in-progress"),
        ("stop", {}, b"Status=stopped"),
    ],
)
async def test_recording_shortcuts_send_their_status(
    method: str, extra: dict[str, Any], body: bytes, make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        method="POST", url=f"{CALL}/Recordings/{RE}.json", match_content=body, json={"sid": RE, "account_sid": AC}
    )
    recording = await call(make_client(), "recordings", method, CA, RE, **extra)
    assert recording.sid == RE


async def test_twilio_current_names_the_recording_in_progress(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{CALL}/Recordings/Twilio.CURRENT.json",
        match_content=b"Status=paused",
        json={"sid": RE, "account_sid": AC, "status": "paused"},
    )
    recording = await call(make_client(), "recordings", "pause", CA, "Twilio.CURRENT")
    assert recording.status is twilio_calls.RecordingStatus.PAUSED


async def test_a_shortcut_refuses_its_own_parameter(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(ValidationError, match=r"^status: is set by this method"):
        await call(make_client(), "recordings", "pause", CA, RE, status="stopped")
    assert httpx_mock.get_requests() == []


async def test_a_stream_is_stopped_by_name_in_the_path(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{CALL}/Streams/agent%20audio%2F1.json",
        match_content=b"Status=stopped",
        json={"sid": MZ, "account_sid": AC, "name": "agent audio/1", "status": "stopped"},
    )
    stream = await call(make_client(), "streams", "stop", CA, "agent audio/1")
    assert stream.sid == MZ and stream.name == "agent audio/1"


async def test_stream_custom_parameters_go_as_numbered_keys(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{CALL}/Streams.json",
        match_content=(
            b"Url=wss%3A%2F%2Fexample.com%2Faudio&Name=agent&Track=both_tracks"
            b"&Parameter1.Name=customer&Parameter1.Value=42"
        ),
        json={"sid": MZ, "account_sid": AC, "name": "agent", "status": "in-progress"},
    )
    stream = await call(
        make_client(),
        "streams",
        "create",
        CA,
        url="wss://example.com/audio",
        name="agent",
        track="both_tracks",
        parameter_1_name="customer",
        parameter_1_value="42",
    )
    assert stream.status is twilio_calls.StreamStatus.IN_PROGRESS


async def test_a_delete_answers_none(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="DELETE", url=f"{CALL}/Recordings/{RE}.json", status_code=204)
    assert await call(make_client(), "recordings", "delete", CA, RE) is None


# -- listing --------------------------------------------------------------------------------------------------


def recordings_page(sids: list[str], next_page_uri: str | None) -> dict[str, Any]:
    items = [{"sid": sid, "account_sid": AC, "call_sid": CA, "status": "completed"} for sid in sids]
    return {"recordings": items, "next_page_uri": next_page_uri, "page_size": 2}


async def test_list_follows_next_page_uri_with_the_filters(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    first, second = "RE" + "1" * 32, "RE" + "2" * 32
    path = f"/2010-04-01/Accounts/{AC}/Calls/{CA}/Recordings.json"
    httpx_mock.add_response(
        method="GET",
        url=f"{BASE}{path}?DateCreated%3E=2026-11-01&PageSize=2",
        json=recordings_page([first, second], f"{path}?DateCreated%3E=2026-11-01&PageSize=2&Page=1&PageToken=PT1"),
    )
    httpx_mock.add_response(
        method="GET",
        url=f"{BASE}{path}?DateCreated%3E=2026-11-01&PageSize=2&Page=1&PageToken=PT1",
        json=recordings_page([RE], None),
    )
    listed = await call(make_client(), "recordings", "list", CA, created_after="2026-11-01", page_size=2)
    assert [recording.sid for recording in listed] == [first, second, RE]
    assert all(isinstance(recording, Recording) for recording in listed)


async def test_list_stops_at_limit(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    path = f"/2010-04-01/Accounts/{AC}/Calls/{CA}/Recordings.json"
    httpx_mock.add_response(
        method="GET",
        url=f"{BASE}{path}?PageSize=1",
        json=recordings_page([RE], f"{path}?PageSize=1&Page=1&PageToken=PT1"),
    )
    listed = await call(make_client(), "recordings", "list", CA, limit=1)
    assert [recording.sid for recording in listed] == [RE]
    assert len(httpx_mock.get_requests()) == 1


async def test_list_page_gives_a_token_for_the_next_page(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    path = f"/2010-04-01/Accounts/{AC}/Calls/{CA}/Notifications.json"
    notification = {"sid": "NO" + "3" * 32, "account_sid": AC, "call_sid": CA, "log": "0", "error_code": "11200"}
    httpx_mock.add_response(
        method="GET",
        url=f"{BASE}{path}?PageSize=1",
        json={"notifications": [notification], "next_page_uri": f"{path}?PageSize=1&Page=1&PageToken=PT9"},
    )
    httpx_mock.add_response(
        method="GET",
        url=f"{BASE}{path}?PageSize=1&Page=1&PageToken=PT9",
        json={"notifications": [], "next_page_uri": None},
    )
    driver = make_client()
    page = await call(driver, "notifications", "list_page", CA, page_size=1)
    assert isinstance(page, Page) and [n.sid for n in page] == [notification["sid"]]
    assert page.next_page_token is not None
    following = await call(driver, "notifications", "list_page", CA, page_size=1, page_token=page.next_page_token)
    assert following.items == [] and following.next_page_token is None
    with pytest.raises(ValidationError, match=r"^page_token: issued for other filters"):
        await call(driver, "notifications", "list_page", CA, page_size=1, log=1, page_token=page.next_page_token)


async def test_a_next_page_of_another_call_is_not_followed(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    other = "CA" + "9" * 32
    httpx_mock.add_response(
        method="GET",
        url=f"{CALL}/Events.json",
        json={"events": [{"request": {"method": "POST"}}], "next_page_uri": f"/Calls/{other}/Events.json?Page=1"},
    )
    with pytest.raises(twilio_calls.InvalidResponseError, match="not a page of this list"):
        await call(make_client(), "events", "list", CA)


# -- refused before sending -----------------------------------------------------------------------------------


async def test_a_bad_sid_is_refused_naming_it(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    driver = make_client()
    with pytest.raises(ValidationError, match=r"^sid: "):
        await call(driver, "recordings", "fetch", CA, "MZ" + "0" * 32)
    with pytest.raises(ValidationError, match=r"^call_sid: "):
        await call(driver, "recordings", "create", "not-a-call")
    with pytest.raises(ValidationError, match=r"^bogus: not a parameter of create_call_recording"):
        await call(driver, "recordings", "create", CA, bogus=1)
    with pytest.raises(ValidationError, match=r"^recording_channels: "):
        await call(driver, "recordings", "create", CA, recording_channels="stereo")
    with pytest.raises(ValidationError, match=r"^url: is required"):
        await call(driver, "streams", "create", CA)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("resource", "method", "args"),
    [
        ("siprec", "create", ()),
        ("transcriptions", "create", ()),
        ("payments", "create", ()),
        ("events", "list", ()),
        ("notifications", "fetch", ("NO" + "0" * 32,)),
        ("user_defined_messages", "create", ()),
        ("recordings", "list", ()),
        ("recordings", "delete", (SW_RECORDING,)),
    ],
)
async def test_signalwire_refuses_what_it_does_not_offer(
    resource: str, method: str, args: tuple[str, ...], make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    driver = make_client(signalwire=True)
    with pytest.raises(ValidationError, match=rf"^{resource}\.{method}: not offered by signalwire \(only by twilio\)"):
        await call(driver, resource, method, SW_CALL, *args)
    assert httpx_mock.get_requests() == []


async def test_signalwire_sends_its_own_forms(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    """Its RecordingStatusCallbackEvent is one space-separated value (its document), under /api/laml."""
    base = f"https://example.signalwire.com/api/laml/2010-04-01/Accounts/{SIGNALWIRE_PROJECT}/Calls/{SW_CALL}"
    httpx_mock.add_response(
        method="POST",
        url=f"{base}/Recordings.json",
        match_content=b"RecordingStatusCallbackEvent=in-progress+completed",
        json={"sid": SW_RECORDING, "account_sid": SIGNALWIRE_PROJECT, "status": "in-progress", "duration": 0},
    )
    recording = await call(
        make_client(signalwire=True),
        "recordings",
        "create",
        SW_CALL,
        recording_status_callback_event=["in-progress", "completed"],
    )
    assert recording.sid == SW_RECORDING and recording.duration == 0


# -- typed ----------------------------------------------------------------------------------------------------

TYPED_APP = """\
from collections.abc import AsyncIterator, Iterator

from twilio_calls import AsyncCallsClient, CallsClient, Page, Recording, Stream


def sync_app(client: CallsClient, call_sid: str) -> None:
    recording: Recording = client.recordings.create(call_sid, recording_channels="dual", trim="do-not-trim")
    listed: Iterator[Recording] = client.recordings.list(call_sid, created_after="2026-11-01", limit=5)
    page: Page[Recording] = client.recordings.list_page(call_sid, page_size=10)
    paused: Recording = client.recordings.pause(call_sid, recording.sid, pause_behavior="skip")
    stream: Stream = client.streams.stop(call_sid, "agent")
    client.recordings.delete(call_sid, recording.sid)
    client.recordings.create(call_sid, recording_channel="dual")
    client.recordings.create(call_sid, recording_channels=2)
    client.streams.create(call_sid)


async def async_app(client: AsyncCallsClient, call_sid: str) -> None:
    recording: Recording = await client.recordings.fetch(call_sid, "RE0")
    listed: AsyncIterator[Recording] = client.recordings.list(call_sid)
    page: Page[Recording] = await client.recordings.list_page(call_sid)
    duration: int | None = recording.duration
    text: str = recording.duration
"""


def test_mypy_types_every_resource_method(tmp_path: Path) -> None:
    """Keyword arguments are typed (Unpack of each operation's TypedDict), results are the schema's class."""
    root = Path(__file__).resolve().parents[1]
    app = tmp_path / "typed_app.py"
    app.write_text(TYPED_APP)
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(root / "wrapper"), str(root / "generated")])}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, str(app)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 4, result.stdout
    assert "typed_app.py:13:" in errors[0] and '"recording_channel"' in errors[0]
    assert "typed_app.py:14:" in errors[1] and '"recording_channels"' in errors[1]
    assert "typed_app.py:15:" in errors[2] and '"url"' in errors[2]
    assert "typed_app.py:23:" in errors[3] and '"int | None"' in errors[3]
