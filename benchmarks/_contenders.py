"""The clients compared, behind one small interface per benchmark.

Each contender imports its library only when built, so a worker process loads nothing but what it measures.
twilio-python is pointed at the loopback server through its pluggable HTTP client, which rewrites Twilio's origin.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any, Protocol

TWILIO_ORIGIN = "https://api.twilio.com"
AUTH_TOKEN = "bench-auth-token"
TO, FROM, TWIML_URL = "+15558675310", "+15017122661", "https://example.com/twiml"


def _calls_path(account_sid: str, sid: str | None = None) -> str:
    return f"/2010-04-01/Accounts/{account_sid}/Calls" + (f"/{sid}.json" if sid else ".json")


class SyncContender(Protocol):
    def create(self) -> str: ...  # the new call's SID
    def hangup(self, sid: str) -> str: ...  # the call's status afterwards
    def iterate(self, page_size: int) -> Iterator[tuple[str, str]]: ...  # (sid, status) of every call listed
    def close(self) -> None: ...


class AsyncContender(Protocol):
    async def hangup(self, sid: str) -> str: ...
    async def aclose(self) -> None: ...


class RawHttpx:
    """The floor: httpx.Client, form bodies and JSON decoding by hand."""

    def __init__(self, base_url: str, account_sid: str) -> None:
        import httpx

        self._account_sid = account_sid
        # CallsClient's own limits (httpx's default read timeout of 5 s can run out with 50 threads on 2 cores).
        timeout = httpx.Timeout(30.0, connect=5.0)
        self._client = httpx.Client(base_url=base_url, auth=(account_sid, AUTH_TOKEN), timeout=timeout)

    def create(self) -> str:
        response = self._client.post(_calls_path(self._account_sid), data={"To": TO, "From": FROM, "Url": TWIML_URL})
        response.raise_for_status()
        return str(response.json()["sid"])

    def hangup(self, sid: str) -> str:
        response = self._client.post(_calls_path(self._account_sid, sid), data={"Status": "completed"})
        response.raise_for_status()
        return str(response.json()["status"])

    def iterate(self, page_size: int) -> Iterator[tuple[str, str]]:
        url: str | None = _calls_path(self._account_sid)
        params: dict[str, int] | None = {"PageSize": page_size}
        while url:
            response = self._client.get(url, params=params)
            response.raise_for_status()
            page = response.json()
            for call in page["calls"]:
                yield call["sid"], call["status"]
            url, params = page["next_page_uri"], None

    def close(self) -> None:
        self._client.close()


class RawUrllib3:
    """urllib3, what requests (and so twilio-python) sends through: form bodies, Basic auth and JSON by hand."""

    def __init__(self, base_url: str, account_sid: str, maxsize: int = 1) -> None:
        import base64

        import urllib3

        self._base_url, self._account_sid = base_url, account_sid
        # maxsize: connections kept per host; 1 (urllib3's default) for one thread, one per thread for threads.
        self._pool = urllib3.PoolManager(maxsize=maxsize)
        token = base64.b64encode(f"{account_sid}:{AUTH_TOKEN}".encode()).decode()
        self._headers = {"Authorization": f"Basic {token}", "Content-Type": "application/x-www-form-urlencoded"}

    def _json(self, method: str, url: str, body: str | None = None) -> Any:
        import json

        response = self._pool.request(method, url, body=body, headers=self._headers)
        if response.status >= 400:
            raise RuntimeError(f"{method} {url} -> {response.status}")
        return json.loads(response.data)

    def create(self) -> str:
        from urllib.parse import urlencode

        body = urlencode({"To": TO, "From": FROM, "Url": TWIML_URL})
        return str(self._json("POST", self._base_url + _calls_path(self._account_sid), body)["sid"])

    def hangup(self, sid: str) -> str:
        url = self._base_url + _calls_path(self._account_sid, sid)
        return str(self._json("POST", url, "Status=completed")["status"])

    def iterate(self, page_size: int) -> Iterator[tuple[str, str]]:
        url: str | None = f"{self._base_url}{_calls_path(self._account_sid)}?PageSize={page_size}"
        while url:
            page = self._json("GET", url)
            for call in page["calls"]:
                yield call["sid"], call["status"]
            url = page["next_page_uri"] and self._base_url + page["next_page_uri"]

    def close(self) -> None:
        self._pool.clear()


class TwilioCalls:
    """This package's CallsClient."""

    def __init__(self, base_url: str, account_sid: str) -> None:
        from twilio_calls import CallsClient

        self._client = CallsClient(account_sid, AUTH_TOKEN, base_url=base_url)

    def create(self) -> str:
        return str(self._client.create(to=TO, from_=FROM, url=TWIML_URL).sid)

    def hangup(self, sid: str) -> str:
        return str(self._client.hangup(sid).status)

    def iterate(self, page_size: int) -> Iterator[tuple[str, str]]:
        for call in self._client.list(page_size=page_size):
            yield str(call.sid), str(call.status)

    def close(self) -> None:
        self._client.close()


def _loopback_twilio_http_client(base_url: str) -> Any:
    from twilio.http.http_client import TwilioHttpClient

    class LoopbackTwilioHttpClient(TwilioHttpClient):  # type: ignore[misc]
        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            return super().request(method, url.replace(TWILIO_ORIGIN, base_url, 1), *args, **kwargs)

    return LoopbackTwilioHttpClient()


class TwilioPython:
    """twilio-python's REST client (requests underneath)."""

    def __init__(self, base_url: str, account_sid: str) -> None:
        from twilio.rest import Client

        self._client = Client(account_sid, AUTH_TOKEN, http_client=_loopback_twilio_http_client(base_url))

    def create(self) -> str:
        return str(self._client.calls.create(to=TO, from_=FROM, url=TWIML_URL).sid)

    def hangup(self, sid: str) -> str:
        return str(self._client.calls(sid).update(status="completed").status)

    def iterate(self, page_size: int) -> Iterator[tuple[str, str]]:
        for call in self._client.calls.stream(page_size=page_size):
            yield str(call.sid), str(call.status)

    def close(self) -> None:
        session = self._client.http_client.session
        if session is not None:
            session.close()


class RawHttpxAsync:
    """httpx.AsyncClient with its default pool: what a user gets without configuring anything."""

    def __init__(self, base_url: str, account_sid: str) -> None:
        import httpx

        self._account_sid = account_sid
        self._client = httpx.AsyncClient(base_url=base_url, auth=(account_sid, AUTH_TOKEN))

    async def hangup(self, sid: str) -> str:
        response = await self._client.post(_calls_path(self._account_sid, sid), data={"Status": "completed"})
        response.raise_for_status()
        return str(response.json()["status"])

    async def aclose(self) -> None:
        await self._client.aclose()


class RawAiohttp:
    """aiohttp.ClientSession: the reference for what an asyncio client can do here."""

    def __init__(self, base_url: str, account_sid: str) -> None:
        import aiohttp

        self._base_url, self._account_sid = base_url, account_sid
        self._session = aiohttp.ClientSession(auth=aiohttp.BasicAuth(account_sid, AUTH_TOKEN))

    async def hangup(self, sid: str) -> str:
        url = self._base_url + _calls_path(self._account_sid, sid)
        async with self._session.post(url, data={"Status": "completed"}) as response:
            response.raise_for_status()
            return str((await response.json())["status"])

    async def aclose(self) -> None:
        await self._session.close()


class TwilioCallsAsync:
    """This package's AsyncCallsClient."""

    def __init__(self, base_url: str, account_sid: str) -> None:
        from twilio_calls import AsyncCallsClient

        self._client = AsyncCallsClient(account_sid, AUTH_TOKEN, base_url=base_url)

    async def hangup(self, sid: str) -> str:
        return str((await self._client.hangup(sid)).status)

    async def aclose(self) -> None:
        await self._client.aclose()


class TwilioCallsAsyncHttpxPool(TwilioCallsAsync):
    """AsyncCallsClient on a plain httpx.AsyncClient: the default where the `fast` extra is not installed."""

    def __init__(self, base_url: str, account_sid: str) -> None:
        import httpx

        from twilio_calls import AsyncCallsClient

        self._client = AsyncCallsClient(account_sid, AUTH_TOKEN, base_url=base_url, http_client=httpx.AsyncClient())


class TwilioPythonAsync:
    """twilio-python's REST client on its aiohttp-based AsyncTwilioHttpClient."""

    def __init__(self, base_url: str, account_sid: str) -> None:
        from twilio.http.async_http_client import AsyncTwilioHttpClient
        from twilio.rest import Client

        class LoopbackAsyncTwilioHttpClient(AsyncTwilioHttpClient):  # type: ignore[misc]
            async def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
                return await super().request(method, url.replace(TWILIO_ORIGIN, base_url, 1), *args, **kwargs)

        self._http = LoopbackAsyncTwilioHttpClient()
        self._client = Client(account_sid, AUTH_TOKEN, http_client=self._http)

    async def hangup(self, sid: str) -> str:
        return str((await self._client.calls(sid).update_async(status="completed")).status)

    async def aclose(self) -> None:
        await self._http.close()


READ_FIELDS = ("sid", "status", "direction", "date_created", "start_time", "end_time", "duration", "price")


def model_converters() -> dict[str, Callable[[dict[str, Any]], object]]:
    """What turns one decoded Call body into a typed object, per library; libraries missing are left out."""
    converters: dict[str, Callable[[dict[str, Any]], object]] = {}
    try:
        from twilio_calls import Call

        converters["twilio_calls Call.from_json"] = Call.from_json
    except (ImportError, AttributeError):
        pass
    try:
        from twilio_calls_api.models import Call as GeneratedCall

        converters["twilio_calls_api Call.from_dict (generated)"] = GeneratedCall.from_dict
    except ImportError:
        pass
    try:
        from twilio.rest import Client
        from twilio.rest.api.v2010.account.call import CallInstance

        version = Client("AC" + "0" * 32, AUTH_TOKEN).api.v2010
        converters["twilio-python CallInstance"] = lambda body: CallInstance(version, body, account_sid="AC" + "0" * 32)
    except ImportError:
        pass
    return converters


SYNC: dict[str, Callable[[str, str], SyncContender]] = {
    "raw httpx.Client": RawHttpx,
    "twilio_calls CallsClient": TwilioCalls,
    "twilio-python": TwilioPython,
    "raw urllib3": RawUrllib3,
}
# 50 threads sharing one client: each library's client as a user would share it (httpx's default pool; urllib3
# with a connection per thread, since its default of one would close 49 connections after every request).
THREADED: dict[str, Callable[[str, str], SyncContender]] = {
    "raw httpx.Client": RawHttpx,
    "twilio_calls CallsClient": TwilioCalls,
    "raw urllib3": lambda base_url, account_sid: RawUrllib3(base_url, account_sid, maxsize=50),
}
ASYNC: dict[str, Callable[[str, str], AsyncContender]] = {
    "raw httpx.AsyncClient (default)": RawHttpxAsync,
    "twilio_calls AsyncCallsClient": TwilioCallsAsync,
    "AsyncCallsClient without the fast extra": TwilioCallsAsyncHttpxPool,
    "twilio-python async (aiohttp)": TwilioPythonAsync,
    "raw aiohttp": RawAiohttp,
}


async def run_concurrently(job: Callable[[str], Any], sids: list[str], concurrency: int) -> list[Any]:
    """Run `job` on every SID with at most `concurrency` in flight: `concurrency` workers sharing one queue."""
    results: list[Any] = [None] * len(sids)
    pending: Iterator[int] = iter(range(len(sids)))

    async def worker() -> None:
        for index in pending:
            results[index] = await job(sids[index])

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return results
