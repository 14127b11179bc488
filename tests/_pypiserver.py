"""A real pypiserver on 127.0.0.1 for the publishing tests: uploads need a password, reads do not."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx

STARTUP_SECONDS = 30


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def write_htpasswd(path: Path, username: str, password: str) -> None:
    # passlib 1.7.4 imports the standard crypt module, which warns on import since Python 3.11; it does not
    # use it for the apr1 hashes written here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from passlib.apache import HtpasswdFile

    htpasswd = HtpasswdFile(str(path), new=True)
    htpasswd.set_password(username, password)
    htpasswd.save()


@contextlib.contextmanager
def running_index(packages: Path, htpasswd: Path, log: Path) -> Iterator[str]:
    """Serve `packages` and yield the root URL (uploads go there; pip reads URL + "simple/")."""
    port = free_port()
    command = [sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--passwords", str(htpasswd), "--authenticate", "update"]
    # No redirect to the public PyPI for unknown names, and no directory cache that could miss a fresh upload.
    command += ["--disable-fallback", "--backend", "simple-dir", str(packages)]
    with log.open("w") as log_file:
        server = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}/"
            wait_until_up(server, url, log)
            yield url
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def wait_until_up(server: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"pypiserver exited with {server.returncode}:\n{log.read_text()}")
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(url + "health", timeout=2).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(f"pypiserver not answering on {url} after {STARTUP_SECONDS}s:\n{log.read_text()}")
