"""Bad input is refused before any request is sent, naming the parameter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from _clients import AC, CA, TOKEN, Run, runner
from conftest import SIGNALWIRE_PROJECT, Driver
from pytest_httpx import HTTPXMock

from twilio_calls import CallsClient, ValidationError
from twilio_calls_api.surface import OPERATIONS

TWIML_MAX = next(p.max_length for p in OPERATIONS["twilio"]["create_call"].params if p.wire == "Twiml")
SEND_DIGITS_MAX = next(p.max_length for p in OPERATIONS["twilio"]["create_call"].params if p.wire == "SendDigits")

MakeClient = Callable[..., Driver]
CREATE = {"to": "+15558675310", "from_": "+15017122661", "url": "https://example.com/twiml"}


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Run:
    return runner(request.param)


def refused(run: Run, httpx_mock: HTTPXMock, parameter: str, operation: str, /, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        run(operation, *args, **kwargs)
    assert caught.value.parameter == parameter
    assert parameter in str(caught.value)
    assert httpx_mock.get_requests() == []
    return str(caught.value)


@pytest.mark.parametrize(
    "sid",
    ["", "CA123", "CA" + "g" * 32, "AC" + "a" * 32, "ca" + "a" * 32, "CA" + "a" * 33, "3fa85f64-5717-4562-b3fc", 42],
)
@pytest.mark.parametrize("method", ["fetch", "hangup", "cancel", "delete"])
def test_malformed_call_sid(run: Run, httpx_mock: HTTPXMock, method: str, sid: object) -> None:
    refused(run, httpx_mock, "sid", method, sid)


async def test_each_provider_takes_its_own_form_of_sid(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    uuid = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    httpx_mock.add_response(json={"sid": uuid, "account_sid": SIGNALWIRE_PROJECT})
    signalwire = make_client(signalwire=True)
    await signalwire.call("fetch", uuid)
    path = f"/api/laml/2010-04-01/Accounts/{SIGNALWIRE_PROJECT}/Calls/{uuid}.json"
    assert httpx_mock.get_request().url.path == path
    # Each refuses the other's form before sending, and says the other provider would take it.
    with pytest.raises(ValidationError, match=r"^sid: .* \(that is signalwire's rule; twilio would take it\)$"):
        await signalwire.call("fetch", CA)
    with pytest.raises(ValidationError, match=r"^sid: .* \(that is twilio's rule; signalwire would take it\)$"):
        await make_client().call("fetch", uuid)
    with pytest.raises(
        ValidationError, match=r"^account_sid: .* \(that is twilio's rule; signalwire would take it\); choose"
    ):
        make_client(account_sid=SIGNALWIRE_PROJECT)
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(
    "sources",
    [
        {},
        {"url": "https://e.com/t", "twiml": "<Response/>"},
        {"twiml": "<Response/>", "application_sid": "AP" + "0" * 32},
    ],
)
def test_create_needs_exactly_one_source(run: Run, httpx_mock: HTTPXMock, sources: dict[str, str]) -> None:
    message = refused(
        run, httpx_mock, "url / twiml / application_sid", "create", to="+15558675310", from_="+1501", **sources
    )
    assert "exactly one" in message


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("to", ""),
        ("from_", "   "),
        ("timeout", 0),
        ("timeout", 601),
        ("timeout", "30"),
        ("timeout", True),
        ("send_digits", "12a4"),
        ("send_digits", "1" * (SEND_DIGITS_MAX + 1)),
        ("machine_detection_timeout", 2),
        ("machine_detection_timeout", 60),
        ("machine_detection_speech_threshold", 999),
        ("machine_detection_speech_threshold", 6001),
        ("machine_detection_speech_end_threshold", 499),
        ("machine_detection_speech_end_threshold", 5001),
        ("machine_detection_silence_timeout", 1999),
        ("machine_detection_silence_timeout", 10001),
        ("machine_detection", "enable"),
        ("method", "PUT"),
        ("status_callback_method", "post"),
        ("status_callback_event", ["ringing", "picked-up"]),
        ("status_callback_event", "ringing"),
        ("recording_channels", "stereo"),
        ("recording_track", "left"),
        ("trim", "yes"),
        ("record", "true"),
        ("async_amd", "yes"),
        ("byoc", "BY123"),
        ("status_callback", "example.com/cb"),
        ("fallback_url", "ftp://example.com/x"),
        ("time_limit", 0),
        ("no_such_parameter", 1),
    ],
)
def test_create_refuses_bad_values(run: Run, httpx_mock: HTTPXMock, parameter: str, value: object) -> None:
    refused(run, httpx_mock, parameter, "create", **{**CREATE, parameter: value})


def test_create_refuses_twiml_over_4000_characters(run: Run, httpx_mock: HTTPXMock) -> None:
    twiml = "<Response><Say>" + "a" * TWIML_MAX + "</Say></Response>"
    message = refused(run, httpx_mock, "twiml", "create", to="+15558675310", from_="+1501", twiml=twiml)
    assert "4000" in message


def test_create_accepts_twiml_of_exactly_4000_characters(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json={"sid": CA, "account_sid": AC})
    twiml = "<Response><Say>" + "a" * (TWIML_MAX - 32) + "</Say></Response>"
    assert len(twiml) == TWIML_MAX
    CallsClient(AC, TOKEN).create(to="+15558675310", from_="+1501", twiml=twiml)


@pytest.mark.parametrize("arguments", [{}, {"url": "https://e.com/t", "twiml": "<Response/>"}])
def test_redirect_needs_url_or_twiml(run: Run, httpx_mock: HTTPXMock, arguments: dict[str, str]) -> None:
    refused(run, httpx_mock, "url / twiml", "redirect", CA, **arguments)


@pytest.mark.parametrize(
    ("parameter", "value"),
    [("status", "hung-up"), ("method", "DELETE"), ("url", "not a url"), ("twiml", "x" * 4001), ("time_limit", -1)],
)
def test_update_refuses_bad_values(run: Run, httpx_mock: HTTPXMock, parameter: str, value: object) -> None:
    refused(run, httpx_mock, parameter, "update", CA, **{parameter: value})


def test_update_with_nothing_to_change(run: Run, httpx_mock: HTTPXMock) -> None:
    refused(run, httpx_mock, "params", "update", CA)


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("status", "ringin"),
        ("started_after", "yesterday"),
        ("ended_before", datetime(2026, 1, 1, 12)),  # naive: which timezone?
        ("page_size", 0),
        ("page_size", 1001),
        ("limit", 0),
        ("parent_call_sid", "CA1"),
        ("sort", "asc"),
    ],
)
def test_list_refuses_bad_filters(run: Run, httpx_mock: HTTPXMock, parameter: str, value: object) -> None:
    refused(run, httpx_mock, parameter, "list", **{parameter: value})


@pytest.mark.parametrize(
    ("options", "parameter"),
    [
        ({"base_url": "http://api.example.com"}, "base_url"),
        ({"base_url": "ftp://127.0.0.1"}, "base_url"),
        ({"max_retries": -1}, "max_retries"),
        ({"region": "au1/../x"}, "region"),
    ],
)
def test_client_options_are_checked(options: dict[str, Any], parameter: str) -> None:
    with pytest.raises(ValidationError) as caught:
        CallsClient(AC, TOKEN, **options)
    assert caught.value.parameter == parameter


@pytest.mark.parametrize("base_url", ["http://127.0.0.1:8080", "http://localhost:9000", "http://[::1]:8080"])
def test_plain_http_is_allowed_to_loopback(base_url: str) -> None:
    assert CallsClient(AC, TOKEN, base_url=base_url).base_url == base_url


def test_missing_credentials_name_what_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ValidationError, match="TWILIO_ACCOUNT_SID"):
        CallsClient()
    with pytest.raises(ValidationError, match="TWILIO_AUTH_TOKEN"):
        CallsClient(AC)
    with pytest.raises(ValidationError) as caught:
        CallsClient(AC, api_key="SKx")
    assert caught.value.parameter == "api_secret"
    with pytest.raises(ValidationError) as caught:
        CallsClient("not-a-sid", TOKEN)
    assert caught.value.parameter == "account_sid"


def test_signalwire_space_is_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        CallsClient.signalwire(space="evil.com/x", project_id="b3877c40-da60-4998-90ad-b792e98472af", api_token="t")
    assert caught.value.parameter == "space"


BOUNDED = [
    (op_id, param)
    for op_id, op in OPERATIONS["twilio"].items()
    for param in op.params
    if param.type == "integer" and (param.minimum is not None or param.maximum is not None) and not param.paging
]


def _with(op_id: str, name: str, value: object) -> tuple[str, tuple[object, ...], dict[str, object]]:
    if op_id == "create_call":
        return "create", (), {**CREATE, name: value}
    if op_id == "update_call":
        return "update", (CA,), {name: value}
    return "list", (), {name: value, "limit": 1} if name != "page_size" else {name: value}


@pytest.mark.parametrize(("op_id", "param"), BOUNDED, ids=[f"{op}.{p.wire}" for op, p in BOUNDED])
def test_every_documented_bound_is_enforced_at_its_edges(
    run: Run, httpx_mock: HTTPXMock, op_id: str, param: Any
) -> None:
    """The bounds come from the generated surface, which regenerate.py --check keeps equal to the document."""
    assert param.minimum is not None
    method, args, kwargs = _with(op_id, param.name, int(param.minimum) - 1)
    refused(run, httpx_mock, param.name, method, *args, **kwargs)
    if param.maximum is not None:
        method, args, kwargs = _with(op_id, param.name, int(param.maximum) + 1)
        refused(run, httpx_mock, param.name, method, *args, **kwargs)


def test_typed_parameters_name_every_documented_parameter() -> None:
    from twilio_calls import CreateCallParams, UpdateCallParams

    for typed, op_id in ((CreateCallParams, "create_call"), (UpdateCallParams, "update_call")):
        # The typed keywords are the union of every provider's parameters; each client checks its own.
        names = {param.name for ops in OPERATIONS.values() for param in ops[op_id].params}
        assert set(typed.__annotations__) == names
    assert CreateCallParams.__required_keys__ == {"to", "from_"}


@pytest.mark.parametrize("value", ["abc", -1, 0, True, float("inf")])
def test_bad_timeouts_are_refused_before_sending(run: Run, httpx_mock: HTTPXMock, value: object) -> None:
    refused(run, httpx_mock, "request_timeout", "fetch", CA, request_timeout=value)
    refused(run, httpx_mock, "request_timeout", "create", **CREATE, request_timeout=value)
    with pytest.raises(ValidationError) as caught:
        CallsClient(AC, TOKEN, timeout=value)
    assert caught.value.parameter == "timeout"


@pytest.mark.parametrize("base_url", [42, "https://user:pw@api.example.com", "https://:secret@api.example.com"])
def test_base_url_must_be_a_plain_string_url(base_url: object) -> None:
    with pytest.raises(ValidationError) as caught:
        CallsClient(AC, TOKEN, base_url=base_url)  # type: ignore[arg-type]
    assert caught.value.parameter == "base_url"
    assert "secret" not in str(caught.value) and "pw" not in str(caught.value)


@pytest.mark.parametrize("name", ["page", "page_token"])
def test_paging_cursors_are_the_clients_own(run: Run, httpx_mock: HTTPXMock, name: str) -> None:
    message = refused(run, httpx_mock, name, "list", **{name: 1 if name == "page" else "PA1"})
    assert "paging is done by the client" in message and "signalwire" not in message


@pytest.mark.parametrize(
    ("method", "args", "name", "hint"),
    [
        ("create", (), "stauts_callback", "did you mean 'status_callback'?"),
        ("list", (), "page_szie", "did you mean 'page_size'?"),
        ("update", (CA,), "urll", "did you mean 'url'?"),
        ("create", (), "colour", "help() of CallsClient.create lists them"),
    ],
)
async def test_an_unknown_keyword_names_the_nearest_parameter(
    make_client: MakeClient, httpx_mock: HTTPXMock, method: str, args: tuple[str, ...], name: str, hint: str
) -> None:
    params = {**CREATE} if method == "create" else {}
    with pytest.raises(ValidationError) as caught:
        if method == "list":
            await make_client().collect(**{name: 2})
        else:
            await make_client().call(method, *args, **params, **{name: "x"})
    assert caught.value.parameter == name
    op_id = {"create": "create_call", "list": "list_calls", "update": "update_call"}[method]
    assert str(caught.value) == f"{name}: not a parameter of {op_id}; {hint}"  # not a list of every name
    assert httpx_mock.get_requests() == []
