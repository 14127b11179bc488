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
    spec.write_text(yaml.safe_dump(document, sort_keys=False, width=1000))


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
    assert len(errors) == 2, result.stdout
    assert "typed_app.py:10:" in errors[0] and '"ring_budget"' in errors[0] and 'expected "int"' in errors[0]
    assert "typed_app.py:11:" in errors[1] and '"caller_id"' in errors[1]


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
