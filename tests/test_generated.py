"""The curated document, the regeneration and the generated package (issue: spec -> generated client)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml
from openapi_spec_validator import validate
from pytest_httpx import HTTPXMock

from twilio_calls_api import Client
from twilio_calls_api.api.calls import create_call, list_calls, update_call
from twilio_calls_api.models import (
    Call,
    CallStatus,
    CreateCallForm,
    HttpMethod,
    StatusCallbackEvent,
    TimesAfter,
    TimesBefore,
    UpdateCallForm,
    UpdateStatus,
)

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "calls.yaml"
BASE = "https://api.twilio.com"
AC = "AC" + "0123456789abcdef" * 2
CA = "CA" + "fedcba9876543210" * 2
# Every operation of Twilio's Calls API and its subresources (issue 19), by tag.
OPERATIONS = {
    "calls": ("create_call", "list_calls", "fetch_call", "update_call", "delete_call"),
    "recordings": (
        "create_call_recording",
        "list_call_recordings",
        "fetch_call_recording",
        "update_call_recording",
        "delete_call_recording",
    ),
    "streams": ("create_call_stream", "update_call_stream"),
    "siprec": ("create_call_siprec", "update_call_siprec"),
    "transcriptions": ("create_call_transcription", "update_call_transcription"),
    "payments": ("create_call_payment", "update_call_payment"),
    "events": ("list_call_events",),
    "notifications": ("list_call_notifications", "fetch_call_notification"),
    "user_defined_messages": ("create_user_defined_message",),
    "user_defined_message_subscriptions": (
        "create_user_defined_message_subscription",
        "delete_user_defined_message_subscription",
    ),
}
ALL = [(tag, name) for tag, names in OPERATIONS.items() for name in names]


def test_document_is_valid_openapi() -> None:
    document = yaml.safe_load(SPEC.read_text())
    validate(document)
    operation_ids = {
        op["operationId"] for item in document["paths"].values() for op in item.values() if "operationId" in op
    }
    assert operation_ids == {name for _, name in ALL}
    assert len(ALL) == 24


@pytest.mark.parametrize(("tag", "name"), ALL)
def test_every_operation_is_generated(tag: str, name: str) -> None:
    module = importlib.import_module(f"twilio_calls_api.api.{tag}.{name}")
    for function in ("sync_detailed", "asyncio_detailed"):
        assert callable(getattr(module, function))
    assert (
        (ROOT / "generated" / "twilio_calls_api" / "api" / tag / f"{name}.py")
        .read_text()
        .startswith("# generated from openapi/calls.yaml; do not edit")
    )


def test_generated_tree_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/regenerate.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_check_names_the_stale_file(tmp_path: Path) -> None:
    """--check must fail and name the file when generated/ was edited by hand (on a copy of the project)."""
    import shutil

    for folder in ("scripts", "openapi", "generated"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    target = tmp_path / "generated" / "twilio_calls_api" / "models" / "trim.py"
    target.write_text(target.read_text() + "# hand edit\n")
    cache = tmp_path / "generated" / "twilio_calls_api" / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "client.cpython-311.pyc").write_bytes(b"bytecode")  # written by imports: never a difference
    result = subprocess.run(
        [sys.executable, "scripts/regenerate.py", "--check"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "differs: generated/twilio_calls_api/models/trim.py" in result.stderr
    assert "__pycache__" not in result.stderr


def test_source_record_matches_document() -> None:
    import hashlib

    from twilio_calls_api import _source

    assert hashlib.sha256(SPEC.read_bytes()).hexdigest() == _source.SPEC_SHA256
    assert _source.GENERATOR == "openapi-python-client 0.29.1"
    assert _source.OVERLAY_PATHS == {"signalwire": "openapi/signalwire.overlay.yaml"}
    overlay = ROOT / "openapi" / "signalwire.overlay.yaml"
    assert {"signalwire": hashlib.sha256(overlay.read_bytes()).hexdigest()} == _source.OVERLAY_SHA256


def test_check_fails_when_the_overlay_changed(tmp_path: Path) -> None:
    """--check covers the overlay too: a SignalWire bound changed without regenerating is stale."""
    import shutil

    for folder in ("scripts", "openapi", "generated"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    overlay = tmp_path / "openapi" / "signalwire.overlay.yaml"
    text = overlay.read_text()
    assert text.count("maximum: 120") == 1
    overlay.write_text(text.replace("maximum: 120", "maximum: 119"))
    result = subprocess.run(
        [sys.executable, "scripts/regenerate.py", "--check"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "differs: generated/twilio_calls_api/surface.py" in result.stderr
    assert "differs: generated/twilio_calls_api/_source.py" in result.stderr


def test_generated_models_carry_every_providers_parameters_and_values() -> None:
    from twilio_calls_api.models import MachineDetection, StatusCallbackEvent

    form = CreateCallForm(
        to="+15558675310",
        from_="+15017122661",
        machine_words_threshold=6,
        async_amd_partial_results=False,
        max_price_per_minute="0.01",
        machine_detection=MachineDetection.NONE,
        status_callback_event=[StatusCallbackEvent.RINGING_FORWARDED],
        time_limit=60,  # Twilio's: the union keeps both providers' parameters
    )
    wire = form.to_dict()
    assert wire["MachineWordsThreshold"] == 6 and wire["AsyncAmdPartialResults"] is False
    assert (wire["MaxPricePerMinute"], wire["MachineDetection"]) == ("0.01", "none")
    assert (wire["StatusCallbackEvent"], wire["TimeLimit"]) == (["ringing_forwarded"], 60)


def test_mypy_strict_passes_on_generated() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout


def _client() -> Client:
    return Client(base_url=BASE)


def test_create_sends_twilio_form_encoding(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{BASE}/2010-04-01/Accounts/{AC}/Calls.json",
        match_content=(
            b"To=%2B15558675310&From=%2B15017122661&Url=https%3A%2F%2Fexample.com%2Ftwiml"
            b"&StatusCallbackEvent=initiated&StatusCallbackEvent=answered&Record=true"
        ),
        status_code=201,
        json={"sid": CA, "account_sid": AC, "status": "queued"},
    )
    form = CreateCallForm(
        to="+15558675310",
        from_="+15017122661",
        url="https://example.com/twiml",
        status_callback_event=[StatusCallbackEvent.INITIATED, StatusCallbackEvent.ANSWERED],
        record=True,
    )
    response = create_call.sync_detailed(AC, client=_client(), body=form)
    assert isinstance(response.parsed, Call)
    assert response.parsed.sid == CA
    assert httpx_mock.get_request().headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_update_sends_status_and_redirect_fields(httpx_mock: HTTPXMock) -> None:
    url = f"{BASE}/2010-04-01/Accounts/{AC}/Calls/{CA}.json"
    httpx_mock.add_response(
        method="POST", url=url, match_content=b"Status=completed", json={"sid": CA, "account_sid": AC}
    )
    httpx_mock.add_response(
        method="POST", url=url, match_content=b"Twiml=%3CResponse%2F%3E&Method=GET", json={"sid": CA, "account_sid": AC}
    )
    update_call.sync_detailed(AC, CA, client=_client(), body=UpdateCallForm(status=UpdateStatus.COMPLETED))
    update_call.sync_detailed(AC, CA, client=_client(), body=UpdateCallForm(twiml="<Response/>", method=HttpMethod.GET))
    assert len(httpx_mock.get_requests()) == 2


def test_all_six_date_filters_reach_the_wire(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"calls": [], "next_page_uri": None})
    list_calls.sync_detailed(
        AC,
        client=_client(),
        status=CallStatus.COMPLETED,
        start_time="2026-01-02",
        end_time="2026-01-03",
        before=TimesBefore(start_time="2026-02-01", end_time="2026-02-02"),
        after=TimesAfter(start_time="2025-12-01", end_time="2025-12-02"),
        page_size=20,
    )
    request = httpx_mock.get_request()
    assert request.url.path == f"/2010-04-01/Accounts/{AC}/Calls.json"
    assert parse_qsl(request.url.query.decode()) == [
        ("Status", "completed"),
        ("StartTime", "2026-01-02"),
        ("EndTime", "2026-01-03"),
        ("StartTime<", "2026-02-01"),
        ("EndTime<", "2026-02-02"),
        ("StartTime>", "2025-12-01"),
        ("EndTime>", "2025-12-02"),
        ("PageSize", "20"),
    ]


TWILIO_CALL = {
    "sid": CA,
    "account_sid": AC,
    "parent_call_sid": "",
    "group_sid": "",
    "trunk_sid": "",
    "status": "held-for-review",  # a status the document does not list
    "price": None,
    "duration": "17",
    "direction": "outbound-api",
    "answered_by": None,
    "date_created": "Fri, 18 Oct 2019 17:00:00 +0000",
    "subresource_uris": {"recordings": f"/2010-04-01/Accounts/{AC}/Calls/{CA}/Recordings.json"},
    "queue_time": "1000",
    "brand_new_field": {"nested": True},
}

SIGNALWIRE_CALL = {
    "sid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "account_sid": "b3877c40-da60-4998-90ad-b792e98472af",
    "parent_call_sid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "status": "queued",
    "direction": "inbound",
    "answered_by": "machine",
    "duration": 20,
    "price": 0.003,
    "annotation": "string",
    "formatted_from": "+13102259067",
    "formatted_to": "(310) 567-8901",
    "date_created": "Wed, 19 Sept 2018 20:00:00 +0000",
}


def test_twilio_body_with_empty_sids_null_price_and_unknown_status_parses() -> None:
    call = Call.from_dict(json.loads(json.dumps(TWILIO_CALL)))
    assert call.parent_call_sid == ""
    assert call.price is None
    assert call.status == "held-for-review" and not isinstance(call.status, CallStatus)
    assert call.additional_properties == {"brand_new_field": {"nested": True}}
    assert call.to_dict()["brand_new_field"] == {"nested": True}


def test_signalwire_body_with_uuids_and_numbers_parses() -> None:
    call = Call.from_dict(SIGNALWIRE_CALL)
    assert call.sid == SIGNALWIRE_CALL["sid"]
    assert call.duration == 20
    assert call.price == 0.003
    assert call.status is CallStatus.QUEUED
    assert call.formatted_from == "+13102259067"


def test_unknown_status_survives_the_generated_list_operation(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"calls": [TWILIO_CALL, SIGNALWIRE_CALL], "page": 0, "next_page_uri": None})
    response = list_calls.sync_detailed(AC, client=_client())
    assert response.status_code == httpx.codes.OK
    page = response.parsed
    assert page is not None and not isinstance(page, dict)
    statuses = [call.status for call in page.calls]  # type: ignore[union-attr]
    assert statuses == ["held-for-review", CallStatus.QUEUED]
