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
from urllib.parse import urlsplit

import pytest
from _sandbox_helpers import BUSY_TO, FROM, TO, TWIML_URL

from twilio_calls._cli import main
from twilio_calls.sandbox import ManualClock, Sandbox
from twilio_calls_api.surface import OPERATIONS, PROVIDER_FACTS, PROVIDERS

COMMANDS = ["create", "get", "list", "redirect", "hangup", "cancel", "delete", "sandbox", "demo"]


def clean_env(**variables: str) -> dict[str, str]:
    """The parent's environment without any TWILIO_* setting, plus exactly the ones given."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TWILIO")}
    return {**env, **variables}


def run(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "twilio_calls._cli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def call_sid_pattern(provider: str) -> str:
    """A call SID as the provider's document writes them (Twilio: CA and 32 hex digits; SignalWire: a UUID)."""
    holders = {"{hex32}": "[0-9a-f]{32}", "{uuid}": "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"}
    pattern = re.escape(PROVIDER_FACTS[provider].sid_formats["call"])
    for holder, replacement in holders.items():
        pattern = pattern.replace(re.escape(holder), replacement)
    return pattern


def provider_option(provider: str) -> tuple[str, ...]:
    """--provider for any provider but the default one (whose tests run as they always did, without it)."""
    return () if provider == PROVIDERS[0] else ("--provider", provider)


def takes(provider: str, operation: str, name: str) -> bool:
    """Whether the provider's document has the parameter (SignalWire's create and update have no Twiml)."""
    return any(param.name == name for param in OPERATIONS[provider][operation].params)


def refused_for(provider: str, result: subprocess.CompletedProcess[str], name: str) -> None:
    """The command line took the option, and the client for `provider` refused it naming that provider."""
    assert result.returncode == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert f"error: {name}: not taken by {provider}" in result.stderr.splitlines()[-1]


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    """The sandbox tests run against the sandbox of each provider, the command line told which one it is."""
    return str(request.param)


@pytest.fixture
def sandbox(provider: str) -> Iterator[Sandbox]:
    with Sandbox(clock=ManualClock(), provider=provider) as running:
        yield running


@pytest.fixture
def env(sandbox: Sandbox) -> dict[str, str]:
    """What the commands need, the provider from TWILIO_CALLS_PROVIDER (the default one left unset)."""
    chosen = {} if sandbox.provider == PROVIDERS[0] else {"TWILIO_CALLS_PROVIDER": sandbox.provider}
    return clean_env(
        TWILIO_ACCOUNT_SID=sandbox.account_sid,
        TWILIO_AUTH_TOKEN=sandbox.auth_token,
        TWILIO_CALLS_BASE_URL=sandbox.url,
        **chosen,
    )


def test_create_get_and_list_print_summaries_or_json(sandbox: Sandbox, env: dict[str, str]) -> None:
    created = run("create", "--to", TO, "--from", FROM, "--url", TWIML_URL, env=env)
    assert created.returncode == 0, created.stderr
    sid = re.search(rf"^sid\s+({call_sid_pattern(sandbox.provider)})$", created.stdout, re.MULTILINE)
    assert sid and re.search(r"^status\s+queued$", created.stdout, re.MULTILINE)

    busy = run("create", "--to", BUSY_TO, "--from", FROM, "--twiml", "<Response/>", "--json", env=env)
    if not takes(sandbox.provider, "create_call", "twiml"):
        refused_for(sandbox.provider, busy, "twiml")
        busy = run("create", "--to", BUSY_TO, "--from", FROM, "--url", TWIML_URL, "--json", env=env)
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
    if not takes(sandbox.provider, "update_call", "twiml"):
        refused_for(sandbox.provider, refused, "twiml")
        refused = run("redirect", sid, "--url", "https://example.com/early", env=env)
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
    connection = ("--base-url", sandbox.url, *provider_option(sandbox.provider))  # the provider as an option here
    wrong = run(
        "list",
        *connection,
        env=clean_env(TWILIO_ACCOUNT_SID=sandbox.account_sid, TWILIO_AUTH_TOKEN=token),
    )
    assert wrong.returncode == 1 and "401" in wrong.stderr and "20003" in wrong.stderr
    assert token not in wrong.stderr + wrong.stdout

    missing = run("list", *connection, env=clean_env())
    assert missing.returncode == 1 and "TWILIO_ACCOUNT_SID" in missing.stderr and "Traceback" not in missing.stderr

    bad_sid = run(
        "get",
        "CA123",
        *connection,
        env=clean_env(TWILIO_ACCOUNT_SID=sandbox.account_sid, TWILIO_AUTH_TOKEN=sandbox.auth_token),
    )
    assert bad_sid.returncode == 2 and "sid" in bad_sid.stderr and bad_sid.stderr.startswith("usage: twilio-calls get")


def test_an_api_key_pair_from_the_environment_works(provider: str) -> None:
    key, secret = "SK" + "12" * 16, "the-key-secret"
    with Sandbox(clock=ManualClock(), api_key=key, api_secret=secret, provider=provider) as sandbox:
        env = clean_env(TWILIO_ACCOUNT_SID=sandbox.account_sid, TWILIO_API_KEY=key, TWILIO_API_SECRET=secret)
        listed = run("list", "--json", "--base-url", sandbox.url, *provider_option(provider), env=env)
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


def test_sandbox_command_serves_until_interrupted(provider: str) -> None:
    command = ["sandbox", "--port", "0", "--queue", "0", "--ring", "0", *provider_option(provider)]
    process = subprocess.Popen(
        [sys.executable, "-m", "twilio_calls._cli", *command],
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline()]
        while not banner[-1].startswith("To numbers ending in 0002") and banner[-1]:
            banner.append(process.stdout.readline())
        exports = dict(re.findall(r"export (\w+)=(\S+)", "".join(banner)))
        prefix = urlsplit(PROVIDER_FACTS[provider].base_url).path.rstrip("/")  # SignalWire's /api/laml
        assert banner[0].startswith("Calls sandbox listening on http://127.0.0.1:")
        assert banner[0].rstrip().endswith(prefix) and exports["TWILIO_CALLS_BASE_URL"].endswith(prefix)
        chosen = set() if provider == PROVIDERS[0] else {"TWILIO_CALLS_PROVIDER"}
        assert set(exports) == {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_CALLS_BASE_URL"} | chosen
        assert exports.get("TWILIO_CALLS_PROVIDER", PROVIDERS[0]) == provider
        created = run("create", "--to", TO, "--from", FROM, "--url", TWIML_URL, "--json", env=clean_env(**exports))
        assert created.returncode == 0, created.stderr
        call = json.loads(created.stdout)
        assert call["status"] == "queued" and re.fullmatch(call_sid_pattern(provider), call["sid"])
        assert process.stdout.readline().startswith(f"POST {prefix}/2010-04-01/Accounts/")  # the request log
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
    steps = ("1. create", "rings: ringing", "answers: in-progress", "runs now:", "hang up: completed, 35 s long")
    for step in steps:
        assert step in out
    assert "CallDuration=35" in out  # answered at +5 s, hung up 20 + 15 s later


def test_sandbox_command_reports_a_port_in_use_naming_it() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = run("sandbox", "--port", str(port), env=clean_env(), timeout=30)
    # Not bad usage (exit 1, no usage line): the same command works once the port is free.
    assert (busy.returncode, busy.stdout) == (1, "")
    assert busy.stderr == f"twilio-calls: error: could not listen on 127.0.0.1:{port}: Address already in use\n"


SECONDS = "must be a number of seconds, 0 or more, got"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "99999"], "argument --port: must be a port from 0 (any free one) to 65535, got 99999"),
        (["--port", "-1"], "argument --port: must be a port from 0 (any free one) to 65535, got -1"),
        (["--port", "http"], "argument --port: invalid int value: 'http'"),
        (["--ring", "-5"], f"argument --ring: {SECONDS} -5"),
        (["--talk", "-3"], f"argument --talk: {SECONDS} -3"),
        (["--queue", "nan"], f"argument --queue: {SECONDS} nan"),
        (["--queue", "soon"], "argument --queue: invalid number of seconds: 'soon'"),
        (["--rate-limit", "0"], "argument --rate-limit: must be at least 1, got 0"),
        (["--account-sid", "bad"], "argument --account-sid: must be 'AC' and 32 hex digits, got 'bad'"),
        (["--provider", "signalwire", "--account-sid", "AC" + "0" * 32], "argument --account-sid: must be "),
    ],
)
def test_sandbox_command_refuses_bad_values_as_usage(args: list[str], message: str) -> None:
    refused = run("sandbox", *args, env=clean_env(), timeout=30)
    assert (refused.returncode, refused.stdout) == (2, "")  # nothing started, nothing printed
    assert refused.stderr.startswith("usage: twilio-calls sandbox") and "Traceback" not in refused.stderr
    last = refused.stderr.splitlines()[-1]
    assert last.startswith(f"twilio-calls sandbox: error: {message}"), last


def test_sandbox_command_takes_the_account_sid_before_the_command_too() -> None:
    refused = run("--account-sid", "bad", "sandbox", env=clean_env(), timeout=30)
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[-1] == (
        "twilio-calls sandbox: error: argument --account-sid: must be 'AC' and 32 hex digits, got 'bad'"
    )
    # A bad SID in the environment is not usage: exit 1, naming the variable.
    from_env = run("sandbox", env=clean_env(TWILIO_ACCOUNT_SID="bad"), timeout=30)
    assert (from_env.returncode, from_env.stdout) == (1, "")
    assert from_env.stderr.startswith("twilio-calls: error: TWILIO_ACCOUNT_SID in the environment is not")
