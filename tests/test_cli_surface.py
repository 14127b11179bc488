"""The command line built from the generated surface, and what a newcomer expects of it (issue 14)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from _sandbox_helpers import FROM, TO, TWIML_URL

from twilio_calls import __version__
from twilio_calls._cli import main
from twilio_calls.sandbox import ManualClock, Sandbox
from twilio_calls_api.surface import OPERATIONS


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox(clock=ManualClock()) as running:
        for name in ("TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_REGION", "TWILIO_EDGE"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", running.account_sid)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", running.auth_token)
        monkeypatch.setenv("TWILIO_CALLS_BASE_URL", running.url)
        yield running


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit:  # argparse's own exits (--help, --version, usage errors)
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["create", "update", "list"])
def test_every_documented_parameter_is_an_option(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    operation = OPERATIONS["twilio"][{"create": "create_call", "update": "update_call", "list": "list_calls"}[command]]
    code, out, _ = cli(capsys, command, "--help")
    assert code == 0
    text = " ".join(out.split())
    for param in operation.params:
        if param.paging:
            continue
        flag = "--" + param.name.rstrip("_").replace("_", "-")
        assert flag in text, flag
        assert " ".join(param.description.split()[:4]) in text, param.name
        if param.values:
            assert "{" + ",".join(param.values) + "}" in text, param.name
    if any(param.type == "boolean" for param in operation.params):
        assert "--record, --no-record" in text


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "--version") == (0, f"twilio-calls {__version__}\n", "")


def test_options_before_or_after_the_command_and_lists_with_commas(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(
        capsys,
        "--json",
        "create",
        "--to",
        TO,
        "--from",
        FROM,
        "--url",
        TWIML_URL,
        "--status-callback",
        "http://127.0.0.1:9/cb",
        "--status-callback-event",
        "ringing,answered",
        "--status-callback-event",
        "completed",
        "--record",
    )
    assert code == 0, err
    sid = json.loads(out)["sid"]
    code, out, err = cli(capsys, "get", sid, "--json")
    assert code == 0 and json.loads(out)["sid"] == sid
    code, _, err = cli(
        capsys, "create", "--to", TO, "--from", FROM, "--url", TWIML_URL, "--status-callback-event", "ringing,bogus"
    )
    assert code == 2 and "invalid choice: 'bogus'" in err


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["list", "--limit", "0"], "--limit"),
        (["create", "--to", TO, "--from", FROM, "--url", TWIML_URL, "--timeout", "601"], "timeout"),
        (["create", "--to", TO, "--from", FROM, "--url", "not-a-url"], "url"),
        (["get", "CA123"], "sid"),
        (["update", "CA" + "0" * 32], "at least one parameter"),
    ],
)
def test_every_bad_value_is_usage_exit_2(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str], args: list[str], named: str
) -> None:
    code, out, err = cli(capsys, *args)
    assert code == 2 and out == ""
    assert err.startswith(f"usage: twilio-calls {args[0]}") and named in err and "Traceback" not in err


def test_update_changes_a_live_call(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    call = sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL)
    code, out, err = cli(capsys, "update", call.sid, "--status", "completed", "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "canceled"  # ended before it was answered


def test_list_pages_with_tokens_all_and_aligned_columns(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    client = sandbox.client()
    sids = [client.create(to=TO, from_=FROM, url=TWIML_URL).sid for _ in range(5)]
    sandbox.advance(sids[0], until="in-progress")
    code, out, _ = cli(capsys, "list", "--page-size", "2")
    assert code == 0
    token = re.search(r"--page-token (\S+)", out)
    assert token and out.count("CA") == 2
    code, out, _ = cli(capsys, "list", "--page-token", token[1], "--json")
    page = json.loads(out)
    assert [call["sid"] for call in page["calls"]] == list(reversed(sids))[2:4] and page["next_page_token"]
    code, out, _ = cli(capsys, "list", "--all")
    lines = out.splitlines()
    assert lines[-1] == "5 calls"
    header, rows = lines[0], lines[1:-1]
    duration_column = header.index("DURATION")
    started_column = header.index("STARTED")
    answered = next(row for row in rows if sids[0] in row)
    assert answered[started_column : started_column + 4].isdigit()  # a date starts exactly under STARTED
    assert all(len(row) <= len(header) or row[duration_column - 2 : duration_column] == "  " for row in rows)


def test_a_closed_pipe_ends_quietly(sandbox: Sandbox) -> None:
    client = sandbox.client()
    for _ in range(3):
        client.create(to=TO, from_=FROM, url=TWIML_URL)
    env = {"TWILIO_ACCOUNT_SID": sandbox.account_sid, "TWILIO_AUTH_TOKEN": sandbox.auth_token}
    command = [sys.executable, "-m", "twilio_calls._cli", "list", "--base-url", sandbox.url]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before anything is printed, as with `| head -0`
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 0
    assert stderr == ""


def test_provider_rules_apply_to_the_commands(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["create", "--to", TO, "--from", FROM, "--url", TWIML_URL]
    code, out, err = cli(capsys, "--provider", "signalwire", *base, "--time-limit", "5")
    assert code == 2 and out == "" and "time_limit: not taken by signalwire (only by twilio)" in err
    code, _, err = cli(capsys, *base, "--machine-words-threshold", "6")
    assert code == 2 and "machine_words_threshold: not taken by twilio (only by signalwire)" in err
