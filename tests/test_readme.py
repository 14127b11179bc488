"""README's runnable example runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_sandbox_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    section = README.split("## Using the client", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    (example,) = [block for block in blocks if "from twilio_calls.sandbox import" in block]
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.split()
    assert printed[0].startswith("CA") and printed[1] == "completed"
