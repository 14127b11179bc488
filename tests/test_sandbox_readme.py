"""The examples in README's "Demo, sandbox and command line" section run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from twilio_calls.sandbox import Sandbox

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
SECTION = README.split("## Demo, sandbox and command line", 1)[1].split("\n## ", 1)[0]
EXAMPLES = re.findall(r"```python\n(.*?)```", SECTION, flags=re.S)


def test_the_section_has_its_two_python_examples() -> None:
    assert len(EXAMPLES) == 2


def test_the_sandbox_example_prints_what_its_comments_say(capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(EXAMPLES[0], "README.md", "exec"), {})
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "completed 10 -0.01400"
    assert [line.split()[0] for line in lines[1:]] == ["ringing", "in-progress", "completed"]
    assert all(len(line.split()[1]) == 28 for line in lines[1:])  # base64 of a 20-byte HMAC-SHA1


def test_the_fixture_example_passes(calls_sandbox: Sandbox) -> None:
    namespace: dict[str, object] = {}
    exec(compile(EXAMPLES[1], "README.md", "exec"), namespace)
    test = namespace["test_reminder_call"]
    assert callable(test)
    test(calls_sandbox)
    assert [call.status for call in calls_sandbox.client().list()] == ["busy"]
