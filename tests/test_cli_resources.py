"""`twilio-calls <resource> <action>`: a command per operation of the document, built from its tables (issue 19).

Tested at the HTTP boundary: the command line's client gets an httpx MockTransport (nothing leaves the
process; the base URL is a loopback one all the same), and each test checks the exact URL and form body sent,
what is printed, and the exit status.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from test_one_source import COPIED, ROOT, in_copy

import twilio_calls
from twilio_calls._cli import main
from twilio_calls_api.resources import RESOURCES
from twilio_calls_api.surface import OPERATIONS, PROVIDERS

AC = "AC" + "0" * 32
SIGNALWIRE_PROJECT = "0c2b1a4e-5d6f-4a8b-9c0d-1e2f3a4b5c6d"
CA = "CA" + "2" * 32
RE = "RE" + "1" * 32
BASE_URL = "http://127.0.0.1:9"  # never reached: the transport answers
CALL = f"{BASE_URL}/2010-04-01/Accounts/{AC}/Calls/{CA}"

Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """What the command line's clients sent, and how the fake API answers (`answer`, set by each test)."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []
        self.answer: Handler = lambda request: httpx.Response(201, json=_recording())

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return self.answer(request)

    @property
    def requests(self) -> list[tuple[str, str, str]]:
        return [(request.method, str(request.url), request.content.decode()) for request in self.sent]


def _recording(**fields: Any) -> dict[str, Any]:
    return {
        "sid": RE,
        "account_sid": AC,
        "call_sid": CA,
        "status": "in-progress",
        "date_created": "Mon, 07 Jan 2030 09:00:00 +0000",
        "duration": "4",
        "api_version": "2010-04-01",
        "uri": f"/2010-04-01/Accounts/{AC}/Calls/{CA}/Recordings/{RE}.json",
        **fields,
    }


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """Points the command line at a fake API through the environment, as a user would."""
    for name in ("TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_REGION", "TWILIO_EDGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", AC)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "a-token")
    monkeypatch.setenv("TWILIO_CALLS_BASE_URL", BASE_URL)
    fake = Server()
    https: list[httpx.Client] = []
    real = twilio_calls.CallsClient

    def client(*args: Any, **options: Any) -> twilio_calls.CallsClient:
        https.append(httpx.Client(transport=httpx.MockTransport(fake)))
        return real(*args, http_client=https[-1], **options)

    monkeypatch.setattr(twilio_calls, "CallsClient", client)
    yield fake
    for http in https:
        http.close()


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit:  # argparse's own exits (--help, usage errors)
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def flag(name: str) -> str:
    return "--" + name.rstrip("_").replace("_", "-")


# -- requests: the exact URL and body of commands of different resources ---------------------------------


@pytest.mark.parametrize(
    ("args", "method", "url", "body"),
    [
        (
            [
                "recordings",
                "create",
                CA,
                "--recording-channels",
                "dual",
                "--recording-status-callback-event",
                "in-progress,completed",
                "--recording-status-callback-event",
                "absent",
            ],
            "POST",
            f"{CALL}/Recordings.json",
            "RecordingStatusCallbackEvent=in-progress&RecordingStatusCallbackEvent=completed"
            "&RecordingStatusCallbackEvent=absent&RecordingChannels=dual",
        ),
        (
            ["recordings", "update", CA, RE, "--status", "paused", "--pause-behavior", "skip"],
            "POST",
            f"{CALL}/Recordings/{RE}.json",
            "Status=paused&PauseBehavior=skip",
        ),
        (
            ["streams", "update", CA, "mystream", "--status", "stopped"],
            "POST",
            f"{CALL}/Streams/mystream.json",
            "Status=stopped",
        ),
        (
            [
                "streams",
                "create",
                CA,
                "--url",
                "wss://example.com/audio",
                "--name",
                "bot",
                "--parameter-1-name",
                "lang",
                "--parameter-1-value",
                "en",
            ],
            "POST",
            f"{CALL}/Streams.json",
            "Url=wss%3A%2F%2Fexample.com%2Faudio&Name=bot&Parameter1.Name=lang&Parameter1.Value=en",
        ),
        (
            ["user-defined-messages", "create", CA, "--content", '{"k":1}', "--idempotency-key", "k1"],
            "POST",
            f"{CALL}/UserDefinedMessages.json",
            "Content=%7B%22k%22%3A1%7D&IdempotencyKey=k1",
        ),
        (
            ["transcriptions", "create", CA, "--partial-results", "--no-profanity-filter"],
            "POST",
            f"{CALL}/Transcriptions.json",
            "PartialResults=true&ProfanityFilter=false",
        ),
        (["recordings", "fetch", CA, RE], "GET", f"{CALL}/Recordings/{RE}.json", ""),
        (["calls", "fetch", CA], "GET", f"{CALL}.json", ""),
    ],
)
def test_each_command_sends_its_operation(
    server: Server, capsys: pytest.CaptureFixture[str], args: list[str], method: str, url: str, body: str
) -> None:
    server.answer = lambda request: httpx.Response(200, json=_recording(sid=CA if args[0] == "calls" else RE))
    code, out, err = cli(capsys, *args, "--json")
    assert (code, err) == (0, ""), err
    assert server.requests == [(method, url, body)]
    assert json.loads(out)["sid"] == (CA if args[0] == "calls" else RE)  # the JSON object as the API sent it


def test_delete_says_what_it_deleted(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    server.answer = lambda request: httpx.Response(204)
    code, out, _ = cli(capsys, "recordings", "delete", CA, RE)
    assert (code, out) == (0, f"deleted {RE}\n")
    code, out, _ = cli(capsys, "user-defined-message-subscriptions", "delete", CA, "ZY" + "3" * 32, "--json")
    assert code == 0 and json.loads(out) == {"deleted": "ZY" + "3" * 32}
    assert server.requests == [
        ("DELETE", f"{CALL}/Recordings/{RE}.json", ""),
        ("DELETE", f"{CALL}/UserDefinedMessageSubscriptions/{'ZY' + '3' * 32}.json", ""),
    ]


# -- output: one JSON shape for lists, a short human view otherwise ----------------------------------------


def _page(key: str, items: list[dict[str, Any]], next_uri: str | None) -> Handler:
    return lambda request: httpx.Response(200, json={key: items, "next_page_uri": next_uri})


def test_list_json_is_an_array_whatever_the_paging(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    later = f"/2010-04-01/Accounts/{AC}/Calls/{CA}/Recordings.json?PageSize=1&Page=1&PageToken=PA1"
    server.answer = lambda request: _page(
        "recordings", [_recording()], None if "PageToken" in request.url.params else later
    )(request)
    code, out, err = cli(capsys, "recordings", "list", CA, "--page-size", "1", "--json")
    assert code == 0 and json.loads(out) == [_recording()]
    token = re.search(r"--page-token (\S+)", err)
    assert token and err.startswith(f"next page: twilio-calls recordings list {CA} --page-token ")
    code, out, err = cli(capsys, "recordings", "list", CA, "--page-token", token[1], "--json")
    assert (code, err) == (0, "") and json.loads(out) == [_recording()]
    server.answer = _page("recordings", [_recording(), _recording(sid="RE" + "4" * 32)], None)
    code, out, _ = cli(capsys, "recordings", "list", CA, "--all", "--json")
    assert code == 0 and [item["sid"] for item in json.loads(out)] == [RE, "RE" + "4" * 32]
    assert [request.url.params.get("PageToken") for request in server.sent] == [None, "PA1", None]
    assert [request.url.params.get("PageSize") for request in server.sent] == ["1", "1", None]


def test_list_limit_defaults_to_twenty_and_asks_for_that_many(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    server.answer = _page("events", [], None)
    code, out, _ = cli(capsys, "events", "list", CA)
    assert (code, out) == (0, "0 events\n")
    code, _, _ = cli(capsys, "events", "list", CA, "--limit", "3")
    assert code == 0
    assert [str(request.url) for request in server.sent] == [
        f"{CALL}/Events.json?PageSize=20",
        f"{CALL}/Events.json?PageSize=3",
    ]


def test_the_human_views_show_sid_status_and_the_fields_present(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(capsys, "recordings", "create", CA)
    assert code == 0
    lines = out.splitlines()
    assert lines[:2] == [f"sid           {RE}", "status        in-progress"]
    assert "date_created  2030-01-07 09:00:00 UTC" in lines and "duration      4" in lines
    assert not any(line.startswith(("account_sid", "call_sid", "uri", "api_version")) for line in lines)
    server.answer = _page("recordings", [_recording(), _recording(sid="RE" + "4" * 32, status="paused")], None)
    code, out, _ = cli(capsys, "recordings", "list", CA)
    header, *rows, total = out.splitlines()
    assert header.split() == ["SID", "STATUS", "DATE_CREATED", "DURATION"]
    assert rows[1].split()[:2] == ["RE" + "4" * 32, "paused"] and total == "2 recordings"
    event = {
        "request": {"method": "POST", "url": "https://example.com/cb", "parameters": {"CallSid": CA}},
        "response": {"response_code": 200},
    }
    server.answer = _page("events", [event], None)
    code, out, _ = cli(capsys, "events", "list", CA)
    assert out.splitlines() == [
        "REQUEST                                  RESPONSE",
        "method=POST, url=https://example.com/cb  response_code=200",
        "1 event",
    ]


# -- exit codes ------------------------------------------------------------------------------------------


def test_a_provider_without_the_operation_refuses_it_before_sending(
    server: Server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", SIGNALWIRE_PROJECT)
    call = "3f1e2d3c-4b5a-4697-8877-665544332211"
    code, out, err = cli(capsys, "--provider", "signalwire", "siprec", "create", call, "--name", "s")
    assert (code, out) == (2, "")
    assert err.startswith("usage: twilio-calls siprec create CALL_SID [options]\n")
    assert err.endswith(
        "twilio-calls siprec create: error: siprec.create: not offered by signalwire (only by twilio): its API has "
        "no POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec.json\n"
    )
    assert server.sent == []
    code, _, err = cli(capsys, "--provider", "signalwire", "recordings", "create", call, "--trim", "trim-silence")
    assert (code, err) == (0, "") and len(server.sent) == 1  # what SignalWire offers goes through


RESOURCE_USAGE = "usage: twilio-calls recordings [-h] ACTION ...\n"


@pytest.mark.parametrize(
    ("args", "usage", "named"),
    [
        (["recordings", "create", CA, "--recording-channels", "triple"], None, "invalid choice: 'triple'"),
        (["recordings", "create", CA, "--recording-status-callback-event", "completed,bogus"], None, "'bogus'"),
        (["recordings", "update", CA, RE], None, "the following arguments are required: --status"),
        (["recordings", "list", CA, "--page-size", "many"], None, "--page-size: invalid int value"),
        (["recordings", "list", CA, "--page-size", "0"], None, "page_size"),  # the client's bound, not argparse's
        (["recordings", "list", "CA123"], None, "call_sid"),
        (["recordings", "list", CA, "--limit", "2", "--all"], None, "not allowed with argument"),
        (["payments", "create", CA], None, "--idempotency-key, --status-callback"),
        (["recordings"], RESOURCE_USAGE, "the following arguments are required: ACTION"),
        (["recordings", "pause", CA, RE], RESOURCE_USAGE, "invalid choice: 'pause'"),
    ],
)
def test_bad_usage_exits_2_before_sending(
    server: Server, capsys: pytest.CaptureFixture[str], args: list[str], usage: str | None, named: str
) -> None:
    code, out, err = cli(capsys, *args)
    assert (code, out) == (2, "")
    # The usage line of the action refused (its SIDs and required options), or of the resource without one.
    assert err.startswith(usage or f"usage: twilio-calls {args[0]} {args[1]} CALL_SID ")
    assert named in err and "Traceback" not in err
    assert server.sent == []


def test_api_and_connection_errors_exit_1(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    refusal = {"code": 21220, "message": "Call is not in-progress.", "more_info": "https://x/21220", "status": 400}
    server.answer = lambda request: httpx.Response(400, json=refusal)
    code, out, err = cli(capsys, "recordings", "create", CA)
    assert (code, out) == (1, "")
    assert err.startswith("twilio-calls: error: ") and "21220" in err and "Call is not in-progress." in err

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    server.answer = unreachable
    code, out, err = cli(capsys, "recordings", "fetch", CA, RE)
    assert (code, out) == (1, "") and err.startswith("twilio-calls: error: ") and "Traceback" not in err


# -- help, from the tables ---------------------------------------------------------------------------------


def _merged_ids() -> list[str]:
    return list(dict.fromkeys(op_id for provider in PROVIDERS for op_id in OPERATIONS[provider]))


def test_the_top_help_lists_every_resource_and_each_its_actions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--help")
    assert code == 0
    for resource in RESOURCES:
        assert re.search(rf"^\s+{resource.replace('_', '-')}\s", out, re.M), resource
        code, out_resource, _ = cli(capsys, resource.replace("_", "-"), "--help")
        actions = {
            OPERATIONS[provider][op_id].action
            for provider in PROVIDERS
            for op_id in OPERATIONS[provider]
            if OPERATIONS[provider][op_id].resource == resource
        }
        listed = set(re.findall(r"^    (\w+)\s", out_resource, re.M))
        assert code == 0 and listed == actions, resource


@pytest.mark.parametrize("op_id", _merged_ids())
def test_every_parameter_of_every_operation_is_an_option(capsys: pytest.CaptureFixture[str], op_id: str) -> None:
    ops = {provider: OPERATIONS[provider][op_id] for provider in PROVIDERS if op_id in OPERATIONS[provider]}
    first = next(iter(ops.values()))
    code, out, _ = cli(capsys, first.resource.replace("_", "-"), first.action, "--help")
    assert code == 0
    text = " ".join(out.split())
    assert first.summary.rstrip(".") in text
    for param in first.path_params[1:]:
        assert re.sub(r"(?<=[a-z])(?=[A-Z])", "_", param.wire).upper() in text
    every = [param for op in ops.values() for param in op.params if not param.paging]
    for param in every:
        assert re.search(rf" {flag(param.name)}[ ,]", text), param.name
        values = dict.fromkeys(value for other in every if other.name == param.name for value in other.values)
        if values and all(other.values for other in every if other.name == param.name):
            assert f"{flag(param.name)} {{{','.join(values)}}}" in text, param.name


def test_recordings_create_help_gives_each_parameter_its_description(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "recordings", "create", "--help")
    text = " ".join(out.split())
    assert code == 0 and text.startswith("usage: twilio-calls recordings create CALL_SID [options]")
    for param in OPERATIONS["twilio"]["create_call_recording"].params:
        assert f"{flag(param.name)} " in text and param.description in text, param.name
    code, out, _ = cli(capsys, "streams", "update", "--help")
    text = " ".join(out.split())
    # Each provider's values where they differ; the union as the choices.
    assert "--status {stopped,in-progress}" in text and "(twilio: one of stopped; signalwire: every value)" in text
    code, out, _ = cli(capsys, "events", "list", "--help")
    assert "(min 1, max 1000)" in " ".join(out.split()) and "Offered by twilio only." in " ".join(out.split())


# -- one source: a new operation in the document is a command after regeneration ---------------------------


def add_an_operation(spec: Path) -> None:
    document = yaml.safe_load(spec.read_text())
    document["tags"].append({"name": "feedback", "description": "How the caller rated a call (a test resource)."})
    body = {"$ref": "#/components/schemas/CreateCallFeedbackForm"}
    answer = {"$ref": "#/components/schemas/CallFeedback"}
    document["paths"]["/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Feedback.json"] = {
        "parameters": [{"$ref": "#/components/parameters/AccountSid"}, {"$ref": "#/components/parameters/CallSid"}],
        "post": {
            "operationId": "create_call_feedback",
            "tags": ["feedback"],
            "summary": "Rate a call (a test operation)",
            "requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {"schema": body}}},
            "responses": {
                "201": {"description": "The rating.", "content": {"application/json": {"schema": answer}}},
                "default": {"$ref": "#/components/responses/Error"},
            },
        },
    }
    schemas = document["components"]["schemas"]
    schemas["FeedbackIssue"] = {"type": "string", "enum": ["audio-latency", "dropped-call"], "description": "A fault."}
    schemas["CreateCallFeedbackForm"] = {
        "type": "object",
        "required": ["QualityScore"],
        "properties": {
            "QualityScore": {"description": "How good it sounded.", "type": "integer", "minimum": 1, "maximum": 5},
            "Issue": {
                "description": "What went wrong.",
                "type": "array",
                "items": {"$ref": "#/components/schemas/FeedbackIssue"},
            },
        },
    }
    schemas["CallFeedback"] = {
        "type": "object",
        "additionalProperties": True,
        "required": ["sid", "account_sid"],
        "properties": {
            "sid": {"type": "string", "minLength": 1, "description": "The rating's identifier."},
            "account_sid": {"type": "string", "minLength": 1, "description": "The account."},
            "quality_score": {"type": ["integer", "null"], "description": "The score given."},
        },
    }
    spec.write_text(yaml.safe_dump(document, sort_keys=False, width=1000))


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("new-operation")
    ignore = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=ignore)
        else:
            shutil.copy2(source, root / name)
    wrapper_before = {path: path.read_bytes() for path in (root / "wrapper").rglob("*.py")}
    add_an_operation(root / "openapi" / "calls.yaml")
    result = subprocess.run(
        [sys.executable, "scripts/regenerate.py"], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "added: twilio operation create_call_feedback" in result.stdout
    assert {path: path.read_bytes() for path in (root / "wrapper").rglob("*.py")} == wrapper_before
    return root


CLI_IN_COPY = """
    import sys, httpx, twilio_calls
    from twilio_calls._cli import main

    real = twilio_calls.CallsClient

    def handler(request):
        print(request.method, request.url, request.content.decode())
        return httpx.Response(201, json={"sid": "FB1", "account_sid": "AC" + "0" * 32, "quality_score": 4})

    def client(*args, **options):
        return real(*args, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options)

    twilio_calls.CallsClient = client
    try:
        code = main(sys.argv[1:])
    except SystemExit as exit:
        code = exit.code
    sys.stdout.flush()
    sys.exit(code)
"""


def test_a_new_operation_is_a_command_after_regeneration(regenerated: Path) -> None:
    env_args = ["--account-sid", AC, "--base-url", BASE_URL]
    top = in_copy(regenerated, CLI_IN_COPY, "--help")
    assert top.returncode == 0 and re.search(r"^\s+feedback\s+How the caller rated a call", top.stdout, re.M)
    shown = in_copy(regenerated, CLI_IN_COPY, "feedback", "create", "--help")
    text = " ".join(shown.stdout.split())
    assert shown.returncode == 0, shown.stderr
    assert text.startswith("usage: twilio-calls feedback create CALL_SID --quality-score N [options]")
    assert "--quality-score N How good it sounded. (min 1, max 5)" in text
    assert "--issue {audio-latency,dropped-call} What went wrong." in text
    # in_copy leaves out every TWILIO_ variable; the token is the script's own (secrets never go in arguments).
    script = "import os; os.environ['TWILIO_AUTH_TOKEN'] = 'a-token'\n" + textwrap.dedent(CLI_IN_COPY)
    sent = in_copy(
        regenerated,
        script,
        *env_args,
        "feedback",
        "create",
        CA,
        "--quality-score",
        "4",
        "--issue",
        "dropped-call,audio-latency",
        "--json",
    )
    assert sent.returncode == 0, sent.stderr
    request, body = sent.stdout.split("\n", 1)
    assert request == f"POST {CALL}/Feedback.json QualityScore=4&Issue=dropped-call&Issue=audio-latency"
    assert json.loads(body) == {"sid": "FB1", "account_sid": AC, "quality_score": 4}
    refused = in_copy(regenerated, script, *env_args, "feedback", "create", CA, "--quality-score", "6")
    assert refused.returncode == 2 and "quality_score" in refused.stderr and refused.stdout == ""
