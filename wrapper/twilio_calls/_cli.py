"""`twilio-calls`: place, inspect and end calls from a shell, run a local sandbox, or watch a demo call.

Credentials come from the same place as CallsClient's: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or
TWILIO_API_KEY with TWILIO_API_SECRET. Secrets are read from the environment only, never from arguments,
so they stay out of shell history and process lists.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from twilio_calls_api.models import CallStatus, HttpMethod, StatusCallbackEvent

from ._paging import DATE_FILTERS

if TYPE_CHECKING:
    from twilio_calls import Call, CallsClient

__all__ = ["main"]

PROG = "twilio-calls"
BASE_URL_ENV = "TWILIO_CALLS_BASE_URL"
# Choices come from the generated enums, so --help lists exactly what the client accepts.
_STATUSES = tuple(status.value for status in CallStatus)
_EVENTS = tuple(event.value for event in StatusCallbackEvent)
_METHODS = tuple(method.value for method in HttpMethod)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 refused or failed, 2 bad usage)."""
    args = _parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from twilio_calls import TwilioCallsError

        # TwilioCallsError covers API refusals, bad input and network failures; OSError and ValueError are the
        # sandbox's (a port in use, a negative duration). Anything else is a bug and keeps its traceback.
        if not isinstance(exc, TwilioCallsError | OSError | ValueError):
            raise
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1


# -- the parser ------------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    connection = argparse.ArgumentParser(add_help=False)
    group = connection.add_argument_group("connection")
    group.add_argument("--account-sid", help="account SID (default: $TWILIO_ACCOUNT_SID)")
    group.add_argument(
        "--base-url",
        default=os.environ.get(BASE_URL_ENV),
        help=f"API base URL, e.g. a sandbox's http://127.0.0.1:PORT (default: ${BASE_URL_ENV}, else Twilio)",
    )
    group.add_argument("--json", action="store_true", help="print the API's JSON instead of a summary")

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Place, inspect and end phone calls through Twilio's (or a compatible) Calls API.",
        epilog="Secrets come from TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET. "
        f"Run '{PROG} demo' to see a call's life without an account.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def command(name: str, handler: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[connection], help=help, description=help)
        sub.set_defaults(handler=handler)
        return sub

    create = command("create", _create, "Place an outbound call.")
    create.add_argument("--to", required=True, help="who to call: +E.164 number, SIP address or client:name")
    create.add_argument(
        "--from", dest="from_", metavar="NUMBER", required=True, help="caller ID: a number of the account"
    )
    source = create.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="URL of the TwiML to run when the call connects")
    source.add_argument("--twiml", help="TwiML to run, given inline")
    source.add_argument("--application-sid", help="an application (AP...) that handles the call")
    create.add_argument("--method", choices=_METHODS, help="how --url is requested (POST)")
    create.add_argument("--status-callback", help="URL told about the call's progress")
    create.add_argument(
        "--status-callback-event", action="append", choices=_EVENTS, help="an event to report (repeatable)"
    )
    create.add_argument("--timeout", type=int, help="seconds to let it ring (1-600, default 60)")
    create.add_argument("--time-limit", type=int, help="longest the call may last, in seconds")
    create.add_argument("--send-digits", help="keys to press once connected (digits, #, *, w)")
    create.add_argument("--record", action="store_true", help="record the call")

    get = command("get", _get, "Show one call.")
    get.add_argument("sid", help="the call's SID (CA...)")

    listing = command("list", _list, "List calls, newest first.")
    listing.add_argument("--to", help="only calls to this number")
    listing.add_argument("--from", dest="from_", metavar="NUMBER", help="only calls from this number")
    listing.add_argument("--status", choices=_STATUSES, help="only calls in this state")
    for name in DATE_FILTERS:
        flag = "--" + name.replace("_", "-")
        listing.add_argument(flag, metavar="DATE", help="YYYY-MM-DD, or an ISO time with offset (inclusive)")
    listing.add_argument("--limit", type=int, default=20, help="at most this many calls (default 20)")

    redirect = command("redirect", _redirect, "Make a call in progress run new TwiML.")
    redirect.add_argument("sid", help="the call's SID (CA...)")
    target = redirect.add_mutually_exclusive_group(required=True)
    target.add_argument("--url", help="URL of the new TwiML")
    target.add_argument("--twiml", help="the new TwiML, inline")
    redirect.add_argument("--method", choices=_METHODS, help="how --url is requested (POST)")

    for name, handler, text in (
        ("hangup", _hangup, "End a call whatever its state (Status=completed)."),
        ("cancel", _cancel, "End a call only if it is still queued or ringing (Status=canceled)."),
        ("delete", _delete, "Delete the record of a call that has ended."),
    ):
        command(name, handler, text).add_argument("sid", help="the call's SID (CA...)")

    sandbox = commands.add_parser(
        "sandbox",
        help="Run a local Calls sandbox until Ctrl-C.",
        description="Serve Twilio's Calls API on 127.0.0.1 with simulated calls. To numbers ending in 0002 are "
        "busy, 0003 do not answer, 0004 fail; others answer.",
    )
    sandbox.set_defaults(handler=_sandbox)
    sandbox.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    sandbox.add_argument(
        "--account-sid", help="account SID to serve (default: $TWILIO_ACCOUNT_SID, else a new random one)"
    )
    sandbox.add_argument("--queue", type=float, default=1.0, help="seconds a call stays queued (1)")
    sandbox.add_argument("--ring", type=float, default=3.0, help="seconds a call rings before answer (3)")
    sandbox.add_argument("--talk", type=float, default=10.0, help="seconds an answered call lasts (10)")
    sandbox.add_argument("--rate-limit", type=int, help="answer 429 beyond this many requests per second")

    demo = commands.add_parser(
        "demo",
        help="Walk one call through its life in an embedded sandbox (no account needed).",
        description="Start a sandbox and a status-callback receiver on 127.0.0.1, then create a call, let it ring, "
        "answer, redirect it and hang up, printing every step and every callback.",
    )
    demo.set_defaults(handler=_demo)
    return parser


# -- commands --------------------------------------------------------------------------------------------


def _client(args: argparse.Namespace) -> CallsClient:
    from twilio_calls import CallsClient

    return CallsClient(args.account_sid, base_url=args.base_url)


def _create(args: argparse.Namespace) -> int:
    names = ("url", "twiml", "application_sid", "method", "status_callback", "timeout", "time_limit", "send_digits")
    params: dict[str, Any] = {name: getattr(args, name) for name in names if getattr(args, name) is not None}
    if args.status_callback_event:
        params["status_callback_event"] = args.status_callback_event
    if args.record:
        params["record"] = True
    with _client(args) as client:
        _show(client.create(to=args.to, from_=args.from_, **params), args.json)
    return 0


def _get(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _show(client.fetch(args.sid), args.json)
    return 0


def _list(args: argparse.Namespace) -> int:
    names = ("to", "from_", "status", "limit", *DATE_FILTERS)
    filters: dict[str, Any] = {name: getattr(args, name) for name in names if getattr(args, name) is not None}
    with _client(args) as client:
        calls = list(client.list(**filters))
    if args.json:
        print(json.dumps([call.raw for call in calls], indent=2))
        return 0
    print(f"{'SID':34}  {'STATUS':11}  {'FROM':16}  {'TO':16}  {'STARTED':20}  DURATION")
    for call in calls:
        duration = "-" if call.duration is None else f"{call.duration} s"
        row = f"{call.sid or '':34}  {call.status or '':11}  {call.from_ or '':16}  {call.to or '':16}"
        print(f"{row}  {_when(call.start_time):20}  {duration}")
    print(f"{len(calls)} call{'' if len(calls) == 1 else 's'}")
    return 0


def _redirect(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _show(client.redirect(args.sid, url=args.url, twiml=args.twiml, method=args.method), args.json)
    return 0


def _hangup(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _show(client.hangup(args.sid), args.json)
    return 0


def _cancel(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _show(client.cancel(args.sid), args.json)
    return 0


def _delete(args: argparse.Namespace) -> int:
    with _client(args) as client:
        client.delete(args.sid)
    print(json.dumps({"deleted": args.sid}) if args.json else f"deleted {args.sid}")
    return 0


def _sandbox(args: argparse.Namespace) -> int:
    import threading

    from twilio_calls.sandbox import Sandbox, Timing

    timing = Timing(queue=args.queue, ring=args.ring, talk=args.talk)
    options = {"port": args.port, "account_sid": args.account_sid, "rate_limit": args.rate_limit}
    # The account in TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN if set (its token never printed), else a minted one.
    with Sandbox.from_environment(os.environ, timing=timing, log=_print_flushed, **options) as sb:
        _print_flushed(f"Calls sandbox listening on {sb.url}")
        for line in sb.shell_lines():
            _print_flushed(f"  {line}")
        _print_flushed("To numbers ending in 0002 are busy, 0003 do not answer, 0004 fail. Ctrl-C stops.")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            _print_flushed("stopped")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from twilio_calls.sandbox._demo import run_demo

    return run_demo(_print_flushed)


# -- output ----------------------------------------------------------------------------------------------


def _print_flushed(line: str) -> None:
    print(line, flush=True)


def _when(moment: datetime | None) -> str:
    return "-" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def _show(call: Call, as_json: bool) -> None:
    if as_json:
        print(json.dumps(call.raw, indent=2))
        return
    price = "-" if call.price is None else f"{call.price} {call.price_unit or ''}".strip()
    rows = {
        "sid": call.sid,
        "status": call.status,
        "from": call.from_,
        "to": call.to,
        "direction": call.direction,
        "created": _when(call.date_created),
        "started": _when(call.start_time),
        "ended": _when(call.end_time),
        "duration": "-" if call.duration is None else f"{call.duration} s",
        "price": price,
    }
    for label, value in rows.items():
        print(f"{label:10} {value if value is not None else '-'}")


if __name__ == "__main__":
    sys.exit(main())
