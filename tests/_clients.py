"""Runs the same client call through CallsClient or AsyncCallsClient, so one test covers both."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any
from unittest import mock

from twilio_calls import AsyncCallsClient, CallsClient, _client

AC = "AC" + "0123456789abcdef" * 2
CA = "CA" + "fedcba9876543210" * 2
TOKEN = "tok-" + "s3cr3t" * 5  # distinctive, so tests can assert it never leaks
BASE = "https://api.twilio.com"
CALLS_URL = f"{BASE}/2010-04-01/Accounts/{AC}/Calls.json"
CALL_URL = f"{BASE}/2010-04-01/Accounts/{AC}/Calls/{CA}.json"

Run = Callable[..., Any]


def runner(kind: str, **options: Any) -> Run:
    """run("create", to=...) calls the method on a fresh client of that kind and returns a plain result.

    kind: "sync", "async" (AsyncCallsClient on httpx's own pool) or "fast" (on aiohttp, where installed). Each
    async call runs in its own asyncio.run(), so the client serves one event loop after another."""
    if kind == "sync":
        sync_client = CallsClient(AC, TOKEN, **options)

        def run_sync(name: str, *args: Any, **kwargs: Any) -> Any:
            result = getattr(sync_client, name)(*args, **kwargs)
            return list(result) if name == "list" else result

        return run_sync

    if kind == "async":
        with mock.patch.object(_client, "_fast_async_client", lambda: None):
            async_client = AsyncCallsClient(AC, TOKEN, **options)
    else:
        async_client = AsyncCallsClient(AC, TOKEN, **options)

    async def call(name: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(async_client, name)(*args, **kwargs)
        if name == "list":
            return [item async for item in result]
        return await result

    def run_async(name: str, *args: Any, **kwargs: Any) -> Any:
        return asyncio.run(call(name, *args, **kwargs))

    return run_async


def call_body(**fields: Any) -> dict[str, Any]:
    return {"sid": CA, "account_sid": AC, "status": "queued", **fields}
