"""Who the sandbox places a call to: the forms of To the document names, and Twilio's 21211 for anything else."""

from __future__ import annotations

import pytest
from _sandbox_helpers import FROM, TO, TWIML_URL, calls_path, raw_client

from twilio_calls import BadRequestError
from twilio_calls.sandbox import Sandbox
from twilio_calls_api.surface import PROVIDER_FACTS


@pytest.fixture(params=["twilio", "signalwire"])
def calls_sandbox_options(request: pytest.FixtureRequest) -> dict[str, object]:
    return {"provider": request.param}


@pytest.mark.parametrize(
    "to",
    [
        TO,
        "15558675310",  # the + is optional, as Twilio normalises a number
        "+1 (555) 867-5310",
        "+1.555.867.5310",
        "+442071838750",
        "+123456789012345",  # E.164's 15 digits
        "client:alice",
        "client:agent_7",
        "sip:alice@example.com",
        "sip:alice@example.com;transport=tls",
        "sips:alice@example.com:5061",
    ],
)
def test_numbers_sip_addresses_and_clients_are_called(calls_sandbox: Sandbox, to: str) -> None:
    with raw_client(calls_sandbox) as http:
        response = http.post(calls_path(calls_sandbox), data={"To": to, "From": FROM, "Url": TWIML_URL})
    assert response.is_success and response.json()["to"] == to


@pytest.mark.parametrize(
    "to",
    [
        "not a number",
        "alice",
        "12",
        "+1234567890123456",  # 16 digits: longer than E.164 allows
        "+1 555 CALL NOW",
        "client:",
        "client:two words",
        "sip:example.com",  # no user part
        "sip:@example.com",
        "mailto:alice@example.com",
        "tel:+15558675310",
    ],
)
def test_anything_else_is_refused_with_21211(calls_sandbox: Sandbox, to: str) -> None:
    with raw_client(calls_sandbox) as http:
        response = http.post(calls_path(calls_sandbox), data={"To": to, "From": FROM, "Url": TWIML_URL})
        assert http.get(calls_path(calls_sandbox)).json()["calls"] == []  # nothing was created
    assert response.status_code == 400
    body = response.json()
    error = body["errors"][0] if "errors" in body else body  # SignalWire's create lists its errors
    more_info = PROVIDER_FACTS[calls_sandbox.provider].error_more_info  # SignalWire's is null
    assert int(error["code"]) == 21211 and error["more_info"] == (more_info and more_info.format(code=21211))
    assert error["message"].startswith(f"The 'To' number {to!r} is not a valid phone number")


def test_the_client_gets_21211_as_a_bad_request(calls_sandbox: Sandbox) -> None:
    with pytest.raises(BadRequestError) as caught:
        calls_sandbox.client().create(to="alice", from_=FROM, url=TWIML_URL)
    assert caught.value.status == 400 and caught.value.code == 21211
