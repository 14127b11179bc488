"""The command line built from the generated surface, and what a newcomer expects of it (issue 14)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from _sandbox_helpers import FROM, TO, TWIML_URL

import twilio_calls
import twilio_calls_api
from twilio_calls import AsyncCallsClient, CallsClient, ValidationError, __version__
from twilio_calls._cli import main
from twilio_calls.sandbox import ManualClock, Sandbox
from twilio_calls_api.surface import OPERATIONS, Param


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox(clock=ManualClock()) as running:
        yield serve(running, monkeypatch)


@pytest.fixture
def signalwire_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox(clock=ManualClock(), provider="signalwire") as running:
        yield serve(running, monkeypatch)


def serve(running: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """Points the command line at `running`, through the environment as `twilio-calls sandbox` prints it."""
    for name in ("TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_REGION", "TWILIO_EDGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", running.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", running.auth_token)
    monkeypatch.setenv("TWILIO_CALLS_BASE_URL", running.url)
    return running


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit:  # argparse's own exits (--help, --version, usage errors)
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["create", "update", "list"])
def test_every_documented_parameter_is_an_option(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    op_id = {"create": "create_call", "update": "update_call", "list": "list_calls"}[command]
    code, out, _ = cli(capsys, command, "--help")
    assert code == 0
    text = " ".join(out.split())
    every = [param for provider in OPERATIONS for param in OPERATIONS[provider][op_id].params]
    shown: dict[str, Param] = {}  # each name as the first provider states it (its description is the help)
    for param in every:
        shown.setdefault(param.name, param)
    for param in shown.values():
        if param.paging:
            continue
        flag = "--" + param.name.rstrip("_").replace("_", "-")
        assert flag in text, flag
        assert " ".join(param.description.split()[:4]) in text, param.name
        # The choices are every provider's values together, in document order.
        values = dict.fromkeys(value for other in every if other.name == param.name for value in other.values)
        if values:
            assert f"{flag} {{{','.join(values)}}}" in text, param.name
    if any(param.type == "boolean" for param in every):
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
    code, out, err = cli(capsys, "list", "--page-token", token[1], "--json")
    assert [call["sid"] for call in json.loads(out)] == list(reversed(sids))[2:4]
    assert re.fullmatch(r"next_page_token: \S+\n", err)  # stdout keeps its shape: one JSON array
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


def test_provider_rules_apply_to_the_commands(
    signalwire_sandbox: Sandbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ["create", "--to", TO, "--from", FROM, "--url", TWIML_URL]
    code, out, err = cli(capsys, "--provider", "signalwire", *base, "--time-limit", "5")
    assert code == 2 and out == "" and "time_limit: not taken by signalwire (only by twilio)" in err
    with Sandbox(clock=ManualClock()) as twilio_sandbox:
        serve(twilio_sandbox, monkeypatch)
        code, _, err = cli(capsys, *base, "--machine-words-threshold", "6")
    assert code == 2 and "machine_words_threshold: not taken by twilio (only by signalwire)" in err


def record_requests(monkeypatch: pytest.MonkeyPatch, record: Callable[[httpx.Request], None]) -> list[httpx.Client]:
    """Has the command line's clients pass each request they send to `record`; the http clients, to close."""
    https: list[httpx.Client] = []
    real = twilio_calls.CallsClient

    def client(*args: Any, **options: Any) -> twilio_calls.CallsClient:
        https.append(httpx.Client(event_hooks={"request": [record]}))
        return real(*args, http_client=https[-1], **options)

    monkeypatch.setattr(twilio_calls, "CallsClient", client)
    return https


@pytest.fixture
def sent_forms(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, list[str]]]]:
    """The form bodies of the POSTs the command line's clients send during the test."""
    forms: list[dict[str, list[str]]] = []

    def record(request: httpx.Request) -> None:
        if request.method == "POST":
            forms.append(parse_qs(request.content.decode()))

    https = record_requests(monkeypatch, record)
    yield forms
    for http in https:
        http.close()


@pytest.fixture
def sent_queries(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, list[str]]]]:
    """The query of every request the command line's clients send during the test."""
    queries: list[dict[str, list[str]]] = []
    https = record_requests(monkeypatch, lambda request: queries.append(parse_qs(request.url.query.decode())))
    yield queries
    for http in https:
        http.close()


def test_signalwire_values_twilio_lacks_are_choices_under_provider_signalwire(
    signalwire_sandbox: Sandbox, capsys: pytest.CaptureFixture[str], sent_forms: list[dict[str, list[str]]]
) -> None:
    forms = sent_forms
    base = ["--provider", "signalwire", "--json", "create", "--to", TO, "--from", FROM, "--url", TWIML_URL]
    code, out, err = cli(
        capsys,
        *base,
        "--machine-detection",
        "none",
        "--machine-detection-timeout",
        "120",
        "--status-callback-event",
        "ringing_queued,ringing",
        "--status-callback-event",
        "ringing_forwarded",
    )
    assert (code, err) == (0, "")
    created = json.loads(out)
    assert signalwire_sandbox.client().fetch(created["sid"]).sid == created["sid"]
    assert len(forms) == 1
    assert forms[0]["MachineDetection"] == ["none"]
    assert forms[0]["MachineDetectionTimeout"] == ["120"]
    assert forms[0]["StatusCallbackEvent"] == ["ringing_queued", "ringing", "ringing_forwarded"]
    # A value no provider takes is still argparse's refusal, in the comma-separated form too.
    code, out, err = cli(capsys, *base, "--status-callback-event", "ringing_queued,bogus")
    assert (code, out) == (2, "") and "invalid choice: 'bogus'" in err and len(forms) == 1


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        (
            "--machine-detection",
            "none",
            "machine_detection: expected one of 'Enable', 'DetectMessageEnd', got 'none' "
            "(that is twilio's rule; signalwire would take it)",
        ),
        (
            "--status-callback-event",
            "ringing,ringing_queued",
            "status_callback_event: expected one of 'initiated', 'ringing', 'answered', 'completed', "
            "got 'ringing_queued' (that is twilio's rule; signalwire would take it)",
        ),
        (
            "--machine-detection-timeout",
            "120",
            "machine_detection_timeout: must be between 3 and 59, got 120 (that is twilio's rule; signalwire would "
            "take it)",
        ),
    ],
)
def test_the_default_provider_refuses_what_only_signalwire_takes(
    sandbox: Sandbox,
    capsys: pytest.CaptureFixture[str],
    sent_forms: list[dict[str, list[str]]],
    option: str,
    value: str,
    message: str,
) -> None:
    code, out, err = cli(capsys, "create", "--to", TO, "--from", FROM, "--url", TWIML_URL, option, value)
    assert (code, out) == (2, "")
    assert err.startswith("usage: twilio-calls create")
    assert err.endswith(f"\ntwilio-calls create: error: {message}\n")
    assert sent_forms == [] and list(sandbox.client().list()) == []  # refused before anything was sent


def test_help_gives_each_providers_bounds_and_values_where_they_differ(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "create", "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "(twilio: min 3, max 59; signalwire: min 1, max 120)" in text  # --machine-detection-timeout
    assert "--machine-detection {Enable,DetectMessageEnd,none}" in text
    assert "(twilio: one of Enable, DetectMessageEnd; signalwire: every value)" in text
    assert "--status-callback-event {initiated,ringing,answered,completed,ringing_forwarded,ringing_queued}" in text
    assert "(min 1, max 600)" in text  # --timeout: the same for both, said once
    assert "(twilio only; min 1)" in text and "(signalwire only; min 1, max 100)" in text


def test_python_dash_m_runs_the_command_line() -> None:
    here = [str(Path(package.__file__).parent.parent) for package in (twilio_calls, twilio_calls_api)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*here, os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run(
        [sys.executable, "-m", "twilio_calls", "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert (run.returncode, run.stdout, run.stderr) == (0, f"twilio-calls {__version__}\n", "")


BAD_URL = "expected an https:// URL (http:// only for loopback), got"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--base-url", "notaurl", "list"], f"argument --base-url: {BAD_URL} 'notaurl'"),
        (["list", "--base-url", "ftp://x"], f"argument --base-url: {BAD_URL} 'ftp://x'"),
        (["list", "--base-url", "http://example.com"], f"argument --base-url: {BAD_URL} 'http://example.com'"),
        (["--account-sid", "bad", "list"], "argument --account-sid: must be at least 34 characters, got 3"),
        (
            ["get", "CA" + "0" * 32, "--account-sid", "AC" + "0" * 31 + "X"],
            f"argument --account-sid: 'AC{'0' * 31}X' does not match the documented pattern",
        ),
    ],
)
def test_a_bad_connection_option_is_usage_exit_2(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str], sent_queries: list[object], args: list[str], message: str
) -> None:
    code, out, err = cli(capsys, *args)
    command = next(arg for arg in args if not arg.startswith("-") and arg in ("list", "get"))
    assert (code, out) == (2, "") and sent_queries == []
    assert err.startswith(f"usage: twilio-calls {command}") and "Traceback" not in err
    last = err.splitlines()[-1]
    assert last.startswith(f"twilio-calls {command}: error: {message}"), last


def test_a_bad_base_url_in_the_environment_is_exit_1_naming_the_variable(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TWILIO_CALLS_BASE_URL", "http://example.com")
    code, out, err = cli(capsys, "list")
    assert (code, out) == (1, "")
    assert err == f"twilio-calls: error: TWILIO_CALLS_BASE_URL: {BAD_URL} 'http://example.com'\n"
    code, _, err = cli(capsys, "list", "--base-url", sandbox.url)  # an option wins over the environment
    assert code == 0, err


@pytest.mark.parametrize("cls", [CallsClient, AsyncCallsClient])
def test_the_clients_name_the_variable_a_bad_base_url_came_from(
    monkeypatch: pytest.MonkeyPatch, cls: type[CallsClient] | type[AsyncCallsClient]
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "0" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "a-token")
    monkeypatch.setenv("TWILIO_CALLS_BASE_URL", "http://example.com")
    with pytest.raises(ValidationError) as caught:
        cls()
    assert caught.value.parameter == "TWILIO_CALLS_BASE_URL"
    assert str(caught.value) == f"TWILIO_CALLS_BASE_URL: {BAD_URL} 'http://example.com'"
    with pytest.raises(ValidationError) as caught:
        cls(base_url="http://example.org")  # given as an argument: named as the argument
    assert str(caught.value) == f"base_url: {BAD_URL} 'http://example.org'"


def test_list_refuses_a_page_token_with_other_filters_or_page_size_before_sending(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str], sent_queries: list[dict[str, list[str]]]
) -> None:
    client = sandbox.client()
    sids = [client.create(to=TO, from_=FROM, url=TWIML_URL).sid for _ in range(5)]
    sent_queries.clear()  # the creates above
    code, out, err = cli(capsys, "list", "--page-size", "2", "--status", "queued")
    token = re.search(r"--page-token (\S+)", out)
    assert code == 0 and token, err
    assert len(sent_queries) == 1
    refusals = [
        (
            ["--status", "queued", "--page-size", "5"],
            "page_size: 5 differs from the 2 per page the page_token was "
            "issued for; leave page_size out or give the same size (a new page size starts a new listing)",
        ),
        ([], "page_token: issued for other filters: pass the filters the first page was listed with"),
        (
            ["--status", "ringing"],
            "page_token: issued for other filters: pass the filters the first page was listed with",
        ),
    ]
    for extra, message in refusals:
        code, out, err = cli(capsys, "list", "--page-token", token[1], *extra)
        assert (code, out) == (2, "") and err.startswith("usage: twilio-calls list")
        assert err.endswith(f"\ntwilio-calls list: error: {message}\n"), err
    assert len(sent_queries) == 1  # every refusal came before a request
    code, out, err = cli(capsys, "list", "--page-token", token[1], "--page-size", "2", "--status", "queued", "--json")
    assert code == 0, err
    assert [call["sid"] for call in json.loads(out)] == list(reversed(sids))[2:4]
    assert sent_queries[-1]["PageSize"] == ["2"] and sent_queries[-1]["Status"] == ["queued"]
