"""A sandbox serving credentials it was given (the API, and `twilio-calls sandbox` with TWILIO_* set).

A given auth token or API secret is never printed: not in the banner, the request log, a repr or an error.
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import subprocess
import sys

import pytest
from _sandbox_helpers import FROM, TO, TWIML_URL

from twilio_calls import AuthenticationError, CallsClient
from twilio_calls.sandbox import CallbackReceiver, ManualClock, Sandbox
from twilio_calls.webhooks import validate_signature

ACCOUNT_SID = "AC" + secrets.token_hex(16)


def given_token() -> str:
    return "given-" + secrets.token_hex(12)


def test_sandbox_serves_the_account_it_is_given() -> None:
    token = given_token()
    with CallbackReceiver() as receiver, Sandbox(clock=ManualClock(), account_sid=ACCOUNT_SID, auth_token=token) as sb:
        assert (sb.account_sid, sb.auth_token, sb.auth_token_minted) == (ACCOUNT_SID, token, False)
        with CallsClient(ACCOUNT_SID, token, base_url=sb.url) as client:
            call = client.create(
                to=TO, from_=FROM, url=TWIML_URL, status_callback=receiver.url, status_callback_event=["ringing"]
            )
            assert call.account_sid == ACCOUNT_SID
            sb.advance_time(1)  # queued -> ringing: one callback, signed with the given token
            (callback,) = receiver.wait_for(1)
            assert validate_signature(token, callback.url, callback.params, callback.signature)
        with CallsClient(ACCOUNT_SID, "not-" + token, base_url=sb.url) as wrong, pytest.raises(AuthenticationError):
            wrong.fetch(call.sid)
        lines = sb.shell_lines()
        assert token not in repr(sb) + "\n".join(lines)
        assert lines == [
            f"export TWILIO_ACCOUNT_SID={ACCOUNT_SID}",
            "# using the auth token given to Sandbox (not printed)",
            f"export TWILIO_CALLS_BASE_URL={sb.url}",
        ]


def test_a_sandbox_without_credentials_mints_them_and_prints_the_token() -> None:
    with Sandbox(clock=ManualClock()) as sb:
        assert sb.auth_token_minted
        assert re.fullmatch(r"AC[0-9a-f]{32}", sb.account_sid)
        assert sb.shell_lines() == [
            f"export TWILIO_ACCOUNT_SID={sb.account_sid}",
            f"export TWILIO_AUTH_TOKEN={sb.auth_token}",
            f"export TWILIO_CALLS_BASE_URL={sb.url}",
        ]


def test_from_environment_takes_the_account_token_and_api_key() -> None:
    token, secret = given_token(), "secret-" + secrets.token_hex(8)
    key = "SK" + secrets.token_hex(16)
    environ = {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": token}
    environ |= {"TWILIO_API_KEY": key, "TWILIO_API_SECRET": secret}
    with Sandbox.from_environment(environ, clock=ManualClock()) as sb:
        with CallsClient(ACCOUNT_SID, token, base_url=sb.url) as by_token:
            assert by_token.create(to=TO, from_=FROM, url=TWIML_URL).account_sid == ACCOUNT_SID
        with CallsClient(ACCOUNT_SID, api_key=key, api_secret=secret, base_url=sb.url) as by_key:
            assert len(list(by_key.list())) == 1
        lines = sb.shell_lines()
    assert lines[:3] == [
        f"export TWILIO_ACCOUNT_SID={ACCOUNT_SID}  # from the environment",
        "# using TWILIO_AUTH_TOKEN from the environment (not printed)",
        f"# also accepting TWILIO_API_KEY={key} with its secret from the environment (not printed)",
    ]
    printed = "\n".join(lines)
    assert token not in printed and secret not in printed


def test_from_environment_mints_what_is_not_set_and_an_explicit_sid_wins() -> None:
    token = given_token()
    other = "AC" + secrets.token_hex(16)
    with Sandbox.from_environment({}) as minted:
        assert minted.auth_token_minted and minted.account_sid != ACCOUNT_SID
    environ = {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": token}
    with Sandbox.from_environment(environ, account_sid=other) as sb:
        assert (sb.account_sid, sb.auth_token) == (other, token)
        assert sb.shell_lines()[0] == f"export TWILIO_ACCOUNT_SID={other}"  # not "from the environment"
    only_sid = Sandbox.from_environment({"TWILIO_ACCOUNT_SID": ACCOUNT_SID})
    assert only_sid.account_sid == ACCOUNT_SID and only_sid.auth_token_minted


def test_from_environment_refuses_a_sid_that_is_not_an_account_sid_without_echoing_secrets() -> None:
    token = given_token()
    with pytest.raises(ValueError, match="TWILIO_ACCOUNT_SID in the environment is not an account SID") as error:
        Sandbox.from_environment({"TWILIO_ACCOUNT_SID": "not-a-sid", "TWILIO_AUTH_TOKEN": token})
    assert token not in str(error.value)


def cli_env(**variables: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("TWILIO")}
    return env | variables


@pytest.mark.parametrize("explicit_sid", [False, True])
def test_sandbox_command_serves_the_environment_account_and_never_prints_its_token(explicit_sid: bool) -> None:
    token = given_token()
    served = "AC" + secrets.token_hex(16) if explicit_sid else ACCOUNT_SID
    args = ["--account-sid", served] if explicit_sid else []
    command = [sys.executable, "-m", "twilio_calls._cli", "sandbox", "--port", "0", *args]
    env = cli_env(TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=token)
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(5)]
        url = banner[0].removeprefix("Calls sandbox listening on ").strip()
        assert url.startswith("http://127.0.0.1:")
        origin = "" if explicit_sid else "  # from the environment"
        assert banner[1:4] == [
            f"  export TWILIO_ACCOUNT_SID={served}{origin}\n",
            "  # using TWILIO_AUTH_TOKEN from the environment (not printed)\n",
            f"  export TWILIO_CALLS_BASE_URL={url}\n",
        ]
        with CallsClient(served, token, base_url=url) as client:  # the app's own token works as is
            call = client.create(to=TO, from_=FROM, url=TWIML_URL)
            assert client.fetch(call.sid).account_sid == served
        assert process.stdout.readline().startswith(f"POST /2010-04-01/Accounts/{served}/Calls.json -> 201")
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert token not in "".join(banner) + out + err
