"""The public surface is exactly __all__, and secrets never leak."""

from __future__ import annotations

import base64
import logging
from enum import Enum
from pathlib import Path

import pytest
import yaml
from _clients import AC, CA, CALL_URL, TOKEN, call_body
from pytest_httpx import HTTPXMock

import twilio_calls
import twilio_calls_api.models
from twilio_calls import AsyncCallsClient, CallsClient

EXPECTED = {
    "API_SPEC_SHA256",
    "API_SPEC_VERSION",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncCallsClient",
    "AuthenticationError",
    "BadRequestError",
    "Call",
    "CallsClient",
    "ConflictError",
    "CreateCallParams",
    "InvalidResponseError",
    "CallsPage",
    "ListCallsParams",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "Page",
    "RateLimitError",
    "RedirectError",
    "Resource",
    "ServerError",
    "TwilioCallsError",
    "UpdateCallParams",
    "ValidationError",
    "WaitTimeoutError",
    "__version__",
}


# Every enum the document declares is exported as well, under its own name (generated: twilio_calls_api/enums.py).
ENUMS = {
    "AnsweredBy",
    "AsyncAmd",
    "BankAccountType",
    "CallStatus",
    "CallbackStatus",
    "Direction",
    "HttpMethod",
    "MachineDetection",
    "MediaTrack",
    "PauseBehavior",
    "PaymentCapture",
    "PaymentConfirmation",
    "PaymentInput",
    "PaymentMethod",
    "PaymentUpdateStatus",
    "RecordingChannels",
    "RecordingSource",
    "RecordingStatus",
    "RecordingStatusCallbackEvent",
    "RecordingTrack",
    "RecordingUpdateStatus",
    "SiprecStatus",
    "SiprecUpdateStatus",
    "StatusCallbackEvent",
    "StreamStatus",
    "StreamUpdateStatus",
    "TokenType",
    "TranscriptionStatus",
    "TranscriptionUpdateStatus",
    "Trim",
    "UpdateStatus",
}

# Every other kind of object an operation answers with, under its schema's name (generated: objects.py).
OBJECTS = {
    "Event",
    "Notification",
    "Payment",
    "RealtimeTranscription",
    "Recording",
    "Siprec",
    "Stream",
    "UserDefinedMessage",
    "UserDefinedMessageSubscription",
}


def test_all_is_pinned() -> None:
    assert set(twilio_calls.__all__) == EXPECTED | ENUMS | OBJECTS
    assert len(twilio_calls.__all__) == len(EXPECTED | ENUMS | OBJECTS)


def test_the_exported_enums_are_the_documents() -> None:
    document = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi" / "calls.yaml").read_text())
    declared = {name for name, schema in document["components"]["schemas"].items() if "enum" in schema}
    assert declared == ENUMS
    for name in ENUMS:
        enum = getattr(twilio_calls, name)
        assert issubclass(enum, Enum) and enum is getattr(twilio_calls_api.models, name)


def test_public_names_resolve_and_nothing_private_leaks() -> None:
    for name in twilio_calls.__all__:
        assert getattr(twilio_calls, name) is not None
    # ("@py_..." names come from pytest rewriting the package, which hosts our pytest plugin.)
    public = {name for name in dir(twilio_calls) if not name.startswith(("_", "@"))}
    assert public <= EXPECTED | ENUMS | OBJECTS | {"webhooks", "sandbox", "pytest_plugin"}


def test_error_classes_share_one_base() -> None:
    for name in twilio_calls.__all__:
        value = getattr(twilio_calls, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, twilio_calls.TwilioCallsError)


def test_spec_record_is_readable_next_to_the_version() -> None:
    from twilio_calls_api import _source

    assert twilio_calls.API_SPEC_SHA256 == _source.SPEC_SHA256 and len(twilio_calls.API_SPEC_SHA256) == 64
    assert twilio_calls.API_SPEC_VERSION == _source.SPEC_VERSION
    assert twilio_calls.__version__.count(".") == 2


SECRETS = (TOKEN, base64.b64encode(f"{AC}:{TOKEN}".encode()).decode(), "key-secret")


def _assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


@pytest.mark.parametrize("client_class", [CallsClient, AsyncCallsClient])
def test_secrets_not_in_repr_or_str(client_class: type[CallsClient]) -> None:
    for client in (client_class(AC, TOKEN), client_class(AC, api_key="SKabc", api_secret="key-secret")):
        _assert_no_secret(repr(client) + str(client) + repr(vars(client)) + repr(client._http.auth))
        assert "<hidden>" in repr(client)


def test_secrets_not_in_logs_or_errors(httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture) -> None:
    httpx_mock.add_response(url=CALL_URL, status_code=401, json={"code": 20003, "message": "Authenticate"})
    caplog.set_level(logging.DEBUG)
    client = CallsClient(AC, TOKEN, max_retries=0)
    with pytest.raises(twilio_calls.AuthenticationError) as caught:
        client.fetch(CA)
    _assert_no_secret(str(caught.value) + repr(caught.value) + repr(vars(caught.value)))
    _assert_no_secret(caplog.text)
    assert f"GET /2010-04-01/Accounts/{AC}/Calls/{CA}.json -> 401" in caplog.text


def test_logging_names_method_path_status(httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture) -> None:
    httpx_mock.add_response(url=CALL_URL, json=call_body())
    caplog.set_level(logging.INFO, logger="twilio_calls")
    CallsClient(AC, TOKEN).fetch(CA)
    (record,) = [r for r in caplog.records if r.name == "twilio_calls"]
    assert record.getMessage().startswith(f"GET /2010-04-01/Accounts/{AC}/Calls/{CA}.json -> 200 in ")
    assert record.getMessage().endswith("ms (attempt 1)")


def _modules_after(statement: str) -> set[str]:
    import subprocess
    import sys

    code = f"import sys; {statement}; print(' '.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_import_is_light() -> None:
    """`import twilio_calls` loads neither httpx nor the generated client (only the names of its enums, from a
    module that imports nothing); using a name loads what it needs."""
    loaded = _modules_after("import twilio_calls")
    assert not {"httpx", "dateutil", "twilio_calls._client", "twilio_calls_api.models", "twilio_calls_api.surface"} & (
        loaded
    )
    assert {name for name in loaded if name.startswith("twilio_calls_api")} == {
        "twilio_calls_api",
        "twilio_calls_api.enums",
        "twilio_calls_api.objects",
    }
    loaded = _modules_after("from twilio_calls import CallsClient")
    assert {"httpx", "twilio_calls._client"} <= loaded
    # attrs and the generated models cost about as much as httpx: they load with the first operation.
    heavy = {
        "attrs",
        "twilio_calls_api.client",
        "twilio_calls_api.models",
        "dateutil",
        "twilio_calls.sandbox",
        "twilio_calls.webhooks",
        "twilio_calls._cli",
    }
    assert not heavy & loaded
    loaded = _modules_after(f"from twilio_calls import CallsClient; CallsClient('{AC}', 'token')")
    assert not heavy & loaded
    loaded = _modules_after(f"from twilio_calls import CallsClient; CallsClient('{AC}', 'token').list()")
    assert {"twilio_calls_api.surface", "twilio_calls_api.api.calls.list_calls"} <= loaded
    assert not {"dateutil", "aiohttp", "asyncio"} & loaded


@pytest.mark.parametrize(
    ("method", "operation_id"), [("create", "create_call"), ("update", "update_call"), ("list", "list_calls")]
)
@pytest.mark.parametrize("cls", [CallsClient, AsyncCallsClient])
def test_help_lists_every_documented_parameter(cls: type, method: str, operation_id: str) -> None:
    import pydoc

    from twilio_calls_api.surface import OPERATIONS

    text = pydoc.render_doc(getattr(cls, method), renderer=pydoc.plaintext)
    for param in OPERATIONS["twilio"][operation_id].params:
        if not param.paging:
            assert f"{param.name} (" in text, param.name
            assert param.description in " ".join(text.split()), param.name
