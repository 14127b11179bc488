"""Error mapping (issue 3): every failure becomes a typed TwilioCallsError that names the request, not its secret.

Each test runs against CallsClient and AsyncCallsClient (the make_client fixture in conftest.py).
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

import httpx
import pytest
from _clients import CA
from conftest import Driver
from pytest_httpx import HTTPXMock

from twilio_calls import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InvalidResponseError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TwilioCallsError,
)

NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)

MakeClient = Callable[..., Driver]


@pytest.fixture(autouse=True)
def _no_real_sleep(sleeps: list[float]) -> None:
    """Any retry in this module is recorded instead of slept."""


SW_CALL = "3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b"  # SignalWire call SIDs are UUIDs


def sid_of(api: Driver) -> str:
    """A call SID of the client's provider's form."""
    return CA if api.client.provider == "twilio" else SW_CALL


def call_path(api: Driver) -> str:
    return f"/2010-04-01/Accounts/{api.client.account_sid}/Calls/{sid_of(api)}.json"


def host(api: Driver) -> str:
    """The host the client talks to, as errors name it (api.twilio.com, example.signalwire.com)."""
    return api.client.base_url.split("://")[1].split("/")[0]


def list_path(api: Driver) -> str:
    return f"/2010-04-01/Accounts/{api.client.account_sid}/Calls.json"


def twilio_error(status: int, code: int, message: str) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def secrets_of(api: Driver) -> list[str]:
    """The token, its base64, and the base64 of the whole basic-auth pair as the header carries it."""
    pair = f"{api.client.account_sid}:{api.secret}".encode()
    return [api.secret, base64.b64encode(api.secret.encode()).decode(), base64.b64encode(pair).decode()]


def assert_no_secret(api: Driver, error: BaseException) -> None:
    shown = [str(error), repr(error), repr(vars(error))]
    cause = error.__cause__ or error.__context__
    if cause is not None:
        shown += [str(cause), repr(cause)]
    for text in shown:
        for secret in secrets_of(api):
            assert secret not in text


# Operations that send one request whatever happens when retries are off: (method, args, kwargs, HTTP method, path).
OPERATIONS: dict[str, tuple[str, tuple[Any, ...], dict[str, Any], str, Callable[[Driver], str]]] = {
    "fetch": ("fetch", (CA,), {}, "GET", call_path),
    "list": ("collect", (), {}, "GET", list_path),
    "create": (
        "create",
        (),
        {"to": "+15558675310", "from_": "+15017122661", "url": "https://example.com/t"},
        "POST",
        list_path,
    ),
    "hangup": ("hangup", (CA,), {}, "POST", call_path),
    "delete": ("delete", (CA,), {}, "DELETE", call_path),
}


async def run(api: Driver, operation: str) -> Any:
    method, args, kwargs, _, _ = OPERATIONS[operation]
    args = tuple(sid_of(api) if arg == CA else arg for arg in args)
    if method == "collect":
        return await api.collect(**kwargs)
    return await api.call(method, *args, **kwargs)


# --- API errors by status ---------------------------------------------------------------------------------------

STATUS_CASES = [
    (401, AuthenticationError, 20003, "Authenticate"),
    (403, AuthenticationError, 20403, "Permission denied for this account"),
    (404, NotFoundError, 20404, f"The requested resource /2010-04-01/Accounts/AC/Calls/{CA}.json was not found"),
    (409, ConflictError, 20409, "Conflict"),
    (429, RateLimitError, 20429, "Too Many Requests"),
    (500, ServerError, 20500, "An internal server error has occurred"),
    (502, ServerError, 20502, "Bad Gateway"),
    (503, ServerError, 20503, "Service Unavailable"),
    (504, ServerError, 20504, "Gateway Timeout"),
    (520, ServerError, 20500, "Unknown Error"),
]


@pytest.mark.parametrize(("status", "error_class", "code", "message"), STATUS_CASES)
async def test_error_status_maps_to_its_class_with_every_detail(
    make_client: MakeClient, httpx_mock: HTTPXMock, status: int, error_class: type[APIError], code: int, message: str
) -> None:
    api = make_client(max_retries=0)
    httpx_mock.add_response(status_code=status, json=twilio_error(status, code, message))

    with pytest.raises(error_class) as caught:
        await api.call("fetch", CA)

    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, APIError) and isinstance(error, TwilioCallsError)
    assert (error.status, error.code, error.message) == (status, code, message)
    assert error.more_info == f"https://www.twilio.com/docs/errors/{code}"
    assert (error.method, error.path) == ("GET", call_path(api))
    assert error.may_have_succeeded is False
    text = str(error)
    assert f"GET {call_path(api)} -> HTTP {status} (error {code})" in text
    assert error.more_info in text
    assert len(httpx_mock.get_requests()) == 1


async def test_bad_request_carries_twilio_code_21220(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client()
    body = twilio_error(400, 21220, "Call is not in-progress. Cannot redirect.")
    httpx_mock.add_response(status_code=400, json=body)

    with pytest.raises(BadRequestError) as caught:
        await api.call("redirect", CA, url="https://example.com/next")

    error = caught.value
    assert (error.status, error.code, error.method, error.path) == (400, 21220, "POST", call_path(api))
    assert error.message == "Call is not in-progress. Cannot redirect."
    assert error.more_info == "https://www.twilio.com/docs/errors/21220"
    assert str(error) == (
        f"POST {call_path(api)} -> HTTP 400 (error 21220): Call is not in-progress. Cannot redirect."
        f" See https://www.twilio.com/docs/errors/21220 (host {host(api)})"
    )
    assert len(httpx_mock.get_requests()) == 1  # a 400 is never retried


async def test_other_4xx_is_a_plain_api_error(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client()
    httpx_mock.add_response(status_code=418, json=twilio_error(418, 21201, "Teapot"))

    with pytest.raises(APIError) as caught:
        await api.call("fetch", CA)

    assert type(caught.value) is APIError
    assert (caught.value.status, caught.value.code) == (418, 21201)
    assert len(httpx_mock.get_requests()) == 1


# --- Retry-After on 429 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "low", "high"),
    [
        ("17", 17.0, 17.0),
        ("0.5", 0.5, 0.5),
        # HTTP-dates, made when the test runs: half a minute ahead (whole seconds on the wire, and the wait
        # left is measured when the response is read), and five minutes ago, which means "now".
        ("HTTP-date +30.5", 20.0, 30.5),
        ("HTTP-date -300", 0.0, 0.0),
    ],
    ids=["seconds", "fraction", "http-date", "past-date"],
)
async def test_rate_limit_error_reads_retry_after(
    make_client: MakeClient, httpx_mock: HTTPXMock, header: str, low: float, high: float
) -> None:
    api = make_client(max_retries=0)
    if header.startswith("HTTP-date "):
        header = formatdate(time.time() + float(header.removeprefix("HTTP-date ")), usegmt=True)
    httpx_mock.add_response(
        status_code=429, headers={"Retry-After": header}, json=twilio_error(429, 20429, "Too Many Requests")
    )

    with pytest.raises(RateLimitError) as caught:
        await api.call("fetch", CA)

    assert caught.value.retry_after is not None
    assert low <= caught.value.retry_after <= high


@pytest.mark.parametrize("header", [None, "", "soon", "Thu, 99 Foo 2024 99:99:99 GMT"])
async def test_missing_or_unreadable_retry_after_is_none(
    make_client: MakeClient, httpx_mock: HTTPXMock, header: str | None
) -> None:
    api = make_client(max_retries=0)
    headers = {} if header is None else {"Retry-After": header}
    httpx_mock.add_response(status_code=429, headers=headers, json=twilio_error(429, 20429, "Too Many Requests"))

    with pytest.raises(RateLimitError) as caught:
        await api.call("fetch", CA)

    assert caught.value.retry_after is None


# --- Error bodies that are not Twilio's JSON ---------------------------------------------------------------------


@pytest.mark.parametrize("operation", list(OPERATIONS))
async def test_html_502_from_a_proxy_is_a_server_error(
    make_client: MakeClient, httpx_mock: HTTPXMock, operation: str
) -> None:
    api = make_client(max_retries=0)
    httpx_mock.add_response(status_code=502, html=NGINX_502)

    with pytest.raises(ServerError) as caught:
        await run(api, operation)

    error = caught.value
    _, _, _, http_method, path_of = OPERATIONS[operation]
    assert (error.status, error.code, error.more_info) == (502, None, None)
    assert (error.method, error.path) == (http_method, path_of(api))
    assert "Bad Gateway" in error.message
    assert "\n" not in error.message and "\r" not in error.message  # one line, whatever the page layout
    assert not isinstance(error, ValueError)
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(
    ("status", "body", "content_type", "error_class"),
    [
        (520, b"", None, ServerError),
        (503, b"upstream connect error or disconnect/reset before headers", "text/plain", ServerError),
        (404, b'[{"code": 20404, "message": "Not found"}]', "application/json", NotFoundError),
        (401, b'{"code": 20003, "message": "Authent', "application/json", AuthenticationError),
        (400, b"null", "application/json", BadRequestError),
        (500, b'{"code": [20500], "message": 42, "more_info": ["x"]}', "application/json", ServerError),
        (409, b"\xff\xfe\x00garbage", "application/octet-stream", ConflictError),
    ],
    ids=[
        "520-empty",
        "503-text",
        "404-json-array",
        "401-truncated-json",
        "400-json-null",
        "500-wrong-types",
        "409-binary",
    ],
)
async def test_error_body_that_is_not_twilio_json_still_gives_the_typed_error(
    make_client: MakeClient,
    httpx_mock: HTTPXMock,
    status: int,
    body: bytes,
    content_type: str | None,
    error_class: type[APIError],
) -> None:
    api = make_client(max_retries=0)
    headers = {"Content-Type": content_type} if content_type else {}
    httpx_mock.add_response(status_code=status, content=body, headers=headers)

    with pytest.raises(error_class) as caught:
        await api.call("fetch", CA)

    error = caught.value
    assert type(error) is error_class
    assert error.status == status
    # A JSON object cut short still gives the fields that came before the cut (401-truncated-json).
    assert error.code == (20003 if status == 401 else None) and error.more_info is None
    assert isinstance(error.message, str) and error.message
    assert error.message == "Authent" if status == 401 else True
    assert (error.method, error.path) == ("GET", call_path(api))
    assert not isinstance(error, ValueError)
    assert str(error).startswith(f"GET {call_path(api)} -> HTTP {status}")


# --- SignalWire's error body -------------------------------------------------------------------------------------

SIGNALWIRE_MORE_INFO = "https://developer.signalwire.com/compatibility-api/reference/error-codes"


@pytest.mark.parametrize("operation", list(OPERATIONS))
async def test_signalwire_errors_array_gives_the_same_typed_error(
    make_client: MakeClient, httpx_mock: HTTPXMock, operation: str
) -> None:
    api = make_client(signalwire=True, max_retries=0)
    body = {"errors": [{"code": "21205", "message": "Url is not a valid URL.", "more_info": SIGNALWIRE_MORE_INFO}]}
    httpx_mock.add_response(status_code=400, json=body)

    with pytest.raises(BadRequestError) as caught:
        await run(api, operation)

    error = caught.value
    _, _, _, http_method, path_of = OPERATIONS[operation]
    path = "/api/laml" + path_of(api)
    assert (error.status, error.code, error.code_text) == (400, 21205, "21205")
    assert (error.message, error.more_info) == ("Url is not a valid URL.", SIGNALWIRE_MORE_INFO)
    assert (error.method, error.path) == (http_method, path)
    assert str(error) == (
        f"{http_method} {path} -> HTTP 400 (error 21205): Url is not a valid URL. See {SIGNALWIRE_MORE_INFO}"
        f" (host {host(api)})"
    )


async def test_a_code_that_is_not_a_number_is_kept_as_text(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client(signalwire=True)
    body = {"errors": [{"code": "invalid_parameter", "message": "MaxPricePerMinute is invalid", "more_info": None}]}
    httpx_mock.add_response(status_code=422, json=body)

    with pytest.raises(APIError) as caught:
        await run(api, "create")

    error = caught.value
    assert (error.code, error.code_text, error.message, error.more_info) == (
        None,
        "invalid_parameter",
        "MaxPricePerMinute is invalid",
        None,
    )
    assert "(error invalid_parameter): MaxPricePerMinute is invalid." in str(error)


async def test_every_message_of_the_errors_array_is_kept(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    api = make_client(signalwire=True)
    body = {
        "errors": [
            {"code": "21201", "message": "To is required.", "more_info": SIGNALWIRE_MORE_INFO},
            {"code": "21213", "message": "From is required.", "more_info": SIGNALWIRE_MORE_INFO},
            {"code": "21213", "message": "From is required.", "more_info": SIGNALWIRE_MORE_INFO},
        ]
    }
    httpx_mock.add_response(status_code=400, json=body)

    with pytest.raises(BadRequestError) as caught:
        await run(api, "create")

    assert (caught.value.code, caught.value.message) == (21201, "To is required.; From is required.")


@pytest.mark.parametrize(
    ("body", "code", "code_text"),
    [
        ({"code": 21220, "message": "m"}, 21220, "21220"),
        ({"code": "21220", "message": "m"}, 21220, "21220"),
        ({"code": " 21220 ", "message": "m"}, 21220, "21220"),
        ({"code": True, "message": "m"}, None, None),
        ({"code": "", "message": "m"}, None, None),
        ({"code": "\u0663", "message": "m"}, None, "\u0663"),
        ({"errors": [], "message": "m"}, None, None),
        ({"errors": ["x", {"code": "30010", "message": "m"}]}, 30010, "30010"),
        ({"errors": "nope", "message": "m"}, None, None),
    ],
    ids=["int", "text", "spaced", "bool", "empty", "other-digits", "no-entries", "skips-non-objects", "not-a-list"],
)
async def test_code_is_a_number_only_when_it_is_one(
    make_client: MakeClient, httpx_mock: HTTPXMock, body: dict[str, Any], code: int | None, code_text: str | None
) -> None:
    api = make_client(max_retries=0)
    httpx_mock.add_response(status_code=400, json=body)

    with pytest.raises(BadRequestError) as caught:
        await api.call("fetch", CA)

    assert (caught.value.code, caught.value.code_text, caught.value.message) == (code, code_text, "m")


# --- 2xx bodies that are not what the API sends ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "status", "body"),
    [
        ("fetch", 200, b"<html><body>Welcome to our captive portal</body></html>"),
        ("fetch", 200, b'{"sid": "CAfedcba9876543210fedcba9876543210", "status": "in-pro'),
        ("list", 200, b"<!DOCTYPE html><html><title>Maintenance</title></html>"),
        ("list", 200, b'{"calls": [{"sid": "CAfedcba98765432'),
        ("hangup", 200, b'{"sid": '),
        ("create", 201, b"<html>Created, sort of</html>"),
    ],
    ids=["fetch-html", "fetch-truncated", "list-html", "list-truncated", "hangup-truncated", "create-html"],
)
async def test_success_status_with_unreadable_body_is_invalid_response(
    make_client: MakeClient, httpx_mock: HTTPXMock, operation: str, status: int, body: bytes
) -> None:
    api = make_client()
    httpx_mock.add_response(status_code=status, content=body, headers={"Content-Type": "text/html"})

    with pytest.raises(InvalidResponseError) as caught:
        await run(api, operation)

    error = caught.value
    _, _, _, http_method, path_of = OPERATIONS[operation]
    assert isinstance(error, TwilioCallsError) and not isinstance(error, ValueError)
    assert (error.method, error.path, error.status) == (http_method, path_of(api), status)
    assert len(httpx_mock.get_requests()) == 1  # not retried: the server answered
    # A create that got a 201 with a broken body may well have placed the call.
    assert error.may_have_succeeded is (operation == "create")


# --- Network failures ----------------------------------------------------------------------------------------------

NETWORK_CASES = [
    (httpx.ConnectError("[Errno 111] Connection refused"), APIConnectionError, False),
    (httpx.ReadError("[Errno 104] Connection reset by peer"), APIConnectionError, True),
    (httpx.RemoteProtocolError("Server disconnected without sending a response."), APIConnectionError, True),
    (httpx.ReadTimeout("The read operation timed out"), APITimeoutError, True),
    (httpx.ConnectTimeout("timed out"), APITimeoutError, False),
]


@pytest.mark.parametrize(
    ("exception", "error_class", "request_sent"), NETWORK_CASES, ids=[type(c[0]).__name__ for c in NETWORK_CASES]
)
async def test_network_failure_maps_to_connection_or_timeout_error(
    make_client: MakeClient,
    httpx_mock: HTTPXMock,
    exception: httpx.TransportError,
    error_class: type[APIConnectionError],
    request_sent: bool,
) -> None:
    api = make_client(max_retries=0)
    httpx_mock.add_exception(exception)

    with pytest.raises(error_class) as caught:
        await api.call("fetch", CA)

    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, APIConnectionError) and isinstance(error, TwilioCallsError)
    assert (error.method, error.path, error.request_sent) == ("GET", call_path(api), request_sent)
    # On the fast client the failure arrives as aiohttp's exception, and becomes the same httpx one again.
    assert error.__cause__ is exception or type(error.__cause__) is type(exception)
    assert str(error).startswith(f"GET {call_path(api)}: {type(exception).__name__}")
    assert error.host == host(api) and str(error).endswith(f" (host {host(api)})")
    assert error.request_id is None  # no response arrived
    assert len(httpx_mock.get_requests()) == 1


# --- Secrets -------------------------------------------------------------------------------------------------------

LEAK_CASES: list[tuple[str, Callable[[HTTPXMock], None]]] = [
    ("401", lambda m: m.add_response(status_code=401, json=twilio_error(401, 20003, "Authenticate"))),
    ("502-html", lambda m: m.add_response(status_code=502, html=NGINX_502)),
    ("429", lambda m: m.add_response(status_code=429, headers={"Retry-After": "3"}, json={})),
    ("connect", lambda m: m.add_exception(httpx.ConnectError("Connection refused"))),
    ("read-timeout", lambda m: m.add_exception(httpx.ReadTimeout("timed out"))),
    ("bad-2xx", lambda m: m.add_response(status_code=201, text="<html>oops</html>")),
]


@pytest.mark.parametrize("operation", ["fetch", "create"])
@pytest.mark.parametrize(("name", "respond"), LEAK_CASES, ids=[case[0] for case in LEAK_CASES])
async def test_auth_token_never_appears_in_an_error(
    make_client: MakeClient,
    httpx_mock: HTTPXMock,
    operation: str,
    name: str,
    respond: Callable[[HTTPXMock], None],
) -> None:
    api = make_client(max_retries=0)
    if name == "bad-2xx" and operation == "fetch":
        httpx_mock.add_response(status_code=200, text="<html>oops</html>")
    else:
        respond(httpx_mock)

    with pytest.raises(TwilioCallsError) as caught:
        await run(api, operation)

    # The request did carry the secret, so its absence from the error is meaningful.
    sent = httpx_mock.get_request()
    assert sent is not None and sent.headers["Authorization"] == "Basic " + secrets_of(api)[2]
    assert_no_secret(api, caught.value)


@pytest.mark.parametrize("preamble", [0, 87], ids=["header-whole", "header-cut-by-the-snippet"])
async def test_error_page_echoing_the_request_headers_does_not_leak_the_token(
    make_client: MakeClient, httpx_mock: HTTPXMock, preamble: int
) -> None:
    """Some debugging proxies answer 400/5xx with a dump of the request, Authorization header included."""
    api = make_client(max_retries=0)

    def echo_headers(request: httpx.Request) -> httpx.Response:
        # The message keeps only the start of a non-JSON body: put the header inside it, or across its end.
        headers = sorted(request.headers.items(), key=lambda item: item[0].lower() != "authorization")
        dump = "\n".join(f"{name}: {value}" for name, value in headers)
        return httpx.Response(400, text=f"Bad request{'.' * preamble}\n{dump}")

    httpx_mock.add_callback(echo_headers)

    with pytest.raises(BadRequestError) as caught:
        await api.call("fetch", CA)

    assert "Bad request" in caught.value.message
    assert_no_secret(api, caught.value)
    # With the preamble, the snippet's 200-character cut falls inside the header's base64, after 80 characters
    # that decode to the account SID and most of the token.
    assert secrets_of(api)[2][:80] not in caught.value.message


async def test_token_is_absent_from_a_json_error_that_quotes_it(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    """A server that quotes the credentials it rejected must not make the exception carry them."""
    api = make_client(max_retries=0)

    def quote_credentials(request: httpx.Request) -> httpx.Response:
        body = {"code": 20003, "message": f"Bad credentials: {request.headers['Authorization']}", "status": 401}
        return httpx.Response(401, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})

    httpx_mock.add_callback(quote_credentials)

    with pytest.raises(AuthenticationError) as caught:
        await api.call("fetch", CA)

    assert caught.value.code == 20003
    assert_no_secret(api, caught.value)


@pytest.mark.parametrize("escape", [b"\\u00e9", b"\\\\"], ids=["unicode", "backslash"])
async def test_a_message_cut_inside_an_escape_keeps_its_start(
    make_client: MakeClient, httpx_mock: HTTPXMock, escape: bytes
) -> None:
    # Past the 64 KiB read, the body ends wherever the cut falls, even inside an escape sequence.
    for lead in (b"a", b""):
        body = b'{"code": 21201, "message": "' + lead + escape * 40_000
        httpx_mock.add_response(status_code=400, content=body, headers={"Content-Type": "application/json"})
        with pytest.raises(BadRequestError) as caught:
            await make_client(max_retries=0).call("fetch", CA)
        assert caught.value.code == 21201
        assert caught.value.message.startswith(lead.decode() + ("é" if escape == b"\\u00e9" else "\\") * 10)
