"""Shared numbers and a raw HTTP client for the sandbox tests (which get their sandbox from `calls_sandbox`)."""

from __future__ import annotations

import httpx

from twilio_calls.sandbox import ManualClock, Sandbox

TO = "+15558675310"
FROM = "+15017122661"
TWIML_URL = "https://example.com/twiml"
BUSY_TO = "+15558670002"
NO_ANSWER_TO = "+15558670003"
FAILED_TO = "+15558670004"
RFC2822 = (
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+0000"
)


def raw_client(sandbox: Sandbox) -> httpx.Client:
    """Plain httpx, for requests CallsClient would refuse to send (it validates its input first)."""
    return httpx.Client(base_url=sandbox.url, auth=(sandbox.account_sid, sandbox.auth_token))


def calls_path(sandbox: Sandbox) -> str:
    return f"/2010-04-01/Accounts/{sandbox.account_sid}/Calls.json"


def call_path(sandbox: Sandbox, sid: str) -> str:
    return f"/2010-04-01/Accounts/{sandbox.account_sid}/Calls/{sid}.json"


def manual_clock(sandbox: Sandbox) -> ManualClock:
    assert isinstance(sandbox.clock, ManualClock)
    return sandbox.clock
