"""The curated document is the one source: a change there reaches the client, mypy, the CLI and the sandbox by
regeneration alone.

A copy of the repository gets five changes to openapi/calls.yaml (a new optional parameter with a bound, a new
response field with a normalization, a new enum value, a tightened bound, a removed parameter), then
scripts/regenerate.py runs in it, and the copy's own packages are exercised in fresh interpreters. Nothing
outside openapi/ and generated/ is edited.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("openapi", "scripts", "generated", "wrapper", "pyproject.toml")


def change_the_document(spec: Path) -> None:
    document = yaml.safe_load(spec.read_text())
    schemas = document["components"]["schemas"]
    create = schemas["CreateCallForm"]["properties"]
    create["RingBudget"] = {
        "description": "Seconds of ringing this call may use (a test parameter).",
        "type": "integer",
        "minimum": 1,
        "maximum": 30,
    }
    schemas["Call"]["properties"]["queue_priority"] = {
        "description": "Where the call stood in the queue (a test field).",
        "type": ["string", "integer", "null"],
        "x-normalize": "integer",
    }
    schemas["RecordingTrack"]["enum"].append("mixed")
    create["Timeout"]["maximum"] = 300
    del create["CallerId"]
    add_an_operation(document)
    spec.write_text(yaml.safe_dump(document, sort_keys=False, width=1000))


def add_an_operation(document: dict[str, object]) -> None:
    """A whole new resource of a call (issue 19): create and fetch a call's quality feedback, its own tag, form and
    response schema, with a bound, an enum array and a normalized response field."""
    components = document["components"]
    assert isinstance(components, dict)
    schemas = components["schemas"]
    schemas["FeedbackIssue"] = {"type": "string", "enum": ["dropped-call", "audio-latency", "echo"]}
    schemas["CreateFeedbackForm"] = {
        "type": "object",
        "required": ["QualityScore"],
        "properties": {
            "QualityScore": {"description": "How good the call was, 1 to 5.", "type": "integer", "minimum": 1,
                             "maximum": 5},
            "Issue": {"description": "What went wrong.", "type": "array",
                      "items": {"$ref": "#/components/schemas/FeedbackIssue"}},
        },
    }  # fmt: skip
    schemas["Feedback"] = {
        "type": "object",
        "additionalProperties": True,
        "required": ["sid", "account_sid"],
        "properties": {
            "sid": {"type": "string", "description": "The feedback's identifier.", "pattern": "^FB[0-9a-fA-F]{32}$"},
            "account_sid": {"type": "string", "description": "The account."},
            "quality_score": {"type": ["string", "integer", "null"], "x-normalize": "integer",
                              "description": "The score given."},
            "date_created": {"type": ["string", "null"], "x-normalize": "timestamp", "description": "When given."},
        },
    }  # fmt: skip
    answer = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Feedback"}}}}
    paths = document["paths"]
    assert isinstance(paths, dict)
    paths["/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Feedback.json"] = {
        "parameters": [{"$ref": "#/components/parameters/AccountSid"}, {"$ref": "#/components/parameters/CallSid"}],
        "post": {
            "operationId": "create_call_feedback",
            "tags": ["feedback"],
            "x-idempotent": True,
            "summary": "Rate a call",
            "requestBody": {
                "required": True,
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {"$ref": "#/components/schemas/CreateFeedbackForm"},
                        "encoding": {"Issue": {"style": "form", "explode": True}},
                    }
                },
            },
            "responses": {"201": {"description": "The feedback.", **answer},
                          "default": {"$ref": "#/components/responses/Error"}},
        },
        "get": {
            "operationId": "fetch_call_feedback",
            "tags": ["feedback"],
            "x-idempotent": True,
            "summary": "Read a call's feedback",
            "responses": {"200": {"description": "The feedback.", **answer},
                          "default": {"$ref": "#/components/responses/Error"}},
        },
    }  # fmt: skip
    tags = document["tags"]
    assert isinstance(tags, list)
    tags.append({"name": "feedback", "description": "How callers rated a call."})


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The changed, regenerated copy, and what regenerate.py printed."""
    root = tmp_path_factory.mktemp("one-source")
    ignore = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=ignore)
        else:
            shutil.copy2(source, root / name)
    change_the_document(root / "openapi" / "calls.yaml")
    result = subprocess.run(
        [sys.executable, "scripts/regenerate.py"], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    check = subprocess.run(
        [sys.executable, "scripts/regenerate.py", "--check"], cwd=root, capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr
    yield root, result.stdout


def in_copy(root: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Runs `code` in a fresh interpreter that imports the copy's packages, not this checkout's."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root / "wrapper"), str(root / "generated")]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env = {name: value for name, value in env.items() if not name.startswith("TWILIO_")}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], env=env, capture_output=True, text=True, check=False
    )


def test_the_change_report_names_each_change_and_the_bump(copy: tuple[Path, str]) -> None:
    _, report = copy
    assert "added: twilio create_call parameter ring_budget (RingBudget)" in report
    assert "added: signalwire create_call parameter ring_budget (RingBudget)" in report
    assert "added: call field queue_priority (queue_priority)" in report
    assert "removed: twilio create_call parameter caller_id (CallerId)" in report
    assert "changed: twilio create_call parameter timeout (Timeout): maximum 600 -> 300" in report
    assert "changed: twilio create_call parameter recording_track (RecordingTrack): values" in report
    assert report.rstrip().endswith("suggested version bump (README, Bumping the version): major")


def test_a_new_operation_is_a_minor_change_and_its_path_parameters_are_not_new_requirements(
    tmp_path: Path, copy: tuple[Path, str]
) -> None:
    """On its own (the other changes undone), the new resource is a minor change: an added operation, with its
    path parameters and required form fields, breaks no existing call (issue 19, item 5)."""
    root = tmp_path / "only-new"
    for name in COPIED:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, root / name)
    spec = root / "openapi" / "calls.yaml"
    document = yaml.safe_load(spec.read_text())
    add_an_operation(document)
    spec.write_text(yaml.safe_dump(document, sort_keys=False, width=1000))
    result = subprocess.run([sys.executable, "scripts/regenerate.py"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "added: twilio operation create_call_feedback" in result.stdout
    assert "added: twilio operation fetch_call_feedback" in result.stdout
    assert "added: twilio create_call_feedback parameter call_sid (CallSid)" in result.stdout
    assert "added: twilio create_call_feedback parameter quality_score (QualityScore)" in result.stdout
    assert "removed:" not in result.stdout
    assert result.stdout.rstrip().endswith("suggested version bump (README, Bumping the version): minor")


FEEDBACK_SCRIPT = """
    import asyncio, json
    import httpx
    from twilio_calls import AsyncCallsClient, CallsClient, ValidationError
    from twilio_calls import Feedback

    AC, CA = "AC" + "0" * 32, "CA" + "1" * 32
    FB = "FB" + "2" * 32
    sent = []

    def handler(request):
        sent.append([request.method, str(request.url), request.content.decode()])
        return httpx.Response(201, json={"sid": FB, "account_sid": AC, "quality_score": "4",
                                         "date_created": "Tue, 08 Dec 2026 10:00:00 +0000"})

    out = {}
    with CallsClient(AC, "token", http_client=httpx.Client(transport=httpx.MockTransport(handler))) as client:
        feedback = client.feedback.create(CA, quality_score=4, issue=["dropped-call", "echo"])
        out["sync"] = [isinstance(feedback, Feedback), feedback.quality_score, feedback.date_created.isoformat()]
        try:
            client.feedback.create(CA, quality_score=6)
        except ValidationError as exc:
            out["refused"] = str(exc)
        out["fetched"] = client.feedback.fetch(CA).sid
        out["doc"] = "quality_score (int; required; 1 <= value <= 5)" in type(client.feedback).create.__doc__

    async def main():
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncCallsClient(AC, "token", http_client=http) as client:
            out["async"] = (await client.feedback.create(CA, quality_score=1)).quality_score
        await http.aclose()

    asyncio.run(main())
    # The overlay does not remove it, so SignalWire's document has it too (under /api/laml, with UUIDs).
    with CallsClient.signalwire(
        space="x", project_id="1f3c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b", api_token="t",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    ) as sw:
        out["signalwire"] = sw.feedback.fetch("1f3c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5c").quality_score
    out["sent"] = sent
    print(json.dumps(out))
"""


def test_the_new_operation_reaches_both_clients(copy: tuple[Path, str]) -> None:
    """client.feedback.create/fetch exist, typed and checked, without an edit under wrapper/, for both providers
    (the SignalWire overlay does not remove the new operation)."""
    root, _ = copy
    result = in_copy(root, FEEDBACK_SCRIPT)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    url = f"https://api.twilio.com/2010-04-01/Accounts/AC{'0' * 32}/Calls/CA{'1' * 32}/Feedback.json"
    assert out["sent"] == [
        ["POST", url, "QualityScore=4&Issue=dropped-call&Issue=echo"],
        ["GET", url, ""],
        ["POST", url, "QualityScore=1"],
        [
            "GET",
            "https://x.signalwire.com/api/laml/2010-04-01/Accounts/1f3c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b/Calls/"
            "1f3c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5c/Feedback.json",
            "",
        ],
    ]
    assert out["sync"] == [True, 4, "2026-12-08T10:00:00+00:00"] and out["async"] == 4
    assert out["refused"] == "quality_score: must be between 1 and 5, got 6"
    assert out["fetched"] == "FB" + "2" * 32 and out["doc"] is True
    assert out["signalwire"] == 4


CLIENT_SCRIPT = """
    import asyncio, json, sys
    import httpx
    import twilio_calls
    from twilio_calls import AsyncCallsClient, CallsClient, ValidationError

    AC = "AC" + "0" * 32
    sent = []

    def handler(request):
        sent.append(request.content.decode())
        return httpx.Response(201, json={"sid": "CA" + "1" * 32, "account_sid": AC, "queue_priority": "7"})

    BASE = dict(to="+15558675310", from_="+15017122661", url="https://example.com/t")
    out = {"module": twilio_calls.__file__}

    def refused(call):
        try:
            call()
        except ValidationError as exc:
            return exc.parameter
        return None

    with CallsClient(AC, "token", http_client=httpx.Client(transport=httpx.MockTransport(handler))) as client:
        call = client.create(**BASE, ring_budget=5, recording_track="mixed")
        out["sync_priority"] = call.queue_priority
        out["refused"] = [
            refused(lambda: client.create(**BASE, ring_budget=31)),
            refused(lambda: client.create(**BASE, timeout=301)),
            refused(lambda: client.create(**BASE, caller_id="x")),
        ]
        out["help_lists_ring_budget"] = "ring_budget (int; required" not in CallsClient.create.__doc__ and (
            "ring_budget (int; 1 <= value <= 30)" in CallsClient.create.__doc__
        )

    async def main():
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncCallsClient(AC, "token", http_client=http) as client:
            call = await client.create(**BASE, ring_budget=30)
            out["async_priority"] = call.queue_priority
            try:
                await client.create(**BASE, ring_budget=0)
            except ValidationError as exc:
                out["async_refused"] = exc.parameter
        await http.aclose()

    asyncio.run(main())
    out["sent"] = sent
    print(json.dumps(out))
"""


def test_the_client_takes_the_new_parameter_and_field_on_both_transports(copy: tuple[Path, str]) -> None:
    root, _ = copy
    result = in_copy(root, CLIENT_SCRIPT)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["module"].startswith(str(root))
    assert out["sent"] == [
        "To=%2B15558675310&From=%2B15017122661&Url=https%3A%2F%2Fexample.com%2Ft&RecordingTrack=mixed&RingBudget=5",
        "To=%2B15558675310&From=%2B15017122661&Url=https%3A%2F%2Fexample.com%2Ft&RingBudget=30",
    ]
    assert out["sync_priority"] == 7 and out["async_priority"] == 7
    assert out["refused"] == ["ring_budget", "timeout", "caller_id"] and out["async_refused"] == "ring_budget"
    assert out["help_lists_ring_budget"] is True


TYPED_APP = """
    from twilio_calls import CallsClient

    def place(client: CallsClient) -> int | None:
        call = client.create(to="+1555", from_="+1501", url="https://e.com/t", ring_budget=5)
        priority: int | None = call.queue_priority
        return priority

    def wrong(client: CallsClient) -> None:
        client.create(to="+1555", from_="+1501", url="https://e.com/t", ring_budget="five")
        client.create(to="+1555", from_="+1501", url="https://e.com/t", caller_id="x")

    def rate(client: CallsClient, call_sid: str) -> int | None:
        client.feedback.create(call_sid, quality_score="good")
        return client.feedback.create(call_sid, quality_score=5, issue=["echo"]).quality_score
"""


def test_mypy_types_the_new_parameter_and_field(copy: tuple[Path, str]) -> None:
    root, _ = copy
    app = root / "typed_app.py"
    app.write_text(textwrap.dedent(TYPED_APP))
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(root / "wrapper"), str(root / "generated")])}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, str(app)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 3, result.stdout
    assert "typed_app.py:10:" in errors[0] and '"ring_budget"' in errors[0] and 'expected "int"' in errors[0]
    assert "typed_app.py:11:" in errors[1] and '"caller_id"' in errors[1]
    assert "typed_app.py:14:" in errors[2] and '"quality_score"' in errors[2] and 'expected "int"' in errors[2]


def test_the_cli_offers_the_new_option_and_choice(copy: tuple[Path, str]) -> None:
    root, _ = copy
    result = in_copy(root, "import sys; from twilio_calls._cli import main; sys.exit(main())", "create", "--help")
    assert result.returncode == 0, result.stderr
    help_text = " ".join(result.stdout.split())
    assert "--ring-budget N Seconds of ringing this call may use (a test parameter). (min 1, max 30)" in help_text
    assert "{inbound,outbound,both,mixed}" in help_text
    assert "--caller-id" not in help_text and "--timeout N" in help_text


SANDBOX_SCRIPT = """
    import json
    import httpx
    from twilio_calls.sandbox import ManualClock, Sandbox

    BASE = {"To": "+15558675310", "From": "+15017122661", "Url": "https://example.com/t"}
    out = {}
    with Sandbox(clock=ManualClock()) as sandbox:
        path = f"/2010-04-01/Accounts/{sandbox.account_sid}/Calls.json"
        with httpx.Client(base_url=sandbox.url, auth=(sandbox.account_sid, sandbox.auth_token)) as http:
            for name, extra in [("budget_ok", {"RingBudget": "30"}), ("budget_high", {"RingBudget": "31"}),
                                ("timeout_high", {"Timeout": "301"}), ("track_new", {"RecordingTrack": "mixed"})]:
                response = http.post(path, data={**BASE, **extra})
                out[name] = [response.status_code, response.json().get("message")]
            sid = http.post(path, data=BASE).json()["sid"]
            out["field_present"] = "queue_priority" in http.get(path).json()["calls"][0]
    print(json.dumps(out))
"""


def test_the_sandbox_checks_by_the_new_rules(copy: tuple[Path, str]) -> None:
    root, _ = copy
    result = in_copy(root, SANDBOX_SCRIPT)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["budget_ok"][0] == 201 and out["track_new"][0] == 201
    assert out["budget_high"] == [400, "Invalid RingBudget: 31 is above the maximum of 30"]
    assert out["timeout_high"] == [400, "Invalid Timeout: 301 is above the maximum of 300"]
    assert out["field_present"] is True


FEEDBACK_IN_SANDBOX = """
    import contextlib, io, json, os
    from twilio_calls._cli import main
    from twilio_calls.sandbox import ManualClock, Sandbox

    def cli(*args):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = exc.code
        return code, out.getvalue(), err.getvalue()

    out = {}
    with Sandbox(clock=ManualClock()) as sandbox, sandbox.client() as client:
        call = client.create(to="+15558675310", from_="+15017122661", url="https://example.com/t")
        sandbox.advance(call.sid, until="in-progress")
        made = client.feedback.create(call.sid, quality_score=4, issue=["echo"])
        out["client"] = [made.sid[:2], made.quality_score, client.feedback.fetch(call.sid).sid == made.sid]
        os.environ.update({"TWILIO_ACCOUNT_SID": sandbox.account_sid, "TWILIO_AUTH_TOKEN": sandbox.auth_token,
                           "TWILIO_CALLS_BASE_URL": sandbox.url})
        code, stdout, _ = cli("feedback", "create", call.sid, "--quality-score", "5", "--issue", "dropped-call,echo",
                              "--json")
        out["cli"] = [code, int(json.loads(stdout)["quality_score"])]
        code, _, stderr = cli("feedback", "create", call.sid, "--quality-score", "9")
        out["cli_refused"] = [code, "quality_score" in stderr or "quality-score" in stderr]
        code, stdout, _ = cli("feedback", "--help")
        out["cli_help"] = [code, "create" in stdout and "fetch" in stdout]
    print(json.dumps(out))
"""


def test_the_new_operation_reaches_the_cli_and_the_sandbox(copy: tuple[Path, str]) -> None:
    """`twilio-calls feedback create ...` and the sandbox's route for it, from the regenerated tables alone."""
    root, _ = copy
    result = in_copy(root, FEEDBACK_IN_SANDBOX)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["client"] == ["FB", 4, True]
    assert out["cli"] == [0, 5]
    assert out["cli_refused"] == [2, True]
    assert out["cli_help"] == [0, True]
