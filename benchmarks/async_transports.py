"""Which httpx transport or pool set-up makes bulk async hang-ups fast? Research, not a test.

    .venv/bin/pip install -e ".[bench]"
    .venv/bin/python benchmarks/async_transports.py [--quick] [--sniffio-dir DIR]

Each candidate sends the same hang-ups (POST .../Calls/{sid}.json, Status=completed, JSON decoded) at the same
concurrency to the loopback fake server, in a fresh interpreter per measurement, candidates interleaved over
rounds. Reported: median wall and CPU time per request, and the ratio to raw aiohttp.

Why sniffio matters: httpcore asks `import sniffio` on every async lock it takes; when the package is absent the
import fails, and a failed import is not cached, so each lock searches sys.path again. `--sniffio-dir DIR` (a
directory made with `pip install --target DIR sniffio`) measures "sniffio installed" without touching the venv;
the "failed import cached" candidates show the same effect with nothing installed, by putting None in
sys.modules["sniffio"] so the import fails at once.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _contenders import AUTH_TOKEN, run_concurrently
from _fake_server import call_sid, running_server

ACCOUNT_SID = "AC" + "1" * 32
PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls/" + "{sid}.json"


def _cache_failed_sniffio_import() -> None:
    import importlib.util

    if importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def _httpx_client(base_url: str, **options: Any) -> Any:
    import httpx

    return httpx.AsyncClient(base_url=base_url, auth=(ACCOUNT_SID, AUTH_TOKEN), **options)


def _limits(max_connections: int, max_keepalive: int) -> Any:
    import httpx

    return httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_keepalive)


def _httpcore_transport(max_connections: int, max_keepalive: int) -> Any:
    import httpx

    return httpx.AsyncHTTPTransport(limits=_limits(max_connections, max_keepalive))


def _aiohttp_transport(**options: Any) -> Any:
    from httpx_aiohttp import AiohttpTransport

    return AiohttpTransport(**options)


def _our_aiohttp_transport() -> Any:
    from twilio_calls._client import _tls_context
    from twilio_calls._fast_async import AiohttpTransport

    return AiohttpTransport(_tls_context())


class HttpxCandidate:
    def __init__(self, client: Any) -> None:
        self._client = client

    async def hangup(self, sid: str) -> str:
        response = await self._client.post(PATH.format(sid=sid), data={"Status": "completed"})
        response.raise_for_status()
        return str(response.json()["status"])

    async def aclose(self) -> None:
        await self._client.aclose()


class AiohttpCandidate:
    def __init__(self, base_url: str) -> None:
        import aiohttp

        self._base_url = base_url
        self._session = aiohttp.ClientSession(auth=aiohttp.BasicAuth(ACCOUNT_SID, AUTH_TOKEN))

    async def hangup(self, sid: str) -> str:
        async with self._session.post(self._base_url + PATH.format(sid=sid), data={"Status": "completed"}) as response:
            response.raise_for_status()
            return str((await response.json())["status"])

    async def aclose(self) -> None:
        await self._session.close()


class DirectTransportCandidate:
    """httpx.Request objects handed straight to a transport: no AsyncClient (URL merging, cookies, auth flow,
    redirects, hooks). What a client that builds its own requests would pay on top of the transport."""

    def __init__(self, base_url: str, transport: Any) -> None:
        import base64

        self._base_url, self._transport = base_url, transport
        token = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
        self._headers = {"Authorization": f"Basic {token}", "Content-Type": "application/x-www-form-urlencoded"}

    async def hangup(self, sid: str) -> str:
        import httpx

        url = self._base_url + PATH.format(sid=sid)
        request = httpx.Request("POST", url, headers=self._headers, content=b"Status=completed")
        response = await self._transport.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}")
        return str(response.json()["status"])

    async def aclose(self) -> None:
        await self._transport.aclose()


class TwilioPythonCandidate:
    def __init__(self, base_url: str) -> None:
        from _contenders import TwilioPythonAsync

        self._inner = TwilioPythonAsync(base_url, ACCOUNT_SID)
        self.hangup, self.aclose = self._inner.hangup, self._inner.aclose


class CallsCandidate:
    def __init__(self, base_url: str, http_client: Any = None) -> None:
        from twilio_calls import AsyncCallsClient

        self._client = AsyncCallsClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, http_client=http_client)

    async def hangup(self, sid: str) -> str:
        status = (await self._client.hangup(sid)).status
        return str(getattr(status, "value", status))

    async def aclose(self) -> None:
        await self._client.aclose()


def _plain_httpx(**options: Any) -> Callable[[str], Any]:
    return lambda base: HttpxCandidate(_httpx_client(base, **options))


def _cached(build: Callable[[str], Any]) -> Callable[[str], Any]:
    def with_cache(base_url: str) -> Any:
        _cache_failed_sniffio_import()
        return build(base_url)

    return with_cache


# name -> (builder, needs): needs is "sniffio" when the candidate must run with sniffio importable.
CANDIDATES: dict[str, tuple[Callable[[str], Any], str]] = {
    "httpx default (limits 100/20)": (_plain_httpx(), ""),
    "httpx default, failed sniffio import cached": (_cached(_plain_httpx()), ""),
    "httpx default + sniffio installed": (_plain_httpx(), "sniffio"),
    "httpx limits 100/50": (_plain_httpx(limits=_limits(100, 50)), ""),
    "httpx limits 10/10": (_plain_httpx(limits=_limits(10, 10)), ""),
    "httpx limits 10/10, failed sniffio import cached": (_cached(_plain_httpx(limits=_limits(10, 10))), ""),
    "httpx + httpx_aiohttp.AiohttpTransport": (
        lambda base: HttpxCandidate(_httpx_client(base, transport=_aiohttp_transport())),
        "",
    ),
    "httpx.Request straight to AiohttpTransport (no AsyncClient)": (
        lambda base: DirectTransportCandidate(base, _aiohttp_transport()),
        "",
    ),
    "httpx.Request straight to twilio_calls' AiohttpTransport (no AsyncClient)": (
        lambda base: DirectTransportCandidate(base, _our_aiohttp_transport()),
        "",
    ),
    "httpx.Request straight to AsyncHTTPTransport 10/10, failed sniffio import cached": (
        _cached(lambda base: DirectTransportCandidate(base, _httpcore_transport(10, 10))),
        "",
    ),
    "AsyncCallsClient default (FastAsyncClient where aiohttp is installed)": (lambda base: CallsCandidate(base), ""),
    "AsyncCallsClient on a default httpx.AsyncClient": (
        lambda base: CallsCandidate(base, http_client=_httpx_client(base)),
        "",
    ),
    "AsyncCallsClient + httpx_aiohttp.AiohttpTransport": (
        lambda base: CallsCandidate(base, http_client=_httpx_client(base, transport=_aiohttp_transport())),
        "",
    ),
    "twilio-python async (reference)": (TwilioPythonCandidate, ""),
    "raw aiohttp (reference)": (AiohttpCandidate, ""),
}


def measure(name: str, base_url: str, requests: int, concurrency: int, warmup: int) -> dict[str, float]:
    async def main() -> dict[str, float]:
        candidate = CANDIDATES[name][0](base_url)
        try:
            await run_concurrently(candidate.hangup, [call_sid(n) for n in range(warmup)], concurrency)
            sids = [call_sid(n) for n in range(warmup, warmup + requests)]
            wall, cpu = time.perf_counter(), time.process_time()
            statuses = await run_concurrently(candidate.hangup, sids, concurrency)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        finally:
            await candidate.aclose()
        if set(statuses) != {"completed"}:
            raise RuntimeError(f"{name}: unexpected statuses {set(statuses)}")
        return {"wall": wall / requests, "cpu": cpu / requests}

    return asyncio.run(main())


def fmt(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} us"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sniffio-dir", type=Path, help="a directory holding sniffio (pip install --target DIR)")
    parser.add_argument("--only", nargs="*", help="candidate names to run (default: all)")
    parser.add_argument("--candidate", help=argparse.SUPPRESS)  # internal: run one measurement
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--options", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.candidate:
        print(json.dumps(measure(args.candidate, args.base_url, **json.loads(args.options))))
        return

    rounds, options = (1, {"requests": 300, "concurrency": 50, "warmup": 100}) if args.quick else (3, {})
    options = options or {"requests": 1000, "concurrency": 50, "warmup": 100}
    env = dict(os.environ)
    sniffio_env = dict(env)
    if args.sniffio_dir:
        sniffio_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(args.sniffio_dir), env.get("PYTHONPATH")]))
    sniffio_ok = subprocess.run([sys.executable, "-c", "import sniffio"], env=sniffio_env).returncode == 0
    names = [name for name in CANDIDATES if not args.only or name in args.only]
    skipped = {name: "needs sniffio: pass --sniffio-dir" for name in names if CANDIDATES[name][1] and not sniffio_ok}
    names = [name for name in names if name not in skipped]
    samples: dict[str, dict[str, list[float]]] = {name: {"wall": [], "cpu": []} for name in names}
    failures: dict[str, str] = {}
    started = time.perf_counter()
    with running_server() as base_url:
        for number in range(rounds):
            print(f"round {number + 1}/{rounds}", file=sys.stderr, flush=True)
            shift = number % len(names)
            for name in names[shift:] + names[:shift]:
                if name in failures:
                    continue
                command = [sys.executable, __file__, "--candidate", name, "--base-url", base_url]
                command += ["--options", json.dumps(options)]
                run_env = sniffio_env if CANDIDATES[name][1] else env
                result = subprocess.run(command, capture_output=True, text=True, env=run_env, timeout=600)
                if result.returncode != 0:
                    failures[name] = (result.stderr.strip().splitlines() or ["failed"])[-1]
                    continue
                for metric, value in json.loads(result.stdout).items():
                    samples[name][metric].append(value)

    reference = samples.get("raw aiohttp (reference)", {}).get("wall")
    load = os.getloadavg()
    print(f"# {options['requests']:,} hang-ups at concurrency {options['concurrency']}, per request\n")
    print(f"- CPUs: {os.cpu_count()}; Python {platform.python_version()}; load average {load[0]:.2f}")
    print(f"- {rounds} interleaved rounds, fresh interpreter each; run took {time.perf_counter() - started:.0f} s\n")
    print("| candidate | median wall | min - max wall | median CPU | ratio to raw aiohttp |")
    print("|---|---:|---:|---:|---:|")
    for name in CANDIDATES:
        if name in skipped or name in failures:
            print(f"| {name} | not measured: {skipped.get(name) or failures[name]} | | | |")
            continue
        if name not in samples:
            continue
        wall, cpu = samples[name]["wall"], samples[name]["cpu"]
        ratio = f"{statistics.median(wall) / statistics.median(reference):.2f}x" if reference else "-"
        span = f"{fmt(min(wall))} - {fmt(max(wall))}"
        print(f"| {name} | {fmt(statistics.median(wall))} | {span} | {fmt(statistics.median(cpu))} | {ratio} |")


if __name__ == "__main__":
    main()
