"""Compare twilio_calls with raw httpx (the floor) and twilio-python, in one run, against a loopback fake server.

    .venv/bin/pip install -e ".[bench]"
    .venv/bin/python benchmarks/run.py [--quick] [--output results.md] [--json results.json]

Every measurement runs in a fresh interpreter (benchmarks/_worker.py); contenders take turns, in an order that
rotates each round, and the tables report medians over rounds. Sequential requests are the exception: the
three sync clients share one process per round and alternate every 10 requests, so a burst of load from
elsewhere on the machine hits them alike. The fake server (benchmarks/_fake_server.py) runs
in its own process, so its CPU is not charged to the client. A contender whose library is missing is reported as
not available rather than failing the run.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from _contenders import ASYNC, AUTH_TOKEN, READ_FIELDS, SYNC, THREADED
from _fake_server import listing_account, running_server

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORKER_TIMEOUT = 300

# What a contender needs importable to take part; probed once, in a fresh interpreter.
REQUIREMENTS = {
    "raw httpx.Client": "import httpx",
    "twilio_calls CallsClient": "from twilio_calls import CallsClient",
    "twilio-python": "import twilio.rest",
    "raw httpx.AsyncClient (default)": "import httpx",
    "twilio_calls AsyncCallsClient": "from twilio_calls import AsyncCallsClient",
    "AsyncCallsClient without the fast extra": "from twilio_calls import AsyncCallsClient",
    "twilio-python async (aiohttp)": "import twilio.rest, aiohttp",
    "raw aiohttp": "import aiohttp",
    "raw urllib3": "import urllib3",
}
CLI = {
    "twilio-calls --version": ["--version"],
    "twilio-calls --help": ["--help"],
    "twilio-calls recordings create --help": ["recordings", "create", "--help"],
}
IMPORTS = {
    "import httpx": "import httpx",
    "from twilio_calls import CallsClient": "from twilio_calls import CallsClient",
    "import twilio_calls_api (generated)": "import twilio_calls_api, twilio_calls_api.api.calls.list_calls",
    "from twilio.rest import Client": "from twilio.rest import Client",
}


@dataclass(frozen=True)
class Plan:
    import_rounds: int = 15
    sequential_rounds: int = 5
    sequential_requests: int = 200
    bulk_rounds: int = 3
    bulk_requests: int = 1000
    concurrency: tuple[int, ...] = (50, 200, 1000)
    thread_rounds: int = 3
    thread_requests: int = 2000
    threads: int = 50
    first_request_rounds: int = 5
    cli_rounds: int = 7
    iterate_rounds: int = 5
    iterate_sizes: tuple[int, ...] = (20_000, 1_000)
    page_size: int = 1000
    model_rounds: int = 5
    model_conversions: int = 5000


QUICK = Plan(
    import_rounds=3,
    sequential_rounds=2,
    sequential_requests=50,
    bulk_rounds=1,
    bulk_requests=200,
    thread_rounds=1,
    thread_requests=500,
    first_request_rounds=1,
    cli_rounds=2,
    iterate_rounds=1,
    model_rounds=1,
    model_conversions=500,
)


def worker_env() -> dict[str, str]:
    """The workers' environment: the working tree's packages first when they are not installed."""
    # Bytecode must be cacheable: an installed package has its .pyc files, and with PYTHONDONTWRITEBYTECODE set
    # (as on this project's machines) every cold import would also compile the working tree's sources.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    probe = "import importlib.util as u; print(bool(u.find_spec('twilio_calls') and u.find_spec('twilio_calls_api')))"
    installed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip() == "True"
    if not installed:
        paths = [str(REPO / "wrapper"), str(REPO / "generated")]
        env["PYTHONPATH"] = os.pathsep.join(paths + [p for p in [env.get("PYTHONPATH")] if p])
    return env


def probe(statement: str, env: dict[str, str]) -> str | None:
    """None when `statement` runs in a fresh interpreter, else the last line of its error."""
    result = subprocess.run([sys.executable, "-c", statement], capture_output=True, text=True, env=env)
    if result.returncode == 0:
        return None
    return (result.stderr.strip().splitlines() or ["failed"])[-1]


class Bench:
    def __init__(self, plan: Plan, base_url: str, env: dict[str, str]) -> None:
        self.plan, self.base_url, self.env = plan, base_url, env
        self.missing = {name: why for name, stmt in REQUIREMENTS.items() if (why := probe(stmt, env))}
        self.samples: dict[str, dict[str, dict[str, list[float]]]] = {}
        self.failures: dict[str, list[str]] = {}  # section -> what failed (a round of a contender), reported

    def record(self, section: str, contender: str, metric: str, value: float) -> None:
        self.samples.setdefault(section, {}).setdefault(contender, {}).setdefault(metric, []).append(value)

    def worker(self, benchmark: str, contender: str, **options: Any) -> dict[str, Any]:
        command = [sys.executable, str(HERE / "_worker.py"), benchmark, contender, self.base_url, json.dumps(options)]
        result = subprocess.run(command, capture_output=True, text=True, env=self.env, timeout=WORKER_TIMEOUT)
        if result.returncode != 0:
            raise RuntimeError(f"{benchmark} / {contender} failed:\n{result.stderr}")
        parsed: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
        return parsed

    def rounds(self, count: int, contenders: Sequence[str], measure: Callable[[str], None], label: str) -> None:
        present = [name for name in contenders if name not in self.missing]
        for number in range(count):
            log(f"{label}: round {number + 1}/{count}")
            shift = number % max(len(present), 1)
            for name in present[shift:] + present[:shift]:
                measure(name)

    def imports(self) -> None:
        def measure(label: str) -> None:
            code = f"import time; t = time.perf_counter(); {IMPORTS[label]}; print(time.perf_counter() - t)"
            started = time.perf_counter()
            result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=self.env)
            wall = time.perf_counter() - started
            if result.returncode == 0:
                self.record("imports", label, "import", float(result.stdout))
                self.record("imports", label, "process", wall)
            else:
                self.missing[label] = (result.stderr.strip().splitlines() or ["failed"])[-1]

        for label in IMPORTS:  # once untimed, so every module's bytecode is cached before timing
            subprocess.run([sys.executable, "-c", IMPORTS[label]], capture_output=True, env=self.env)
        self.rounds(self.plan.import_rounds, list(IMPORTS), measure, "cold import")

    def sequential(self) -> None:
        present = [name for name in SYNC if name not in self.missing]
        for number in range(self.plan.sequential_rounds):
            log(f"sequential create + hangup: round {number + 1}/{self.plan.sequential_rounds}")
            shift = number % max(len(present), 1)
            order = ",".join(present[shift:] + present[:shift])
            options = {"requests": self.plan.sequential_requests, "warmup": 20, "block": 10}
            for name, ops in self.worker("sequential", order, **options).items():
                for op, seconds in ops.items():
                    self.record("sequential", name, op, seconds)

    def bulk(self) -> None:
        for concurrency in self.plan.concurrency:
            # At least two waves of requests; every connection opened during the warm-up.
            requests = max(self.plan.bulk_requests, 2 * concurrency)

            def measure(name: str, concurrency: int = concurrency, requests: int = requests) -> None:
                options = {"requests": requests, "concurrency": concurrency, "warmup": max(100, concurrency)}
                for metric, seconds in self.worker("bulk", name, **options).items():
                    self.record(f"bulk {concurrency}", name, metric, seconds)

            contenders = bulk_contenders(concurrency, self.plan)
            self.rounds(self.plan.bulk_rounds, contenders, measure, f"bulk async hangup, {concurrency} in flight")

    def threads(self) -> None:
        def measure(name: str) -> None:
            options = {"requests": self.plan.thread_requests, "threads": self.plan.threads, "warmup": 4}
            try:
                for metric, seconds in self.worker("threads", name, **options).items():
                    self.record("threads", name, metric, seconds)
            except RuntimeError as exc:  # a library failing under 50 threads is a finding, not the end of the run
                last = str(exc).strip().splitlines()[-1]
                self.failures.setdefault("threads", []).append(f"{name}: {last}")
                log(f"{name} failed: {last}")

        self.rounds(self.plan.thread_rounds, list(THREADED), measure, f"hangups from {self.plan.threads} threads")

    def first_request(self) -> None:
        for number in range(self.plan.first_request_rounds):
            log(f"first request of a resource: round {number + 1}/{self.plan.first_request_rounds}")
            for step, seconds in self.worker("first_request", "-").items():
                self.record("first request", step, "seconds", seconds)

    def cli(self) -> None:
        def measure(label: str) -> None:
            command = [sys.executable, "-m", "twilio_calls", *CLI[label]]
            started = time.perf_counter()
            result = subprocess.run(command, capture_output=True, text=True, env=self.env)
            if result.returncode != 0:
                raise RuntimeError(f"{label} failed:\n{result.stderr}")
            self.record("cli", label, "process", time.perf_counter() - started)

        self.record_python_start()
        self.rounds(self.plan.cli_rounds, list(CLI), measure, "command line start-up")

    def record_python_start(self) -> None:
        for _ in range(self.plan.cli_rounds):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], env=self.env)
            self.record("cli", "python -c pass", "process", time.perf_counter() - started)

    def iterate(self) -> None:
        for total in self.plan.iterate_sizes:  # the server renders each page once; fill its cache untimed
            url: str | None = f"{self.base_url}/2010-04-01/Accounts/{listing_account(total)}/Calls.json"
            params: dict[str, int] | None = {"PageSize": self.plan.page_size}
            while url:
                page = httpx.get(url, params=params, auth=("AC", AUTH_TOKEN)).json()
                url, params = page["next_page_uri"] and self.base_url + page["next_page_uri"], None

        def measure(name: str) -> None:
            for total in self.plan.iterate_sizes:
                result = self.worker("iterate", name, total=total, page_size=self.plan.page_size)
                self.record(f"iterate {total}", name, "seconds", result["seconds"])
                self.record(f"iterate {total}", name, "rss_growth_mb", result["rss_growth_mb"])
                if "cpu seconds" in result:
                    self.record(f"iterate {total}", name, "cpu seconds", result["cpu seconds"])

        self.rounds(self.plan.iterate_rounds, list(SYNC), measure, "iterate")

    def models(self) -> None:
        for number in range(self.plan.model_rounds):
            log(f"Call model: round {number + 1}/{self.plan.model_rounds}")
            result = self.worker("model", "-", conversions=self.plan.model_conversions, first=number)
            for metric, by_name in result.items():
                for name, seconds in by_name.items():
                    self.record("model", name, metric, seconds)


def bulk_contenders(concurrency: int, plan: Plan) -> list[str]:
    """Every async contender at the first concurrency; above it, those on aiohttp (httpx's default pool takes
    seconds a round there, and its row at the first concurrency already shows it)."""
    if concurrency == plan.concurrency[0]:
        return list(ASYNC)
    return [
        name
        for name in ASYNC
        if name in ("twilio_calls AsyncCallsClient", "twilio-python async (aiohttp)", "raw aiohttp")
    ]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def machine_info(env: dict[str, str]) -> list[str]:
    twilio_calls_version = subprocess.run(
        [sys.executable, "-c", "import twilio_calls; print(twilio_calls.__version__)"],
        capture_output=True,
        text=True,
        env=env,
    ).stdout.strip()
    packages = ["httpx", "httpcore", "h11", "anyio", "sniffio", "twilio", "requests", "aiohttp", "httpx-aiohttp"]
    load = os.getloadavg()
    return [
        f"- CPUs: {os.cpu_count()} ({platform.machine()}, {platform.processor() or 'unknown processor'})",
        f"- Python: {platform.python_implementation()} {platform.python_version()} on {platform.platform()}",
        f"- Load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}",
        f"- twilio_calls {twilio_calls_version or 'not importable'}; "
        + ", ".join(f"{name} {version(name)}" for name in packages),
    ]


def fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} us"


def table(
    bench: Bench,
    section: str,
    metric: str,
    contenders: Sequence[str],
    baseline: str,
    render: Callable[[float], str],
    rate: bool = False,
) -> list[str]:
    """Median, spread and ratio to the baseline per contender; with `rate`, the median as requests per second."""
    extra = " req/s |" if rate else ""
    rows = [f"| contender | median |{extra} min - max | rounds | ratio to {baseline} |"]
    rows.append("|---|---:|" + ("---:|" if rate else "") + "---:|---:|---:|")
    data = bench.samples.get(section, {})
    base = data.get(baseline, {}).get(metric)
    for name in contenders:
        values = data.get(name, {}).get(metric)
        if not values:
            why = bench.missing.get(name, "not measured")
            rows.append(f"| {name} | not available: {why} |{' |' if rate else ''} | | |")
            continue
        ratio = f"{median(values) / median(base):.2f}x" if base and median(base) else "-"
        per_second = f" {1 / median(values):,.0f} |" if rate else ""
        rows.append(
            f"| {name} | {render(median(values))} |{per_second} {render(min(values))} - {render(max(values))} | "
        )
        rows[-1] += f"{len(values)} | {ratio} |"
    return rows


def ratio(bench: Bench, section: str, metric: str, name: str, baseline: str) -> float | None:
    data = bench.samples.get(section, {})
    mine, base = data.get(name, {}).get(metric), data.get(baseline, {}).get(metric)
    return median(mine) / median(base) if mine and base else None


def floors(bench: Bench, plan: Plan) -> list[str]:
    """The package's targets (issue 21), judged on ratios from this run."""
    rows = ["| floor | measured | target | verdict |", "|---|---:|---:|---|"]

    def judge(label: str, value: float | None, target: str, ok: Callable[[float], bool], unit: str = "x") -> None:
        if value is None:
            rows.append(f"| {label} | not measured | {target} | - |")
        else:
            rows.append(f"| {label} | {value:.2f}{unit} | {target} | {'pass' if ok(value) else 'MISS'} |")

    us, httpx_import = "from twilio_calls import CallsClient", "import httpx"
    judge("cold import vs httpx", ratio(bench, "imports", "import", us, httpx_import), "<= 1.15x", lambda r: r <= 1.15)
    for op in ("create", "hangup"):
        value = ratio(bench, "sequential", op, "twilio_calls CallsClient", "raw httpx.Client")
        judge(f"sequential {op} vs raw httpx", value, "<= 1.25x", lambda r: r <= 1.25)
    bulk_us, first = "twilio_calls AsyncCallsClient", plan.concurrency[0]
    at_first = ratio(bench, f"bulk {first}", "hangup", bulk_us, "raw aiohttp")
    judge(f"bulk hangup at {first} in flight vs raw aiohttp", at_first, "<= 1.15x", lambda r: r <= 1.15)
    for concurrency in plan.concurrency[1:]:
        value = ratio(bench, f"bulk {concurrency}", "hangup", bulk_us, "raw aiohttp")
        target = f"<= the ratio at {first} ({at_first:.2f}x)" if at_first else f"<= the ratio at {first}"
        judge(f"bulk hangup at {concurrency} in flight vs raw aiohttp", value, target, lambda r: r <= (at_first or 0))
    value = ratio(bench, "threads", "hangup", "twilio_calls CallsClient", "raw httpx.Client")
    judge(f"hangups from {plan.threads} threads vs raw httpx", value, "<= 1.1x", lambda r: r <= 1.1)
    # The same floors on the client process's CPU time per request, which load from elsewhere changes least.
    cpu_first = ratio(bench, f"bulk {first}", "hangup cpu", bulk_us, "raw aiohttp")
    judge(f"(CPU) bulk hangup at {first} in flight vs raw aiohttp", cpu_first, "<= 1.15x", lambda r: r <= 1.15)
    for concurrency in plan.concurrency[1:]:
        value = ratio(bench, f"bulk {concurrency}", "hangup cpu", bulk_us, "raw aiohttp")
        target = f"<= the ratio at {first} ({cpu_first:.2f}x)" if cpu_first else f"<= the ratio at {first}"
        judge(
            f"(CPU) bulk hangup at {concurrency} in flight vs raw aiohttp",
            value,
            target,
            lambda r: r <= (cpu_first or 0),
        )
    value = ratio(bench, "threads", "hangup cpu", "twilio_calls CallsClient", "raw httpx.Client")
    judge(f"(CPU) hangups from {plan.threads} threads vs raw httpx", value, "<= 1.1x", lambda r: r <= 1.1)
    big, small = plan.iterate_sizes[0], plan.iterate_sizes[-1]
    value = ratio(bench, f"iterate {big}", "seconds", "twilio_calls CallsClient", "raw httpx.Client")
    judge(f"iterate {big:,} calls vs raw httpx", value, "<= 1.15x", lambda r: r <= 1.15)
    grown = bench.samples.get(f"iterate {big}", {}).get("twilio_calls CallsClient", {}).get("rss_growth_mb")
    grown_small = bench.samples.get(f"iterate {small}", {}).get("twilio_calls CallsClient", {}).get("rss_growth_mb")
    value = median(grown) - median(grown_small) if grown and grown_small else None
    judge(f"RSS growth {big:,} minus {small:,}", value, "< 10 MB", lambda mb: mb < 10, unit=" MB")
    value = ratio(bench, f"iterate {big}", "cpu seconds", "twilio_calls CallsClient", "raw httpx.Client")
    judge(f"(CPU) iterate {big:,} calls vs raw httpx", value, "<= 1.15x", lambda r: r <= 1.15)
    return rows


def report(bench: Bench, plan: Plan, info: list[str], elapsed: float, quick: bool) -> str:
    out = ["# twilio_calls benchmark", "", *info, f"- Run took {elapsed:.0f} s{' (--quick)' if quick else ''}", ""]
    out += ["## Floors", "", *floors(bench, plan), ""]
    out += ["## 1. Cold import (time spent in the import, fresh interpreter each time)", ""]
    out += table(bench, "imports", "import", list(IMPORTS), "import httpx", fmt_time)
    out += ["", "Whole process (interpreter start-up + import):", ""]
    out += table(bench, "imports", "process", list(IMPORTS), "import httpx", fmt_time)
    out += ["", "## 1b. Command line start-up (whole process)", ""]
    out += table(bench, "cli", "process", ["python -c pass", *CLI], "python -c pass", fmt_time)
    out += ["", "## 1c. First request of a resource in a fresh interpreter (CallsClient, loopback server)", ""]
    steps = list(bench.samples.get("first request", {}))
    out += table(bench, "first request", "seconds", steps, "second hangup", fmt_time)
    for op in ("create", "hangup"):
        out += ["", f"## 2. Sequential {op}(), per request ({plan.sequential_requests} per round)", ""]
        out += table(bench, "sequential", op, list(SYNC), "raw httpx.Client", fmt_time, rate=True)
    for concurrency in plan.concurrency:
        requests = max(plan.bulk_requests, 2 * concurrency)
        out += ["", f"## 3. {requests:,} hangups at concurrency {concurrency}, per request", ""]
        contenders = bulk_contenders(concurrency, plan)
        out += table(bench, f"bulk {concurrency}", "hangup", contenders, "raw aiohttp", fmt_time, rate=True)
        out += ["", "Client CPU time per request (the benchmark's process only):", ""]
        out += table(bench, f"bulk {concurrency}", "hangup cpu", contenders, "raw aiohttp", fmt_time)
    out += ["", f"## 3b. {plan.thread_requests:,} hangups from {plan.threads} threads sharing one client", ""]
    out += table(bench, "threads", "hangup", list(THREADED), "raw httpx.Client", fmt_time, rate=True)
    out += ["", "Client CPU time per request (the benchmark's process only):", ""]
    out += table(bench, "threads", "hangup cpu", list(THREADED), "raw httpx.Client", fmt_time)
    for failure in bench.failures.get("threads", []):
        out += ["", f"A round failed (not counted): {failure}"]
    for total in plan.iterate_sizes:
        section = f"iterate {total}"
        out += ["", f"## 4. Iterating {total:,} calls at page_size {plan.page_size}", "", "Wall time:", ""]
        out += table(bench, section, "seconds", list(SYNC), "raw httpx.Client", fmt_time)
        out += ["", "Client CPU time (the benchmark's process only):", ""]
        out += table(bench, section, "cpu seconds", list(SYNC), "raw httpx.Client", fmt_time)
        out += ["", "Peak RSS growth while iterating (VmHWM after minus VmRSS before, fresh interpreter):", ""]
        out += table(bench, section, "rss_growth_mb", list(SYNC), "raw httpx.Client", lambda mb: f"{mb:.1f} MB")
    names = list(bench.samples.get("model", {}))
    for metric in ("convert", "convert + read 8 fields"):
        out += ["", f"## 5. One decoded Call body to a typed Call: {metric}", ""]
        out += table(bench, "model", metric, names, "twilio-python CallInstance", fmt_time)
    out += ["", f"Fields read: {', '.join(READ_FIELDS)}. twilio_calls converts fields when read; the others ", ""]
    out[-2] += "when built (twilio-python) or never (the generated model keeps dates and prices as strings)."
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a smoke run: few rounds, few requests")
    parser.add_argument("--output", type=Path, help="also write the markdown report here")
    parser.add_argument("--json", type=Path, help="write every sample here")
    args = parser.parse_args()
    plan = QUICK if args.quick else Plan()
    env = worker_env()
    info = machine_info(env)
    started = time.perf_counter()
    with running_server() as base_url:
        bench = Bench(plan, base_url, env)
        for name, why in bench.missing.items():
            log(f"not available: {name}: {why}")
        bench.imports()
        bench.sequential()
        bench.cli()
        bench.first_request()
        bench.bulk()
        bench.threads()
        bench.iterate()
        bench.models()
    markdown = report(bench, plan, info, time.perf_counter() - started, args.quick)
    print(markdown)
    if args.output:
        args.output.write_text(markdown)
    if args.json:
        args.json.write_text(json.dumps({"plan": plan.__dict__, "samples": bench.samples}, indent=1))


if __name__ == "__main__":
    main()
