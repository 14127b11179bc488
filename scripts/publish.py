#!/usr/bin/env python3
"""Build twilio-calls, check it with twine, and upload it to a private package index.

    TWINE_USERNAME=ci TWINE_PASSWORD=... scripts/publish.py --repository-url https://pypi.example.internal/

The index comes from --repository-url or TWINE_REPOSITORY_URL. Credentials come from TWINE_USERNAME and
TWINE_PASSWORD; without a password twine asks keyring (and, at a terminal, prompts). The public PyPI is refused
unless --public is given. Every failure ends with one line on stderr and one of the exit codes below.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "twilio-calls"

FAILED = 1  # anything not listed below
USAGE = 2  # bad arguments, including a public index without --public (argparse uses 2 too)
BUILD_FAILED = 3  # python -m build or twine check failed
VERSION_EXISTS = 4
AUTH_FAILED = 5
UNREACHABLE = 6

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


def run(command: list[str], secrets: list[str]) -> tuple[int, str]:
    # A wide terminal keeps twine's messages on one line each, so they can be matched and relayed whole.
    env = {**os.environ, "COLUMNS": "400"}
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
    parser.add_argument("-v", "--verbose", action="store_true", help="relay twine's output (password removed)")
    args = parser.parse_args(argv)
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
    try:
        dists = build(dist_dir, secrets, isolation=not args.no_isolation)
        version = version_of(dists)
        print(f"built and checked {', '.join(path.name for path in dists)}")
        if args.dry_run or url is None:
            return
        upload(dists, url, version, secrets, args.verbose)
    finally:
        if args.dist_dir is None:
            shutil.rmtree(dist_dir, ignore_errors=True)
    index = args.install_index_url or simple_index_for(url)
    print(f"uploaded {PACKAGE} {version} to {without_credentials(url)}")
    print(f"install with: pip install --index-url {index} {PACKAGE}=={version}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        publish(args)
    except PublishError as error:
        print(f"publish.py: {error}", file=sys.stderr)
        return error.code
    return 0


if __name__ == "__main__":
    sys.exit(main())
