"""The contract with the official SDKs: each in its own virtualenv, against the sandbox flavour it talks to.

    .venv/bin/python -m nox -s sdk_twilio sdk_signalwire     # as .ci/run does (fresh virtualenvs)
    .venv/bin/python -m nox -s sdk_twilio -R                  # locally: reuse the virtualenv, skip installs

signalwire 2.x pins twilio 6.54 and aiohttp 3.9.5, so neither SDK can share this project's own venv, nor one
another's. Each session installs the SDK and this package (for the `twilio-calls sandbox` command), starts two
sandboxes of the SDK's provider on 127.0.0.1 (one plain, one with --rate-limit 1), and runs
tests/sdk/lifecycle.py, which imports only the SDK and the standard library. The sandboxes are stopped when
the session ends, whatever happened.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit

import nox

SDKS = {"twilio": "twilio>=9,<10", "signalwire": "signalwire>=2,<3"}
nox.options.sessions = ["sdk_twilio", "sdk_signalwire"]
nox.options.error_on_missing_interpreters = True


@nox.session(name="sdk_twilio")
def sdk_twilio(session: nox.Session) -> None:
    """twilio-python 9.x against the Twilio sandbox."""
    _contract(session, "twilio")


@nox.session(name="sdk_signalwire")
def sdk_signalwire(session: nox.Session) -> None:
    """SignalWire's Python SDK 2.x (twilio-python 6.54 underneath) against the SignalWire sandbox."""
    _contract(session, "signalwire")


def _contract(session: nox.Session, provider: str) -> None:
    session.install(SDKS[provider], ".")
    session.run("python", "-m", "pip", "list", "--format=freeze", silent=False)
    with _sandbox(session, provider) as plain, _sandbox(session, provider, "--rate-limit", "1") as limited:
        env = {
            "SANDBOX_URL": plain["url"],
            "SANDBOX_ACCOUNT": plain["account"],
            "SANDBOX_TOKEN": plain["token"],
            "LIMITED_URL": limited["url"],
            "LIMITED_ACCOUNT": limited["account"],
            "LIMITED_TOKEN": limited["token"],
        }
        session.run("python", "tests/sdk/lifecycle.py", provider, env=env)
    if provider == "twilio":
        _readme_fixture(session)


def _readme_fixture(session: nox.Session) -> None:
    """README's pytest example for twilio-python, run as written: the fixture and the test that uses it."""
    session.install("pytest")
    readme = Path("README.md").read_text()
    (block,) = [block for block in re.findall(r"```py\n(.*?)```", readme, flags=re.S) if "def twilio_client" in block]
    folder = Path(session.create_tmp())
    (folder / "test_readme_twilio_fixture.py").write_text(block)
    (folder / "pytest.ini").write_text("[pytest]\n")  # not this repository's settings or conftest
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(folder / "pytest.ini"), str(folder))


def _clean_env() -> dict[str, str]:
    """The environment without account settings that would change what a sandbox serves or where an SDK goes."""
    prefixes = ("TWILIO", "SIGNALWIRE")
    return {name: value for name, value in os.environ.items() if not name.startswith(prefixes)}


@contextmanager
def _sandbox(session: nox.Session, provider: str, *options: str) -> Iterator[dict[str, str]]:
    """`twilio-calls sandbox` from the session's virtualenv: its root URL and the account it minted."""
    command = [os.path.join(str(session.bin), "twilio-calls"), "sandbox", "--provider", provider]
    # Short phases so the lifecycle runs in seconds; talk long enough that a test hangs the call up itself.
    command += ["--queue", "0.2", "--ring", "0.5", "--talk", "60", *options]
    process = subprocess.Popen(command, env=_clean_env(), stdout=subprocess.PIPE, text=True)
    try:
        banner: dict[str, str] = {}
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("Calls sandbox listening on "):
                parts = urlsplit(line.split()[-1])
                banner["url"] = f"{parts.scheme}://{parts.netloc}"  # the SDKs add /2010-04-01 to the root
            elif "export TWILIO_ACCOUNT_SID=" in line:
                banner["account"] = line.split("=", 1)[1].strip()
            elif "export TWILIO_AUTH_TOKEN=" in line:
                banner["token"] = line.split("=", 1)[1].strip()
            elif line.startswith("To numbers"):
                break
        if set(banner) != {"url", "account", "token"}:
            session.error(f"the {provider} sandbox did not start: {command}")
        yield banner
    finally:
        with suppress(ProcessLookupError):
            process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
