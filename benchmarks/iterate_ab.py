"""Iterating 20,000 calls with this checkout's CallsClient and with raw httpx, alternating, against the fake server.

    .venv/bin/python benchmarks/iterate_ab.py    # run it from two checkouts' venvs to compare them directly

Prints the median milliseconds of five rounds each. A narrower check than run.py, for telling a change in the
client from noise in run.py's iterate ratio on a shared machine.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _fake_server import listing_account, running_server

from twilio_calls import CallsClient

ACCOUNT = listing_account(20_000)
ROUNDS = 5


def main() -> None:
    with running_server() as url, CallsClient(ACCOUNT, "token", base_url=url) as client:
        raw = httpx.Client(base_url=url, auth=(ACCOUNT, "token"))

        def ours() -> int:
            return sum(1 for _ in client.list(page_size=1000))

        def plain() -> int:
            count, path = 0, f"/2010-04-01/Accounts/{ACCOUNT}/Calls.json"
            params: dict[str, int] | None = {"PageSize": 1000}
            while True:
                body = raw.get(path, params=params).json()
                count += len(body["calls"])
                if not body.get("next_page_uri"):
                    return count
                path, params = body["next_page_uri"], None

        contenders: dict[str, Callable[[], int]] = {"twilio_calls": ours, "raw httpx": plain}
        samples: dict[str, list[float]] = {name: [] for name in contenders}
        for run in contenders.values():
            assert run() == 20_000  # warm-up, and a check that both see every call
        for _ in range(ROUNDS):
            for name, run in contenders.items():
                started = time.perf_counter()
                run()
                samples[name].append(time.perf_counter() - started)
        raw.close()
    for name, times in samples.items():
        print(f"{name}: {statistics.median(times) * 1000:.1f} ms (median of {ROUNDS})")


if __name__ == "__main__":
    main()
