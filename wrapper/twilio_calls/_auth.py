"""HTTP basic auth whose secret cannot leak through repr, str or logs."""

from __future__ import annotations

from base64 import b64encode
from collections.abc import Generator

import httpx


class BasicAuth(httpx.Auth):
    """Sends `user:secret` as HTTP basic credentials; only the user appears in repr."""

    def __init__(self, user: str, secret: str) -> None:
        self.user = user
        # Only the Authorization header's value is kept (base64, so not a protection in itself); repr hides it.
        self.header = "Basic " + b64encode(f"{user}:{secret}".encode()).decode("ascii")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.header
        yield request

    def __repr__(self) -> str:
        return f"BasicAuth(user={self.user!r}, secret=<hidden>)"
