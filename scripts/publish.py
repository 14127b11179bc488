#!/usr/bin/env python3
"""Build twilio-calls, check it with twine, and upload it to a private package index.

    TWINE_USERNAME=ci TWINE_PASSWORD=... scripts/publish.py --repository-url https://pypi.example.internal/

Needs build and twine in the Python that runs it: `pip install -e ".[dev]"` (or `pip install build twine`).
The index comes from --repository-url or TWINE_REPOSITORY_URL. Credentials come from TWINE_USERNAME and
TWINE_PASSWORD; without a password twine asks keyring (and, at a terminal, prompts). The public PyPI is refused
unless --public is given. --with-dependencies also uploads the runtime dependencies' wheels (those for this
interpreter and platform) that the index does not have yet, so that an index with no fallback to PyPI can serve
the install alone. Every failure ends with one line on stderr and one of the exit codes below.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "twilio-calls"

FAILED = 1  # anything not listed below
USAGE = 2  # bad arguments, including a public index without --public (argparse uses 2 too)
BUILD_FAILED = 3  # build or twine not installed, or python -m build or twine check failed
VERSION_EXISTS = 4
AUTH_FAILED = 5
UNREACHABLE = 6
DEPENDENCIES_FAILED = 7  # --with-dependencies: pip could not download the dependencies' wheels

PUBLIC_HOSTS = ("pypi.org", "pypi.python.org")

# What twine (through requests) and common index servers say, lower-cased, for each failure we name.
# pypiserver answers a repeated upload with 409, Warehouse with 400 "File already exists".
SYMPTOMS = (
    (VERSION_EXISTS, ("already exists", "409 conflict")),
    (AUTH_FAILED, ("401 unauthorized", "403 forbidden", "credential not found", "invalid or non-existent auth")),
    (UNREACHABLE, ("connectionerror", "connection refused", "failed to establish", "name or service not known",
                   "max retries exceeded", "timed out", "nodename nor servname")),
)  # fmt: skip


class PublishError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def is_public(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == public or host.endswith("." + public) for public in PUBLIC_HOSTS)


def without_credentials(url: str) -> str:
    """The URL as it may be printed: a user:password@ part is dropped."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit(parts._replace(netloc=netloc))


def simple_index_for(upload_url: str) -> str:
    """Where pip reads the index that upload_url writes to, for servers that serve both under one root."""
    url = without_credentials(upload_url)
    if url.rstrip("/").endswith("/legacy"):  # Warehouse-style upload endpoint
        return url.rstrip("/").removesuffix("legacy") + "simple/"
    return url.rstrip("/") + "/simple/"


def scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "********")
    return text


def missing_tools(no_isolation: bool) -> list[str]:
    """The tools this run needs that this Python cannot import (pip, for --with-dependencies, comes with venv)."""
    needed = ["build", "twine"] + (["hatchling"] if no_isolation else [])
    return [name for name in needed if importlib.util.find_spec(name) is None]


def run(command: list[str], secrets: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    # A wide terminal keeps twine's messages on one line each, so they can be matched and relayed whole.
    env = {**(os.environ if env is None else env), "COLUMNS": "400"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    output = "\n".join(line.rstrip() for line in (result.stdout + result.stderr).splitlines())
    return result.returncode, scrub(output, secrets)


def build(dist_dir: Path, secrets: list[str], isolation: bool = True) -> list[Path]:
    command = [sys.executable, "-m", "build", "--outdir", str(dist_dir), str(ROOT)]
    code, output = run(command if isolation else [*command, "--no-isolation"], secrets)
    if code != 0:
        raise PublishError(BUILD_FAILED, f"python -m build failed:\n{output.strip()}")
    dists = sorted(dist_dir.iterdir())
    code, output = run([sys.executable, "-m", "twine", "--no-color", "check", "--strict", *map(str, dists)], secrets)
    if code != 0:
        raise PublishError(BUILD_FAILED, f"twine check failed:\n{output.strip()}")
    return dists


def upload(dists: list[Path], url: str, version: str, secrets: list[str], verbose: bool) -> None:
    # --verbose makes twine include the server's answer, which is where pypiserver says "already exists".
    command = [sys.executable, "-m", "twine", "--no-color", "upload", "--verbose", "--disable-progress-bar"]
    command += ["--repository-url", url]
    if not sys.stdin.isatty():  # nobody could answer a password prompt
        command.append("--non-interactive")
    code, output = run([*command, *map(str, dists)], secrets)
    if verbose:
        print(output.strip(), file=sys.stderr)
    if code != 0:
        raise upload_failure(output, without_credentials(url), version)


def upload_failure(output: str, shown_url: str, version: str) -> PublishError:
    messages = {
        VERSION_EXISTS: f"{PACKAGE} {version} is already on {shown_url}; bump wrapper/twilio_calls/_version.py",
        AUTH_FAILED: f"{shown_url} refused the credentials: check TWINE_USERNAME and TWINE_PASSWORD (or keyring)",
        UNREACHABLE: f"cannot reach {shown_url}: check the URL and that the index is up",
    }
    lowered = " ".join(output.lower().split())
    for failure, symptoms in SYMPTOMS:
        if any(symptom in lowered for symptom in symptoms):
            return PublishError(failure, messages[failure])
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR")]
    detail = (errors or lines or ["no output"])[-1]
    return PublishError(FAILED, f"twine upload failed ({detail}); rerun with -v for twine's output")


# -- --with-dependencies ---------------------------------------------------------------------------------


def project_of(wheel: Path) -> str:
    """The normalized project name (PEP 503) of a wheel file: python_dateutil-2.9.0-... -> python-dateutil."""
    return re.sub(r"[-_.]+", "-", wheel.name.split("-")[0]).lower()


def pip_environment_without_configuration() -> dict[str, str]:
    """os.environ minus pip's settings and configuration files: --wheels-from is then the only source."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
    return env | {"PIP_CONFIG_FILE": os.devnull}


def collect_dependencies(wheel: Path, dest: Path, wheels_from: Path | None, secrets: list[str]) -> list[Path]:
    """Wheels of `wheel`'s runtime dependencies, transitive ones included, for this interpreter and platform.

    pip resolves them from the wheel's own metadata, so the set is exactly what `pip install twilio-calls`
    would install here. They come from the index in the machine's pip configuration, or from `wheels_from`
    alone (no index, no configuration files).
    """
    command = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "--only-binary=:all:"]
    command += ["--dest", str(dest)]
    env = None
    if wheels_from is not None:
        command += ["--no-index", "--find-links", str(wheels_from)]
        env = pip_environment_without_configuration()
    code, output = run([*command, str(wheel)], secrets, env)
    if code != 0:
        errors = [line.strip() for line in output.splitlines() if line.startswith("ERROR")]
        detail = "; ".join(errors) or (output.strip().splitlines() or ["no output"])[-1]
        source = f"from {wheels_from}" if wheels_from is not None else "with this machine's pip configuration"
        raise PublishError(DEPENDENCIES_FAILED, f"cannot download the dependencies' wheels {source}: {detail}")
    own = project_of(wheel)
    return sorted(path for path in dest.glob("*.whl") if project_of(path) != own)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.files: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") if tag == "a" else None
        if href:
            self.files.add(unquote(urlsplit(href).path.rsplit("/", 1)[-1]))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # a redirect is answered as an HTTPError, below


def files_on_index(index_url: str, project: str) -> set[str] | None:
    """File names the index's simple page lists for `project`; None if the page could not be read.

    A redirect counts as "none here": it is how pypiserver's fallback sends names it lacks to the public PyPI,
    and what PyPI has is no help to an install that cannot reach it. It is never followed.
    """
    opener = urllib.request.build_opener(_NoRedirects)
    request = urllib.request.Request(index_url.rstrip("/") + f"/{project}/", headers={"Accept": "text/html"})
    try:
        with opener.open(request, timeout=30) as response:
            page = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return set() if error.code == 404 or 300 <= error.code < 400 else None
    except (OSError, ValueError):
        return None
    links = _Links()
    links.feed(page)
    return links.files


def upload_dependencies(
    wheels: list[Path], url: str, index_url: str, version: str, secrets: list[str], verbose: bool
) -> None:
    """Upload the wheels the index does not list yet, and say which were there already.

    twine's --skip-existing works only with PyPI, so the index's simple pages are read first. Wheels whose page
    could not be read (an index that wants a login to read) go up one at a time, "already exists" counting as
    there; so do all of them if the index turns out to have one that its page did not list.
    """
    listed = {project: files_on_index(index_url, project) for project in {project_of(w) for w in wheels}}
    there = [w for w in wheels if w.name in (listed[project_of(w)] or ())]
    missing = [w for w in wheels if listed[project_of(w)] is not None and w not in there]
    one_by_one = [w for w in wheels if listed[project_of(w)] is None]
    uploaded: list[Path] = []
    if missing:
        try:
            upload(missing, url, version, secrets, verbose)
            uploaded += missing
        except PublishError as error:
            if error.code != VERSION_EXISTS:
                raise
            one_by_one = missing + one_by_one
    for wheel in one_by_one:
        try:
            upload([wheel], url, version, secrets, verbose)
            uploaded.append(wheel)
        except PublishError as error:
            if error.code != VERSION_EXISTS:
                raise
            there.append(wheel)
    if there:
        print(f"dependencies already on the index: {', '.join(sorted(w.name for w in there))}")
    if uploaded:
        print(f"uploaded dependencies: {', '.join(sorted(w.name for w in uploaded))}")


def version_of(dists: list[Path]) -> str:
    wheel = next(path for path in dists if path.suffix == ".whl")
    return wheel.name.split("-")[1]  # name-version-python-abi-platform.whl


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--repository-url",
        default=os.environ.get("TWINE_REPOSITORY_URL"),
        help="upload endpoint of the index (default: $TWINE_REPOSITORY_URL)",
    )
    parser.add_argument("--public", action="store_true", help="allow uploading to the public PyPI")
    parser.add_argument("--dry-run", action="store_true", help="build and check only; upload nothing")
    parser.add_argument("--dist-dir", type=Path, help="keep the built files here (must be empty or absent)")
    parser.add_argument("--install-index-url", help="index URL to print for pip (default: derived from the upload URL)")
    parser.add_argument(
        "--no-isolation",
        action="store_true",
        help="build with this environment's hatchling instead of fetching one (offline builds, tests)",
    )
    parser.add_argument(
        "--with-dependencies",
        action="store_true",
        help="also upload the runtime dependencies' wheels (for this Python and platform) that the index lacks",
    )
    parser.add_argument(
        "--wheels-from",
        type=Path,
        metavar="DIR",
        help="with --with-dependencies: take the wheels from DIR alone (default: pip download with this machine's "
        "pip configuration)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="relay twine's output (password removed)")
    args = parser.parse_args(argv)
    if args.wheels_from is not None and not args.with_dependencies:
        parser.error("--wheels-from goes with --with-dependencies")
    if args.wheels_from is not None and not args.wheels_from.is_dir():
        parser.error(f"--wheels-from {args.wheels_from} is not a directory")
    if not args.dry_run and not args.repository_url:
        parser.error("no index: pass --repository-url or set TWINE_REPOSITORY_URL")
    if args.repository_url and is_public(args.repository_url) and not args.public:
        parser.error(f"{without_credentials(args.repository_url)} is the public PyPI; pass --public to upload there")
    if args.dist_dir and args.dist_dir.exists() and any(args.dist_dir.iterdir()):
        parser.error(f"--dist-dir {args.dist_dir} is not empty; stale files would be uploaded too")
    return args


def publish(args: argparse.Namespace) -> None:
    url: str | None = args.repository_url
    secrets = [s for s in (os.environ.get("TWINE_PASSWORD"), url and urlsplit(url).password) if s]
    dist_dir = args.dist_dir or Path(tempfile.mkdtemp(prefix="twilio-calls-dist-"))
    deps_dir = Path(tempfile.mkdtemp(prefix="twilio-calls-deps-"))
    index = args.install_index_url or (url and simple_index_for(url))
    try:
        dists = build(dist_dir, secrets, isolation=not args.no_isolation)
        version = version_of(dists)
        print(f"built and checked {', '.join(path.name for path in dists)}")
        dependencies: list[Path] = []
        if args.with_dependencies:  # all collected before anything is uploaded
            wheel = next(path for path in dists if path.suffix == ".whl")
            dependencies = collect_dependencies(wheel, deps_dir, args.wheels_from, secrets)
            print(f"dependencies for this platform: {', '.join(path.name for path in dependencies)}")
        if args.dry_run or url is None or index is None:
            return
        if dependencies:  # first, so that the index never offers twilio-calls without what it needs
            upload_dependencies(dependencies, url, index, version, secrets, args.verbose)
        upload(dists, url, version, secrets, args.verbose)
    finally:
        if args.dist_dir is None:
            shutil.rmtree(dist_dir, ignore_errors=True)
        shutil.rmtree(deps_dir, ignore_errors=True)
    print(f"uploaded {PACKAGE} {version} to {without_credentials(url)}")
    print(f"install with: pip install --index-url {index} {PACKAGE}=={version}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    missing = missing_tools(args.no_isolation)
    if missing:
        named = " and ".join([", ".join(missing[:-1]), missing[-1]] if len(missing) > 1 else missing)
        print(
            f"publish.py: {named} {'are' if len(missing) > 1 else 'is'} not installed in {sys.executable}; "
            f'install the dev extra: pip install -e ".[dev]" (or at least: pip install {" ".join(missing)})',
            file=sys.stderr,
        )
        return BUILD_FAILED
    try:
        publish(args)
    except PublishError as error:
        print(f"publish.py: {error}", file=sys.stderr)
        return error.code
    return 0


if __name__ == "__main__":
    sys.exit(main())
