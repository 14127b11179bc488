"""What each provider documents as valid is accepted, and sent exactly as the provider expects it.

Sources: Twilio's twilio-oai spec (release 2.6.7) and SignalWire's compatibility API documents
(README, "Twilio and SignalWire", lists them); each bound's source is also in openapi/calls.yaml.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from _clients import CALLS_URL, call_body
from conftest import Driver
from pytest_httpx import HTTPXMock

from twilio_calls import ValidationError
from twilio_calls_api.models import Direction

MakeClient = Callable[..., Driver]
BASE_ARGS = {"to": "+15558675310", "from_": "+15017122661", "url": "https://example.com/twiml"}
BASE_BODY = b"To=%2B15558675310&From=%2B15017122661&Url=https%3A%2F%2Fexample.com%2Ftwiml"


@pytest.mark.parametrize(("digits", "wire"), [("W1234#", b"W1234%23"), ("ABCD*w9", b"ABCD%2Aw9")])
async def test_twilio_takes_send_digits_with_letters_and_long_pauses(
    make_client: MakeClient, httpx_mock: HTTPXMock, digits: str, wire: bytes
) -> None:
    httpx_mock.add_response(
        method="POST", url=CALLS_URL, status_code=201, match_content=BASE_BODY + b"&SendDigits=" + wire,
        json=call_body(),
    )  # fmt: skip
    await make_client().call("create", **BASE_ARGS, send_digits=digits)


@pytest.mark.parametrize("digits", ["12a", "1E", "w1 2", "1" * 33])
async def test_twilio_still_refuses_other_send_digits(make_client: MakeClient, digits: str) -> None:
    with pytest.raises(ValidationError) as caught:
        await make_client().call("create", **BASE_ARGS, send_digits=digits)
    assert caught.value.parameter == "send_digits"


def test_trunking_directions_are_members() -> None:
    assert Direction("trunking-originating") is Direction.TRUNKING_ORIGINATING
    assert Direction("trunking-terminating") is Direction.TRUNKING_TERMINATING
