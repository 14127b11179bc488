"""One measurement in a fresh interpreter; prints its result as one JSON line.

python benchmarks/_worker.py sequential|bulk|threads|iterate|first_request CONTENDER BASE_URL JSON_OPTIONS
python benchmarks/_worker.py model - - JSON_OPTIONS
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

from _contenders import ASYNC, AUTH_TOKEN, READ_FIELDS, SYNC, THREADED, model_converters, run_concurrently
from _fake_server import call_sid, listing_account, sample_call

ACCOUNT_SID = "AC" + "1" * 32


def _value(status: object) -> str:
    """A status as its wire string, whether a library hands back an enum member or a str."""
    return str(getattr(status, "value", status))


def sequential(contenders: list[str], base_url: str, requests: int, warmup: int, block: int) -> dict[str, Any]:
    """All contenders in one process, taking turns every `block` requests, so load changes hit them alike."""
    clients = {name: SYNC[name](base_url, ACCOUNT_SID) for name in contenders}
    spent = {name: {"create": 0.0, "hangup": 0.0} for name in contenders}
    for client in clients.values():
        for _ in range(warmup):
            client.hangup(client.create())
    for turn in range(requests // block):
        shift = turn % len(contenders)
        for name in contenders[shift:] + contenders[:shift]:
            client = clients[name]
            started = time.perf_counter()
            sids = [client.create() for _ in range(block)]
            created = time.perf_counter()
            statuses = {_value(client.hangup(sid)) for sid in sids}
            spent[name]["create"] += created - started
            spent[name]["hangup"] += time.perf_counter() - created
            if len(set(sids)) != block or statuses != {"completed"}:
                raise RuntimeError(f"{name}: {len(set(sids))} distinct SIDs, statuses {statuses}")
    for client in clients.values():
        client.close()
    done = requests // block * block
    return {name: {op: seconds / done for op, seconds in ops.items()} for name, ops in spent.items()}


def bulk(contender: str, base_url: str, requests: int, concurrency: int, warmup: int) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        client = ASYNC[contender](base_url, ACCOUNT_SID)
        try:
            await run_concurrently(client.hangup, [call_sid(n) for n in range(warmup)], concurrency)
            sids = [call_sid(n) for n in range(warmup, warmup + requests)]
            started, cpu = time.perf_counter(), time.process_time()
            statuses = await run_concurrently(client.hangup, sids, concurrency)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        finally:
            await client.aclose()
        if {_value(status) for status in statuses} != {"completed"}:
            raise RuntimeError(f"unexpected statuses: {set(statuses)}")
        # CPU: this process's own time (the server runs in another), what other work on the machine changes least.
        return {"hangup": elapsed / requests, "hangup cpu": cpu / requests}

    return asyncio.run(main())


def threads(contender: str, base_url: str, requests: int, threads: int, warmup: int) -> dict[str, Any]:
    """`threads` threads sharing one client, each hanging up its share of `requests` calls."""
    from concurrent.futures import ThreadPoolExecutor

    client = THREADED[contender](base_url, ACCOUNT_SID)

    def share(first: int, count: int) -> set[str]:
        return {_value(client.hangup(call_sid(n))) for n in range(first, first + count)}

    try:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(share, range(0, warmup * threads, warmup), [warmup] * threads))  # every connection open
            each = requests // threads
            started, cpu = time.perf_counter(), time.process_time()
            statuses = set().union(*pool.map(share, range(0, each * threads, each), [each] * threads))
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        client.close()
    if statuses != {"completed"}:
        raise RuntimeError(f"unexpected statuses: {statuses}")
    return {"hangup": elapsed / (each * threads), "hangup cpu": cpu / (each * threads)}


def first_request(contender: str, base_url: str) -> dict[str, Any]:
    """What the first use of a resource costs in a fresh interpreter (its generated class and operation loaded,
    its parameters compiled), against a second request of the same kind, and the calls' own first request."""
    from twilio_calls import CallsClient

    started = time.perf_counter()
    client = CallsClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url)
    made = time.perf_counter()
    client.hangup(call_sid(1))
    first_call = time.perf_counter()
    client.hangup(call_sid(2))
    second_call = time.perf_counter()
    client.recordings.create(call_sid(3))
    first_recording = time.perf_counter()
    client.recordings.create(call_sid(4))
    second_recording = time.perf_counter()
    client.close()
    return {
        "client": made - started,
        "first hangup": first_call - made,
        "second hangup": second_call - first_call,
        "first recordings.create": first_recording - second_call,
        "second recordings.create": second_recording - first_recording,
    }


def _memory_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _rss_now_and_reset_peak() -> int:
    """Current RSS in KiB, with the peak reset to it, so later peaks measure only what follows.

    ru_maxrss will not do here: Linux carries it across exec, so a worker starts with its parent's peak.
    """
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
        return _memory_kb("VmRSS")
    except OSError:  # not Linux: the peak so far is the best baseline there is
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_rss_kb() -> int:
    try:
        return _memory_kb("VmHWM")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def iterate(contender: str, base_url: str, total: int, page_size: int) -> dict[str, Any]:
    # Warm every code path (paging included) on a tiny listing first, so lazy imports don't count as growth.
    warm = SYNC[contender](base_url, listing_account(10))
    if sum(1 for _ in warm.iterate(page_size=4)) != 10:
        raise RuntimeError("warm-up listing came back short")
    warm.close()
    client = SYNC[contender](base_url, listing_account(total))
    gc.collect()
    rss_before = _rss_now_and_reset_peak()
    started, cpu = time.perf_counter(), time.process_time()
    seen = 0
    for sid, status in client.iterate(page_size=page_size):
        seen += bool(sid) and bool(status)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    rss_after = _peak_rss_kb()
    client.close()
    if seen != total:
        raise RuntimeError(f"listed {seen} calls, expected {total}")
    return {"seconds": elapsed, "rss_growth_mb": (rss_after - rss_before) / 1024, "cpu seconds": cpu}


def model(conversions: int, first: int) -> dict[str, Any]:
    body = json.loads(json.dumps(sample_call(call_sid(7), ACCOUNT_SID, "completed", variant=7)))
    converters = list(model_converters().items())
    converters = converters[first % len(converters) :] + converters[: first % len(converters)]
    results: dict[str, dict[str, float]] = {}
    for name, convert in converters:

        def convert_and_read(body: dict[str, Any], convert: Callable[[dict[str, Any]], object] = convert) -> None:
            call = convert(body)
            for field in READ_FIELDS:
                getattr(call, field)

        for metric, job in (("convert", convert), ("convert + read 8 fields", convert_and_read)):
            for _ in range(conversions // 10):
                job(body)
            started = time.perf_counter()
            for _ in range(conversions):
                job(body)
            results.setdefault(metric, {})[name] = (time.perf_counter() - started) / conversions
    return results


def main() -> None:
    benchmark, contender, base_url, options = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    if benchmark == "model":
        result = model(**options)
    elif benchmark == "sequential":
        result = sequential(contender.split(","), base_url, **options)
    else:
        jobs = {"bulk": bulk, "iterate": iterate, "threads": threads, "first_request": first_request}
        result = jobs[benchmark](contender, base_url, **options)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
