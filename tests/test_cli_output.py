"""What the command line prints (issue 18): a short view of a call, --sid-only for pipes, one JSON shape for
list, the next page's token on stderr, each command's own usage on a bad option, readable placeholders."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from _sandbox_helpers import FROM, TO, TWIML_URL

from twilio_calls._cli import SUMMARY, main
from twilio_calls.sandbox import ManualClock, Sandbox
from twilio_calls_api.surface import PROVIDER_FACTS, PROVIDERS

CREATE = ("create", "--to", TO, "--from", FROM, "--url", TWIML_URL)


@pytest.fixture(params=PROVIDERS)
def sandbox(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """A sandbox of each provider, the command line pointed at it as `twilio-calls sandbox` prints."""
    with Sandbox(clock=ManualClock(), provider=request.param) as running:
        for name in ("TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_CALLS_PROVIDER"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", running.account_sid)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", running.auth_token)
        monkeypatch.setenv("TWILIO_CALLS_BASE_URL", running.url)
        if running.provider != PROVIDERS[0]:
            monkeypatch.setenv("TWILIO_CALLS_PROVIDER", running.provider)
        yield running


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit:  # argparse's own exits
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_create_and_hangup_print_a_short_view_of_the_providers_fields(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, *CREATE)
    assert code == 0, err
    rows = dict(line.split(None, 1) for line in out.splitlines())
    sent = PROVIDER_FACTS[sandbox.provider].call_fields
    assert list(rows) == [key for key in SUMMARY if key in sent]  # no field of the other provider, as "-" or not
    assert rows["status"] == "queued" and rows["to"] == TO and rows["from"] == FROM
    assert all(len(line) <= 80 for line in out.splitlines())
    sid = rows["sid"]
    sandbox.advance(sid, until="in-progress")
    sandbox.advance_time(5)
    code, out, err = cli(capsys, "hangup", sid)
    assert code == 0, err
    ended = dict(line.split(None, 1) for line in out.splitlines())
    assert (ended["sid"], ended["status"], ended["duration"]) == (sid, "completed", "5")
    assert re.fullmatch(r"-?\d+\.\d+ USD", ended["price"]), ended["price"]  # with its unit
    assert len(out.splitlines()) == len(rows) <= 9


@pytest.mark.parametrize("flag", ["--sid-only", "-q"])
def test_sid_only_prints_just_the_sid_for_pipes(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    code, out, err = cli(capsys, *CREATE, flag)
    assert code == 0, err
    sid = out.removesuffix("\n")
    assert out == sid + "\n" and sandbox.client().fetch(sid).status == "queued"
    for command in ("get", "cancel", "hangup"):
        assert cli(capsys, command, sid, flag) == (0, sid + "\n", "")
    other = sandbox.client().create(to=TO, from_=FROM, url=TWIML_URL).sid
    assert cli(capsys, "list", flag) == (0, f"{other}\n{sid}\n", "")  # newest first, one a line


def test_list_json_is_one_array_with_or_without_a_page_size(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    client = sandbox.client()
    sids = [client.create(to=TO, from_=FROM, url=TWIML_URL).sid for _ in range(3)]
    newest_first = list(reversed(sids))
    code, out, err = cli(capsys, "list", "--json")
    assert (code, err) == (0, "") and [call["sid"] for call in json.loads(out)] == newest_first
    code, out, err = cli(capsys, "list", "--json", "--page-size", "2")
    assert code == 0 and [call["sid"] for call in json.loads(out)] == newest_first[:2]  # the same shape: jq '.[]'
    token = re.fullmatch(r"next_page_token: (\S+)\n", err)
    assert token, err
    code, out, err = cli(capsys, "list", "--json", "--page-token", token[1], "--page-size", "2")
    assert (code, err) == (0, "") and [call["sid"] for call in json.loads(out)] == newest_first[2:]  # last page


@pytest.mark.parametrize(
    ("args", "usage", "message"),
    [
        (
            ("list", "--stauts", "queued"),
            "list [options]",
            "unrecognized arguments: --stauts queued (did you mean --status?)",
        ),
        ((*CREATE, "--recrod"), "create [options] --to TO --from FROM (", "(did you mean --record?)"),
        (("hangup", "CA" + "0" * 32, "--jsno"), "hangup", "(did you mean --json?)"),
        (("list", "--limit", "many"), "list [options]", "argument --limit: invalid int value: 'many'"),
    ],
)
def test_a_bad_option_prints_that_commands_usage(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], usage: str, message: str
) -> None:
    code, out, err = cli(capsys, *args)
    assert (code, out) == (2, "")
    assert err.startswith(f"usage: twilio-calls {usage}") and err.rstrip().endswith(message), err
    assert len(err.splitlines()[0]) < 120  # a usage line, not every option of the command


def test_help_shows_readable_placeholders(capsys: pytest.CaptureFixture[str]) -> None:
    _, create, _ = cli(capsys, "create", "--help")
    _, listing, _ = cli(capsys, "list", "--help")
    assert "--status-callback URL" in create and "--application-sid SID" in create
    assert "--parent-call-sid SID" in listing and "--started-after DATE" in listing
    for unreadable in ("STATUSCALLBACK", "PARENTCALLSID", "APPLICATIONSID", "FALLBACKURL", "SIPAUTHUSERNAME"):
        assert unreadable not in create + listing
