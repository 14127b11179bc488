"""The twilio-calls command line, run as a separate process against a sandbox on 127.0.0.1."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _sandbox_helpers import BUSY_TO, FROM, TO, TWIML_URL

from twilio_calls._cli import main
from twilio_calls.sandbox import ManualClock, Sandbox

COMMANDS = ["create", "get", "list", "redirect", "hangup", "cancel", "delete", "sandbox", "demo"]


def clean_env(**variables: str) -> dict[str, str]:
    """The parent's environment without any TWILIO_* setting, plus exactly the ones given."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TWILIO")}
    return {**env, **variables}


def run(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "twilio_calls._cli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(clock=ManualClock()) as running:
        yield running


@pytest.fixture
def env(sandbox: Sandbox) -> dict[str, str]:
    return clean_env(
        TWILIO_ACCOUNT_SID=sandbox.account_sid,
        TWILIO_AUTH_TOKEN=sandbox.auth_token,
        TWILIO_CALLS_BASE_URL=sandbox.url,
    )


def test_create_get_and_list_print_summaries_or_json(sandbox: Sandbox, env: dict[str, str]) -> None:
    created = run("create", "--to", TO, "--from", FROM, "--url", TWIML_URL, env=env)
    assert created.returncode == 0, created.stderr
    sid = re.search(r"^sid\s+(CA[0-9a-f]{32})$", created.stdout, re.MULTILINE)
    assert sid and re.search(r"^status\s+queued$", created.stdout, re.MULTILINE)

    busy = run("create", "--to", BUSY_TO, "--from", FROM, "--twiml", "<Response/>", "--json", env=env)
    busy_call = json.loads(busy.stdout)
    assert busy_call["to"] == BUSY_TO and busy_call["status"] == "queued"
    sandbox.advance(busy_call["sid"], until="busy")

    shown = run("get", sid[1], env=env)
    assert shown.returncode == 0, shown.stderr
    assert re.search(rf"^to\s+{re.escape(TO)}$", shown.stdout, re.MULTILINE)
    assert re.search(r"^price\s+-$", shown.stdout, re.MULTILINE)

    table = run("list", env=env)
    assert table.returncode == 0 and table.stdout.splitlines()[0].startswith("SID")
    assert table.stdout.index(busy_call["sid"]) < table.stdout.index(sid[1])  # newest first
    assert table.stdout.rstrip().endswith("2 calls")

    filtered = run("list", "--status", "busy", "--json", env=env)
    assert [call["sid"] for call in json.loads(filtered.stdout)] == [busy_call["sid"]]


def test_redirect_hangup_cancel_and_delete(sandbox: Sandbox, env: dict[str, str]) -> None:
    client = sandbox.client()
    sid = client.create(to=TO, from_=FROM, url=TWIML_URL).sid or ""

    refused = run("redirect", sid, "--twiml", "<Response/>", env=env)
    assert refused.returncode == 1 and refused.stdout == ""
    assert "21220" in refused.stderr and "not in-progress" in refused.stderr
    assert "Traceback" not in refused.stderr

    sandbox.advance(sid, until="in-progress")
    redirected = run("redirect", sid, "--url", "https://example.com/next", "--json", env=env)
    assert json.loads(redirected.stdout)["status"] == "in-progress"
    assert sandbox.instructions(sid)[-1] == "https://example.com/next"

    kept = run("cancel", sid, env=env)
    assert kept.returncode == 0 and re.search(r"^status\s+in-progress$", kept.stdout, re.MULTILINE)
    ended = run("hangup", sid, env=env)
    assert re.search(r"^status\s+completed$", ended.stdout, re.MULTILINE)

    deleted = run("delete", sid, env=env)
    assert deleted.returncode == 0 and deleted.stdout.strip() == f"deleted {sid}"
    gone = run("get", sid, env=env)
    assert gone.returncode == 1 and "404" in gone.stderr and "20404" in gone.stderr


def test_bad_credentials_and_missing_ones_fail_cleanly_without_leaking(sandbox: Sandbox) -> None:
    token = "wrong-" + sandbox.auth_token
    wrong = run(
        "list",
        "--base-url",
        sandbox.url,
        env=clean_env(TWILIO_ACCOUNT_SID=sandbox.account_sid, TWILIO_AUTH_TOKEN=token),
    )
    assert wrong.returncode == 1 and "401" in wrong.stderr and "20003" in wrong.stderr
    assert token not in wrong.stderr + wrong.stdout

    missing = run("list", "--base-url", sandbox.url, env=clean_env())
    assert missing.returncode == 1 and "TWILIO_ACCOUNT_SID" in missing.stderr and "Traceback" not in missing.stderr

    bad_sid = run(
        "get",
        "CA123",
        "--base-url",
        sandbox.url,
        env=clean_env(TWILIO_ACCOUNT_SID=sandbox.account_sid, TWILIO_AUTH_TOKEN=sandbox.auth_token),
    )
    assert bad_sid.returncode == 2 and "sid" in bad_sid.stderr and bad_sid.stderr.startswith("usage: twilio-calls get")


def test_an_api_key_pair_from_the_environment_works() -> None:
    key, secret = "SK" + "12" * 16, "the-key-secret"
    with Sandbox(clock=ManualClock(), api_key=key, api_secret=secret) as sandbox:
        env = clean_env(TWILIO_ACCOUNT_SID=sandbox.account_sid, TWILIO_API_KEY=key, TWILIO_API_SECRET=secret)
        listed = run("list", "--json", "--base-url", sandbox.url, env=env)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []


def test_the_installed_script_and_usage_errors() -> None:
    script = Path(sys.executable).parent / "twilio-calls"
    helped = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert helped.returncode == 0
    for command in COMMANDS:
        assert command in helped.stdout
    usage = subprocess.run(
        [str(script), "create", "--from", FROM], capture_output=True, text=True, timeout=60, check=False
    )
    assert usage.returncode == 2 and "--to" in usage.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: twilio-calls {command}")


def test_sandbox_command_serves_until_interrupted() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "twilio_calls._cli", "sandbox", "--port", "0", "--queue", "0", "--ring", "0"],
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(5)]
        exports = dict(re.findall(r"export (\w+)=(\S+)", "".join(banner)))
        assert banner[0].startswith("Calls sandbox listening on http://127.0.0.1:")
        assert set(exports) == {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_CALLS_BASE_URL"}
        created = run("create", "--to", TO, "--from", FROM, "--url", TWIML_URL, "--json", env=clean_env(**exports))
        assert created.returncode == 0, created.stderr
        assert json.loads(created.stdout)["status"] == "queued"
        assert process.stdout.readline().startswith("POST /2010-04-01/Accounts/")  # the request log
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "stopped" in out and "Traceback" not in err


def test_demo_walks_a_call_through_its_life_without_credentials() -> None:
    demo = run("demo", env=clean_env())
    assert demo.returncode == 0, demo.stderr
    out = demo.stdout
    statuses = re.findall(r"callback #(\d): CallStatus=([a-z-]+)", out)
    assert statuses == [("0", "initiated"), ("1", "ringing"), ("2", "in-progress"), ("3", "completed")]
    assert out.count("(signature valid)") == 4 and "INVALID" not in out
    steps = ("1. create", "rings: ringing", "answers: in-progress", "runs now:", "hang up: completed, 39 s long")
    for step in steps:
        assert step in out
    assert "CallDuration=39" in out


def test_sandbox_command_reports_a_port_in_use_and_bad_timing() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        busy = run("sandbox", "--port", port, env=clean_env(), timeout=30)
    assert busy.returncode == 1 and "twilio-calls: error:" in busy.stderr and "Traceback" not in busy.stderr
    negative = run("sandbox", "--talk", "-3", env=clean_env(), timeout=30)
    assert negative.returncode == 1 and "Timing.talk must not be negative" in negative.stderr
