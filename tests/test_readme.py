"""README's runnable example runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_sandbox_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    section = README.split("## Using the client", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    (example,) = [
        block for block in blocks if "from twilio_calls.sandbox import" in block and "recordings" not in block
    ]
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.split()
    assert printed[0].startswith("CA") and printed[1] == "completed"


def test_live_call_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The "Controlling a live call" example, as written, against the sandbox: record, pause, resume, stream, stop."""
    section = README.split("### Controlling a live call", 1)[1].split("\n### ", 1)[0]
    (example,) = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.split()
    assert printed[0].startswith("RE") and printed[1:3] == ["completed", "45"]


# Names the "other ways to build a client" block uses without defining them: it lists alternatives.
PRELUDE = (
    'import httpx\n\nfrom twilio_calls import CallsClient\n\naccount_sid = "AC" + "0" * 32\nauth_token = "token"\n'
)


def test_every_python_block_passes_mypy_strict(tmp_path: Path) -> None:
    """README's own code type-checks as an app would write it (Call.sid is a str, enums are typed...)."""
    import os
    import subprocess
    import sys

    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert len(blocks) >= 8
    files = []
    for number, block in enumerate(blocks):
        path = tmp_path / f"readme_block_{number}.py"
        path.write_text((PRELUDE if "CallsClient(account_sid" in block else "") + block)
        files.append(str(path))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, *files],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_test_command_upgrades_pip_before_installing_the_dev_extra() -> None:
    """pypiserver (in the dev extra) requires pip>=26: installing it must not make pip replace itself mid-run
    (issue 18). README's command, like .ci/run, upgrades pip in a step of its own first."""
    section = README.split("## Tests", 1)[1].split("\n## ", 1)[0]
    command = re.search(r"```sh\n(.*?)\n```", section, flags=re.S)
    assert command is not None
    steps = [step.strip() for step in command[1].split("&&")]
    upgrade = steps.index(".venv/bin/python -m pip install --upgrade pip")
    install = next(i for i, step in enumerate(steps) if '".[dev]"' in step)
    assert upgrade < install and "pip" not in steps[install].split("install", 1)[1].replace(".[dev]", "")
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert ci.index("pip install --quiet --upgrade pip") < ci.index('pip install --quiet -e ".[dev]"')
