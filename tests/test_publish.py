"""scripts/publish.py against a real pypiserver, then an install from that index alone into a fresh venv.

The server plays a company index with no fallback to the public PyPI: it holds only what
`publish.py --with-dependencies` put there (our wheel and sdist, and the runtime dependencies' wheels), and the
venv's pip is cut off from every other index and from the machine's pip configuration.

The dependency wheels come from the folder scripts/test fills before the tests start (TWILIO_CALLS_WHEELHOUSE,
else .wheelhouse/), so that these tests talk only to 127.0.0.1.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import re
import secrets
import subprocess
import sys
import threading
import tomllib
import venv
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest
from _pypiserver import free_port, running_index, write_htpasswd

ROOT = Path(__file__).resolve().parent.parent
PUBLISH = ROOT / "scripts" / "publish.py"
USERNAME = "ci-publisher"
SUBPROCESS_SECONDS = 300  # a ceiling for a stuck child, far above what a build or install takes

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
CALL_SID = "CA" + "fedcba9876543210" * 2
AUTH_TOKEN = "loopback-token"
CALL_BODY = {
    "sid": CALL_SID,
    "account_sid": ACCOUNT_SID,
    "to": "+15558675310",
    "from": "+15017122661",
    "status": "completed",
    "direction": "outbound-api",
    "duration": "15",
    "price": "-0.03000",
    "price_unit": "USD",
    "start_time": "Thu, 06 Nov 2025 17:31:40 +0000",
    "end_time": "Thu, 06 Nov 2025 17:31:55 +0000",
    "api_version": "2010-04-01",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls/{CALL_SID}.json",
}


def version() -> str:
    """The version as hatchling reads it: the __version__ literal in _version.py."""
    source = (ROOT / "wrapper" / "twilio_calls" / "_version.py").read_text()
    match = re.search(r"^__version__ = \"([^\"]+)\"$", source, re.MULTILINE)
    assert match, "no __version__ literal in wrapper/twilio_calls/_version.py"
    return match.group(1)


@pytest.fixture(scope="module")
def password() -> str:
    return secrets.token_urlsafe(16)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, password: str) -> Iterator[tuple[str, Path]]:
    """(root URL, package directory) of a running pypiserver; stopped when the module's tests are done."""
    home = tmp_path_factory.mktemp("index")
    packages = home / "packages"
    packages.mkdir()
    write_htpasswd(home / "htpasswd", USERNAME, password)
    with running_index(packages, home / "htpasswd", home / "server.log") as url:
        yield url, packages


@pytest.fixture(scope="module")
def wheelhouse() -> Path:
    """The runtime dependencies' wheels, downloaded by scripts/test before pytest starts."""
    folder = Path(os.environ.get("TWILIO_CALLS_WHEELHOUSE") or ROOT / ".wheelhouse")
    if not any(folder.glob("*.whl")):
        pytest.fail(
            f"no dependency wheels in {folder}: run the tests through scripts/test, which downloads them once, or "
            "set TWILIO_CALLS_WHEELHOUSE to a folder of them (these tests never reach beyond 127.0.0.1)"
        )
    return folder


def publish(
    *args: str, password: str, url: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = os.environ if env is None else env
    env = {name: value for name, value in base.items() if not name.startswith("TWINE_")}
    env |= {"TWINE_USERNAME": USERNAME, "TWINE_PASSWORD": password}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never a desktop keyring prompt
    if url is not None:
        env["TWINE_REPOSITORY_URL"] = url
    # --no-isolation: build with the dev environment's hatchling, so the build fetches nothing.
    command = [sys.executable, str(PUBLISH), "--no-isolation", *args]
    return subprocess.run(
        command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=SUBPROCESS_SECONDS
    )


@pytest.fixture(scope="module")
def published(index: tuple[str, Path], password: str, wheelhouse: Path) -> subprocess.CompletedProcess[str]:
    url, _ = index  # the index named by TWINE_REPOSITORY_URL
    return publish("--with-dependencies", "--wheels-from", str(wheelhouse), password=password, url=url)


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def project(filename: str) -> str:
    """The project a wheel file belongs to: python_dateutil-2.9.0-py3-none-any.whl -> python-dateutil."""
    return normalized(filename.split("-")[0])


def listed(stdout: str, label: str) -> list[str]:
    """The file names publish.py printed after `label: `, or [] without such a line."""
    lines = [line.removeprefix(label + ": ") for line in stdout.splitlines() if line.startswith(label + ": ")]
    assert len(lines) <= 1, stdout
    return lines[0].split(", ") if lines else []


def test_publish_uploads_wheel_and_sdist_and_says_how_to_install(
    published: subprocess.CompletedProcess[str], index: tuple[str, Path], password: str
) -> None:
    url, packages = index
    assert published.returncode == 0, published.stderr
    v = version()
    assert sorted(p.name for p in packages.glob("twilio_calls-*")) == [
        f"twilio_calls-{v}-py3-none-any.whl",
        f"twilio_calls-{v}.tar.gz",
    ]
    assert f"pip install --index-url {url}simple/ twilio-calls=={v}" in published.stdout
    assert password not in published.stdout + published.stderr


def test_with_dependencies_uploads_the_dependency_tree_before_the_package(
    published: subprocess.CompletedProcess[str], index: tuple[str, Path]
) -> None:
    _, packages = index
    assert published.returncode == 0, published.stderr
    uploaded = listed(published.stdout, "uploaded dependencies")
    assert uploaded == listed(published.stdout, "dependencies for this platform")  # the index started empty
    # Exactly those wheels are on the index besides ours, and they cover the declared dependencies and theirs.
    on_index = sorted(p.name for p in packages.iterdir() if not p.name.startswith("twilio_calls-"))
    assert on_index == uploaded
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    wanted = {normalized(re.split(r"[<>=!~;\[ ]", requirement)[0]) for requirement in declared}
    assert wanted == {"httpx", "attrs", "python-dateutil"}
    assert wanted | {"httpcore", "h11", "anyio", "idna", "certifi"} <= {project(name) for name in uploaded}
    lines = published.stdout.splitlines()
    assert lines.index(next(line for line in lines if line.startswith("uploaded dependencies"))) < lines.index(
        next(line for line in lines if line.startswith("uploaded twilio-calls"))
    )


def test_republishing_the_same_version_fails_with_one_clear_line(
    published: subprocess.CompletedProcess[str], index: tuple[str, Path], password: str
) -> None:
    url, _ = index
    assert published.returncode == 0, published.stderr
    again = publish("--repository-url", url, password=password)
    assert again.returncode == 4
    assert again.stderr.strip() == (
        f"publish.py: twilio-calls {version()} is already on {url}; bump wrapper/twilio_calls/_version.py"
    )
    assert password not in again.stdout + again.stderr


def test_second_run_with_dependencies_skips_what_the_index_has(
    published: subprocess.CompletedProcess[str], index: tuple[str, Path], password: str, wheelhouse: Path
) -> None:
    url, packages = index
    assert published.returncode == 0, published.stderr
    before = {p.name: p.stat().st_mtime_ns for p in packages.iterdir()}
    # This time without --wheels-from: pip downloads with the machine's configuration, which here is a pip
    # that may read only the wheelhouse.
    env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
    env |= {"PIP_CONFIG_FILE": os.devnull, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(wheelhouse)}
    again = publish("--with-dependencies", "--repository-url", url, password=password, env=env)
    assert again.returncode == 4, again.stderr  # our own version is still never replaced
    assert again.stderr.strip().endswith(
        f"twilio-calls {version()} is already on {url}; bump wrapper/twilio_calls/_version.py"
    )
    assert listed(again.stdout, "dependencies already on the index") == listed(
        published.stdout, "uploaded dependencies"
    )
    assert listed(again.stdout, "uploaded dependencies") == []
    assert {p.name: p.stat().st_mtime_ns for p in packages.iterdir()} == before
    assert password not in again.stdout + again.stderr


def test_wrong_password_fails_clearly_and_is_never_printed(index: tuple[str, Path]) -> None:
    url, _ = index
    wrong = "not-the-password-" + secrets.token_hex(4)
    result = publish("--repository-url", url, "--verbose", password=wrong)  # relays twine's output too
    assert result.returncode == 5
    assert result.stderr.strip().splitlines()[-1] == (
        f"publish.py: {url} refused the credentials: check TWINE_USERNAME and TWINE_PASSWORD (or keyring)"
    )
    assert "403 Forbidden" in result.stderr  # twine's own report of the refusal is there ...
    assert wrong not in result.stdout + result.stderr  # ... and the password is not


def test_unreachable_index_fails_with_one_clear_line(password: str) -> None:
    url = f"http://127.0.0.1:{free_port()}/"  # nothing listens there any more
    result = publish("--repository-url", url, password=password)
    assert result.returncode == 6
    assert result.stderr.strip() == f"publish.py: cannot reach {url}: check the URL and that the index is up"


@pytest.mark.parametrize(
    "url", ["https://upload.pypi.org/legacy/", "https://test.pypi.org/legacy/", "https://pypi.org/"]
)
def test_public_pypi_is_refused_without_public_flag(url: str, password: str) -> None:
    result = publish("--repository-url", url, password=password)
    assert result.returncode == 2
    assert f"{url} is the public PyPI; pass --public to upload there" in result.stderr
    assert "built" not in result.stdout  # refused before building anything


class CallsApi(BaseHTTPRequestHandler):
    """Answers a fetch of CALL_SID, and records what it was asked."""

    requests: ClassVar[list[tuple[str, str | None]]] = []

    def do_GET(self) -> None:
        CallsApi.requests.append((self.path, self.headers.get("Authorization")))
        if self.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls/{CALL_SID}.json":
            status, body = 200, CALL_BODY
        else:
            status, body = 404, {"code": 20404, "message": "not found", "status": 404}
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep pytest's output clean


@pytest.fixture
def calls_api() -> Iterator[str]:
    CallsApi.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), CallsApi)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def isolated_pip_env() -> dict[str, str]:
    """The environment minus anything that could point pip at another index or at local wheels."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(("PIP_", "PYTHON"))}
    env |= {"PIP_CONFIG_FILE": os.devnull, "PIP_FIND_LINKS": "", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    return env


FETCH_SCRIPT = """
import json, sys
from importlib.resources import files
import twilio_calls, twilio_calls_api
from twilio_calls import CallsClient
account_sid, auth_token, base_url, call_sid = sys.argv[1:]
call = CallsClient(account_sid, auth_token, base_url=base_url).fetch(call_sid)
print(json.dumps({
    "modules": [twilio_calls.__file__, twilio_calls_api.__file__],
    "typed": [files(package).joinpath("py.typed").is_file() for package in ("twilio_calls", "twilio_calls_api")],
    "version": twilio_calls.__version__,
    "sid": call.sid,
    "status": str(getattr(call.status, "value", call.status)),
    "duration": call.duration,
    "price": str(call.price),
}))
"""


def test_install_from_private_index_alone_then_fetch_a_call(
    published: subprocess.CompletedProcess[str], index: tuple[str, Path], calls_api: str, tmp_path: Path
) -> None:
    url, _ = index  # holds only what publish.py --with-dependencies uploaded, and has no fallback
    assert published.returncode == 0, published.stderr

    venv.EnvBuilder(with_pip=True).create(tmp_path / "venv")
    python = str(tmp_path / "venv" / "bin" / "python")
    env = isolated_pip_env()
    install = [python, "-m", "pip", "install", "--no-cache-dir", "--only-binary=:all:", "--index-url"]
    installed = subprocess.run(
        [*install, f"{url}simple/", f"twilio-calls=={version()}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_SECONDS,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    # pip names every index and links directory it consults; ours must be the only one.
    consulted = [line for line in installed.stdout.splitlines() if line.startswith("Looking in")]
    assert consulted == [f"Looking in indexes: {url}simple/"]

    fetched = subprocess.run(
        [python, "-c", FETCH_SCRIPT, ACCOUNT_SID, AUTH_TOKEN, calls_api, CALL_SID],
        env=env,
        cwd=tmp_path,  # not the repository, so the checkout's packages cannot be imported by accident
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_SECONDS,
    )
    assert fetched.returncode == 0, fetched.stderr
    result = json.loads(fetched.stdout)
    site_packages = str(tmp_path / "venv" / "lib")
    assert all(module.startswith(site_packages) for module in result["modules"]), result["modules"]
    assert result["typed"] == [True, True]
    assert result["version"] == version()
    assert (result["sid"], result["status"], result["duration"], result["price"]) == (
        CALL_SID,
        "completed",
        15,
        "-0.03000",
    )
    ((path, authorization),) = CallsApi.requests
    assert path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls/{CALL_SID}.json"
    credentials = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    assert authorization == f"Basic {credentials}"


# -- before anything is uploaded -------------------------------------------------------------------------


def test_missing_build_and_twine_are_named_in_one_line_with_what_to_install(tmp_path: Path) -> None:
    venv.EnvBuilder(with_pip=False).create(tmp_path / "bare")  # a Python without build, twine or hatchling
    result = subprocess.run(
        [str(tmp_path / "bare" / "bin" / "python"), str(PUBLISH), "--dry-run"],
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_SECONDS,
    )
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr == (
        f"publish.py: build and twine are not installed in {tmp_path / 'bare' / 'bin' / 'python'}; "
        'install the dev extra: pip install -e ".[dev]" (or at least: pip install build twine)\n'
    )


def test_wheels_from_needs_with_dependencies_and_a_directory(tmp_path: Path, password: str) -> None:
    alone = publish("--dry-run", "--wheels-from", str(tmp_path), password=password)
    assert alone.returncode == 2
    assert "--wheels-from goes with --with-dependencies" in alone.stderr
    missing = publish("--dry-run", "--with-dependencies", "--wheels-from", str(tmp_path / "nope"), password=password)
    assert missing.returncode == 2
    assert f"--wheels-from {tmp_path / 'nope'} is not a directory" in missing.stderr
    assert "built" not in alone.stdout + missing.stdout  # refused before building anything


def test_dependencies_that_cannot_be_found_fail_before_any_upload(tmp_path: Path, password: str) -> None:
    empty = tmp_path / "wheels"
    empty.mkdir()
    result = publish("--dry-run", "--with-dependencies", "--wheels-from", str(empty), password=password)
    assert result.returncode == 7
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"publish.py: cannot download the dependencies' wheels from {empty}: ERROR: ")
    assert "No matching distribution found for" in line


def test_dry_run_with_dependencies_lists_them_and_uploads_nothing(password: str, wheelhouse: Path) -> None:
    result = publish("--dry-run", "--with-dependencies", "--wheels-from", str(wheelhouse), password=password)
    assert result.returncode == 0, result.stderr
    names = {project(name) for name in listed(result.stdout, "dependencies for this platform")}
    assert {"httpx", "attrs", "python-dateutil", "httpcore", "h11"} <= names
    assert "twilio-calls" not in names
    assert "uploaded" not in result.stdout


# -- reading what an index already has -------------------------------------------------------------------


def load_publish_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("publish_script", PUBLISH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeIndex(BaseHTTPRequestHandler):
    """Answers simple pages the ways real indexes do: a listing, 404, a fallback redirect, a login wall."""

    redirect_to: ClassVar[str] = ""
    paths: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        FakeIndex.paths.append(self.path)
        if self.path == "/simple/httpx/":
            body = b'<a href="../../packages/httpx-0.28.1-py3-none-any.whl#sha256=00">httpx-0.28.1-py3-none-any.whl</a>'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path == "/simple/attrs/":  # what pypiserver's default fallback does for a name it lacks
            self.send_response(303)
            self.send_header("Location", FakeIndex.redirect_to + "attrs/")
        elif self.path == "/simple/h11/":
            self.send_response(401)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_simple_pages_are_read_without_following_a_fallback_redirect() -> None:
    script = load_publish_script()
    FakeIndex.paths = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeIndex)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        root = f"http://127.0.0.1:{server.server_address[1]}"
        FakeIndex.redirect_to = f"{root}/public-pypi/"  # loopback: a followed redirect would show up in paths
        assert script.files_on_index(f"{root}/simple/", "httpx") == {"httpx-0.28.1-py3-none-any.whl"}
        assert script.files_on_index(f"{root}/simple/", "attrs") == set()  # redirected: not on this index
        assert script.files_on_index(f"{root}/simple/", "h11") is None  # cannot tell: upload and see
        assert script.files_on_index(f"{root}/simple/", "idna") == set()
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert FakeIndex.paths == ["/simple/httpx/", "/simple/attrs/", "/simple/h11/", "/simple/idna/"]
