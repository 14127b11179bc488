"""`twilio-calls`: place, inspect, steer and end calls from a shell, run a local sandbox, or watch a demo call.

The options of `create`, `update` and `list` are built from the generated surface of the curated document
(twilio_calls_api.surface): every parameter as --kebab-case, enums as choices, the document's descriptions as
help, arrays as repeatable or comma-separated flags, booleans as --flag/--no-flag. A parameter added to
openapi/calls.yaml is an option here after a regeneration.

The options are every provider's together: a parameter's choices are the values any provider takes, and its help
gives each provider's bounds and values where they differ. The client built for --provider then refuses what
that provider does not take, naming the provider that would (exit 2, like argparse's own refusals).

Credentials come from the same place as CallsClient's: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or
TWILIO_API_KEY with TWILIO_API_SECRET. Secrets are read from the environment only, never from arguments,
so they stay out of shell history and process lists.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from twilio_calls_api.surface import CALL_FIELDS, OPERATIONS, PROVIDERS, Operation, Param

from ._version import __version__

if TYPE_CHECKING:
    from twilio_calls import Call, CallsClient

__all__ = ["main"]

PROG = "twilio-calls"
BASE_URL_ENV = "TWILIO_CALLS_BASE_URL"
SANDBOX_HOST = "127.0.0.1"  # the only address the sandbox listens on
DEFAULT_LIMIT = 20


class UsageError(Exception):
    """Bad usage found after parsing (a value the client refuses): exit 2 with the usage line."""


class SetupError(Exception):
    """What the command needs could not be set up from the environment (credentials, a base URL from
    TWILIO_CALLS_BASE_URL, a sandbox's port in use): exit 1, not usage."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 refused or failed, 2 bad usage)."""
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        # Refused by the command's own parser, so that its usage is shown, with the nearest option named.
        command_parser: argparse.ArgumentParser = getattr(args, "command_parser", parser)
        command_parser.error(f"unrecognized arguments: {' '.join(unknown)}{_did_you_mean(unknown, command_parser)}")
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        code = handler(args)
        sys.stdout.flush()  # here, not at exit: a closed pipe must surface where it is handled below
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`twilio-calls list | head`): stop quietly, and keep Python from complaining
        # about the unflushable stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        from twilio_calls import TwilioCallsError, ValidationError

        if isinstance(exc, ValidationError | UsageError):
            args.command_parser.print_usage(sys.stderr)
            print(f"{PROG} {args.command}: error: {exc}", file=sys.stderr)
            return 2
        # TwilioCallsError covers API refusals and network failures; OSError and ValueError are the sandbox's
        # (a port in use, a negative duration). Anything else is a bug and keeps its traceback.
        if not isinstance(exc, TwilioCallsError | SetupError | OSError | ValueError):
            raise
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1


def _did_you_mean(unknown: list[str], parser: argparse.ArgumentParser) -> str:
    """ " (did you mean --status?)" for the first unknown option close to one of the command's, else ""."""
    import difflib

    options = [option for action in parser._actions for option in action.option_strings]
    for word in unknown:
        if word.startswith("--"):
            close = difflib.get_close_matches(word.partition("=")[0], options, n=1)
            if close:
                return f" (did you mean {close[0]}?)"
    return ""


# -- the parser ------------------------------------------------------------------------------------------


class LazyParser(argparse.ArgumentParser):
    """An ArgumentParser that can finish building itself when first used: parsing, --help or its usage.

    The resource commands (_cli_resources) have some 700 options between them; building them all costs more
    than the rest of start-up, while a command line uses one resource at most. Top-level --help lists every
    command from its help text, which is given up front.
    """

    _later: Callable[[argparse.ArgumentParser], None] | None = None

    def build_later(self, build: Callable[[argparse.ArgumentParser], None]) -> None:
        self._later = build

    def _built(self) -> None:
        build, self._later = self._later, None
        if build is not None:
            build(self)

    def _parse_known_args(  # later Pythons add an argument (intermixed): passed on as given
        self, arg_strings: list[str], namespace: argparse.Namespace, *args: Any
    ) -> tuple[argparse.Namespace, list[str]]:
        self._built()
        return super()._parse_known_args(arg_strings, namespace, *args)

    def format_help(self) -> str:
        self._built()
        return super().format_help()

    def format_usage(self) -> str:
        self._built()
        return super().format_usage()


def _connection_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options every API command takes, accepted before or after the command's name. On the commands
    their default is SUPPRESS, so that a value given before the command is not reset by the command's parser."""
    group = parser.add_argument_group("connection")
    default: Any = argparse.SUPPRESS if suppress else None
    group.add_argument("--account-sid", default=default, help="account SID (default: $TWILIO_ACCOUNT_SID)")
    group.add_argument(
        "--base-url",
        default=default,
        help=f"API base URL, e.g. a sandbox's http://127.0.0.1:PORT (default: ${BASE_URL_ENV}, else Twilio)",
    )
    group.add_argument(
        "--provider",
        choices=PROVIDERS,
        default=default,
        help=f"whose rules to apply ({', '.join(PROVIDERS)}; default: {PROVIDERS[0]})",
    )
    group.add_argument("--json", action="store_true", default=default, help="print the API's JSON instead of a summary")


def _parser() -> argparse.ArgumentParser:
    parser = LazyParser(
        prog=PROG,
        description="Place, inspect, steer and end phone calls through Twilio's (or a compatible) Calls API.",
        epilog="Secrets come from TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET. "
        f"Run '{PROG} demo' to see a call's life without an account.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _connection_options(parser, suppress=False)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True, dest="command")
    operations = _operations_of_every_provider()

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], help: str, op: Operation | None = None
    ) -> argparse.ArgumentParser:
        usage = None if op is None else _usage(name, op)
        sub = commands.add_parser(name, help=help, description=help, usage=usage)
        sub.set_defaults(handler=handler, command_parser=sub)
        _connection_options(sub, suppress=True)
        return sub

    create = operations["create_call"]
    sub = command("create", _create, create.summary + ".", create)
    _add_parameters(sub, create)
    _sid_only(sub)

    get = command("get", _get, "Show one call.")
    get.add_argument("sid", metavar="SID", help="the call's SID (CA...)")
    _sid_only(get)

    listing = operations["list_calls"]
    sub = command("list", _list, listing.summary + ".", listing)
    _add_parameters(sub, listing)
    _sid_only(sub, "print only the calls' SIDs, one a line")
    pages = sub.add_argument_group("how many")
    amount = pages.add_mutually_exclusive_group()
    amount.add_argument("--limit", type=_positive, help=f"at most this many calls (default {DEFAULT_LIMIT})")
    amount.add_argument("--all", action="store_true", help="every matching call, page after page")
    amount.add_argument(
        "--page-token",
        metavar="TOKEN",
        help="one page only: the page a previous 'list --page-size N' printed a token for",
    )

    update = operations["update_call"]
    sub = command("update", _update, update.summary + ".", update)
    sub.add_argument("sid", metavar="SID", help="the call's SID (CA...)")
    _add_parameters(sub, update)
    _sid_only(sub)

    redirect = command("redirect", _redirect, "Make a call in progress run new TwiML.")
    redirect.add_argument("sid", metavar="SID", help="the call's SID (CA...)")
    target = redirect.add_mutually_exclusive_group(required=True)
    target.add_argument("--url", metavar="URL", help="URL of the new TwiML")
    target.add_argument("--twiml", metavar="TWIML", help="the new TwiML, inline")
    _sid_only(redirect)
    redirect.add_argument("--method", choices=_values(update, "Method"), help="how --url is requested (POST)")

    for name, handler, text in (
        ("hangup", _hangup, "End a call whatever its state (Status=completed)."),
        ("cancel", _cancel, "End a call only if it is still queued or ringing (Status=canceled)."),
        ("delete", _delete, "Delete the record of a call that has ended."),
    ):
        sub = command(name, handler, text)
        sub.add_argument("sid", metavar="SID", help="the call's SID (CA...)")
        if name != "delete":
            _sid_only(sub)

    sandbox = commands.add_parser(
        "sandbox",
        help="Run a local Calls sandbox until Ctrl-C.",
        description="Serve Twilio's Calls API on 127.0.0.1 with simulated calls. To numbers ending in 0002 are "
        "busy, 0003 do not answer, 0004 fail; others answer.",
    )
    sandbox.set_defaults(handler=_sandbox, command_parser=sandbox)
    sandbox.add_argument("--port", type=_port, default=0, help="port to listen on (default: any free port)")
    sandbox.add_argument(
        "--account-sid",
        default=argparse.SUPPRESS,  # also taken before the command, like the other commands' --account-sid
        help="account SID to serve (default: $TWILIO_ACCOUNT_SID, else a new random one)",
    )
    sandbox.add_argument("--queue", type=_seconds, default=1.0, help="seconds a call stays queued (1)")
    sandbox.add_argument("--ring", type=_seconds, default=3.0, help="seconds a call rings before answer (3)")
    sandbox.add_argument("--talk", type=_seconds, default=10.0, help="seconds an answered call lasts (10)")
    sandbox.add_argument("--rate-limit", type=_positive, help="answer 429 beyond this many requests per second")
    sandbox.add_argument(
        "--provider",
        choices=PROVIDERS,
        default=argparse.SUPPRESS,  # also taken before the command, like the other commands' --provider
        help=f"whose API to imitate, by its own rules ({', '.join(PROVIDERS)}; default: {PROVIDERS[0]})",
    )

    demo = commands.add_parser(
        "demo",
        help="Walk one call through its life in an embedded sandbox (no account needed).",
        description="Start a sandbox and a status-callback receiver on 127.0.0.1, then create a call, let it ring, "
        "answer, redirect it and hang up, printing every step and every callback.",
    )
    demo.set_defaults(handler=_demo, command_parser=demo)
    from ._cli_resources import add_resource_commands  # here: it reads this module's helpers

    add_resource_commands(commands)  # `twilio-calls recordings create ...`: every operation of the document
    return parser


def _sid_only(parser: argparse.ArgumentParser, text: str = "print only the call's SID (for scripts)") -> None:
    parser.add_argument("-q", "--sid-only", action="store_true", help=text)


def _usage(name: str, op: Operation) -> str:
    """A usage line that fits a terminal: the command's required options (one of a set in parentheses), not
    every documented parameter (--help lists those)."""
    params = {param.wire: param for param in op.params}
    parts = ["%(prog)s [options]"] + (["SID"] if op.path_params[1:] else [])
    parts += [f"{_flag(p)} {_metavar(p)}" for p in op.params if p.required and p.wire not in op.exactly_one_of]
    if op.exactly_one_of:
        parts.append("(" + " | ".join(f"{_flag(params[w])} {_metavar(params[w])}" for w in op.exactly_one_of) + ")")
    return " ".join(parts)


def _operations_of_every_provider() -> dict[str, Operation]:
    """Each operation with the parameters of every provider, in document order (the first provider's, then those
    only the others have). A parameter's values are every provider's together, so that argparse takes any value
    some provider takes; the client says which provider refuses which. A parameter is required only where every
    provider requires it."""
    merged: dict[str, Operation] = {}
    for provider in PROVIDERS:
        for op_id, op in OPERATIONS[provider].items():
            if op_id in merged:
                continue
            names = dict.fromkeys(param.name for other in PROVIDERS for param in _params(other, op_id))
            params = tuple(_merged(_rows(op_id, name)) for name in names)
            merged[op_id] = op._replace(params=params)
    return merged


def _params(provider: str, op_id: str) -> tuple[Param, ...]:
    op = OPERATIONS[provider].get(op_id)
    return () if op is None else op.params


def _rows(op_id: str, name: str) -> dict[str, Param]:
    """The parameter `name` of `op_id` as each provider that takes it states it, by provider."""
    return {provider: param for provider in PROVIDERS for param in _params(provider, op_id) if param.name == name}


def _merged(rows: dict[str, Param]) -> Param:
    first = next(iter(rows.values()))
    required = len(rows) == len(PROVIDERS) and all(row.required for row in rows.values())
    # Values only if every provider has some: one that takes any text must not be held to another's list.
    every = all(row.values for row in rows.values())
    values = tuple(dict.fromkeys(value for row in rows.values() for value in row.values)) if every else ()
    return first._replace(required=required, values=values)


def _values(op: Operation, wire: str) -> tuple[str, ...]:
    return next(param.values for param in op.params if param.wire == wire)


def _flag(param: Param) -> str:
    return "--" + param.name.rstrip("_").replace("_", "-")


def _add_parameters(parser: argparse.ArgumentParser, op: Operation) -> None:
    """One option per documented parameter of `op` (paging cursors excepted)."""
    group = parser.add_argument_group("parameters (from the API document)")
    exclusive = parser.add_mutually_exclusive_group(required=True) if op.exactly_one_of else None
    for param in op.params:
        if param.paging:
            continue
        target = exclusive if exclusive is not None and param.wire in op.exactly_one_of else group
        options: dict[str, Any] = {"dest": param.name, "help": _help(param, _rows(op.id, param.name))}
        if param.type == "boolean":
            options["action"] = argparse.BooleanOptionalAction
        elif param.type == "array":
            options.update(action="extend", type=_list_of(param), metavar=_metavar(param))
        else:
            options.update(type=_scalar(param), metavar=_metavar(param))
            if param.values:
                options["choices"] = param.values
                del options["metavar"]
        if param.required and target is group:
            options["required"] = True
        target.add_argument(_flag(param), **options)


def _help(param: Param, rows: dict[str, Param]) -> str:
    """The document's description, then which providers take the parameter if not all, and its bounds: each
    provider's bounds and values when they differ (as help(CallsClient.create) words them)."""
    notes = [] if len(rows) == len(PROVIDERS) else [f"{', '.join(rows)} only"]
    facts = {provider: _facts(row, param.values) for provider, row in rows.items()}
    if len(set(facts.values())) <= 1:
        bounds = ", ".join(_bounds(param))
        notes.extend([bounds] if bounds else [])
    else:
        for provider, said in facts.items():
            notes.append(f"{provider}: {', '.join(said) or ('every value' if rows[provider].values else 'no limit')}")
    text = param.description + (f" ({'; '.join(notes)})" if notes else "")
    if param.type == "array":
        text += " Repeat the flag or separate values with commas."
    return text.replace("%", "%%")


def _bounds(param: Param) -> list[str]:
    return [
        f"{word} {_number(bound)}"
        for word, bound in (("min", param.minimum), ("max", param.maximum))
        if bound is not None
    ]


def _facts(param: Param, every_value: tuple[str, ...]) -> tuple[str, ...]:
    """What one provider's rules allow of a parameter: its bounds, length, pattern and values (when it takes
    fewer than every provider together)."""
    facts = _bounds(param)
    low, high = param.min_length, param.max_length
    if low is not None and high is not None:
        facts.append(f"{low} to {high} characters")
    elif high is not None:
        facts.append(f"at most {high} characters")
    elif low is not None:
        facts.append(f"at least {low} character{'' if low == 1 else 's'}")
    if param.pattern is not None:
        facts.append(f"matches {param.pattern}")
    if param.values and set(param.values) != set(every_value):
        facts.append(f"one of {', '.join(param.values)}")
    return tuple(facts)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _metavar(param: Param) -> str:
    """A placeholder a reader takes in at once: URL, SID, DATE, N, else the option's own words (CALLER_ID)."""
    if param.values:
        return "{" + ",".join(param.values) + "}"
    if param.normalize in ("date-filter", "rfc2822-date-filter"):
        return "DATE"
    if param.format == "uri":
        return "URL"
    if param.wire.endswith("Sid"):
        return "SID"
    if param.normalize == "decimal":
        return "AMOUNT"
    return {"integer": "N", "number": "NUMBER"}.get(param.type, param.name.rstrip("_").upper())


def _scalar(param: Param) -> Callable[[str], object]:
    if param.type == "integer":
        return int
    if param.type == "number":
        return float
    return str


def _list_of(param: Param) -> Callable[[str], list[str]]:
    def split(text: str) -> list[str]:
        items = [item.strip() for item in text.split(",") if item.strip()]
        for item in items:
            if param.values and item not in param.values:
                allowed = ", ".join(repr(value) for value in param.values)
                raise argparse.ArgumentTypeError(f"invalid choice: {item!r} (choose from {allowed})")
        return items

    split.__name__ = param.name  # argparse names the type in its messages
    return split


def _int(text: str, low: int, high: int | None, rule: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {text!r}") from None
    if value < low or (high is not None and value > high):
        raise argparse.ArgumentTypeError(f"{rule}, got {value}")
    return value


def _positive(text: str) -> int:
    return _int(text, 1, None, "must be at least 1")


def _port(text: str) -> int:
    return _int(text, 0, 65535, "must be a port from 0 (any free one) to 65535")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of seconds: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, 0 or more, got {text}")
    return value


def _given(args: argparse.Namespace, op: Operation) -> dict[str, Any]:
    """The parameters of `op` set on the command line, by keyword name. `op` has every provider's parameters:
    the client, not the command line, refuses one the chosen provider does not take (and says so)."""
    values = {param.name: getattr(args, param.name, None) for param in op.params if not param.paging}
    return {name: value for name, value in values.items() if value is not None}


# -- commands --------------------------------------------------------------------------------------------


_OPTIONS = {"account_sid": "--account-sid", "base_url": "--base-url"}  # the client's arguments given as options


def _client(args: argparse.Namespace) -> CallsClient:
    """The client for the connection options; without --base-url the client reads TWILIO_CALLS_BASE_URL itself
    (and names it when it refuses it). A refused option is bad usage (exit 2); a refused environment is not."""
    from twilio_calls import CallsClient, ValidationError

    options = {"provider": args.provider} if args.provider else {}
    try:
        return CallsClient(args.account_sid, base_url=args.base_url or None, **options)
    except ValidationError as exc:
        option = _OPTIONS.get(exc.parameter)
        if option is not None and getattr(args, exc.parameter, None):
            raise _bad_option(option, str(exc).removeprefix(f"{exc.parameter}: ")) from None
        raise SetupError(str(exc)) from None


def _bad_option(option: str, problem: str) -> UsageError:
    """A value given on the command line that the client or the sandbox refused, worded as argparse words its
    own refusals (main() prints it under the command's usage line, exit 2)."""
    return UsageError(f"argument {option}: {problem}")


def _create(args: argparse.Namespace) -> int:
    params = _given(args, _operations_of_every_provider()["create_call"])
    with _client(args) as client:
        _show(client.create(**params), args, client.provider)
    return 0


def _update(args: argparse.Namespace) -> int:
    params = _given(args, _operations_of_every_provider()["update_call"])
    if not params:
        raise UsageError("give at least one parameter to change")
    with _client(args) as client:
        _show(client.update(args.sid, **params), args, client.provider)
    return 0


def _get(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _show(client.fetch(args.sid), args, client.provider)
    return 0


def _list(args: argparse.Namespace) -> int:
    filters = _given(args, _operations_of_every_provider()["list_calls"])
    one_page = args.page_token is not None or (args.page_size is not None and args.limit is None and not args.all)
    with _client(args) as client:
        if one_page:
            page = client.list_page(page_token=args.page_token, **filters)
            calls, token = page.calls, page.next_page_token
        else:
            if not args.all:
                filters["limit"] = args.limit or DEFAULT_LIMIT
            calls, token = list(client.list(**filters)), None
    if token is not None and (args.json or args.sid_only):
        # Where scripts find it without the output changing shape: stdout stays one JSON array (or SIDs).
        print(f"next_page_token: {token}", file=sys.stderr)
    if args.json:
        print(json.dumps([call.raw for call in calls], indent=2))
        return 0
    if args.sid_only:
        for call in calls:
            print(call.sid)
        return 0
    _table(calls)
    print(f"{len(calls)} call{'' if len(calls) == 1 else 's'}")
    if token is not None:
        print(f"next page: {PROG} list --page-token {token} (with the same filters)")
    return 0


def _redirect(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _show(client.redirect(args.sid, url=args.url, twiml=args.twiml, method=args.method), args, client.provider)
    return 0


def _hangup(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _show(client.hangup(args.sid), args, client.provider)
    return 0


def _cancel(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _show(client.cancel(args.sid), args, client.provider)
    return 0


def _delete(args: argparse.Namespace) -> int:
    with _client(args) as client:
        client.delete(args.sid)
    print(json.dumps({"deleted": args.sid}) if args.json else f"deleted {args.sid}")
    return 0


def _sandbox(args: argparse.Namespace) -> int:
    import threading

    from twilio_calls.sandbox import Sandbox, Timing

    timing = Timing(queue=args.queue, ring=args.ring, talk=args.talk)  # each checked by _seconds already
    options = {"port": args.port, "account_sid": args.account_sid, "rate_limit": args.rate_limit}
    options["provider"] = args.provider or PROVIDERS[0]
    # The account in TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN if set (its token never printed), else a minted one.
    try:
        sb = Sandbox.from_environment(os.environ, timing=timing, log=_print_flushed, **options)
    except ValueError as exc:
        if not args.account_sid:  # the environment's account SID: not usage
            raise
        # With --account-sid given, the environment's SID is not read: the refusal is of the option's value.
        raise _bad_option("--account-sid", str(exc).removeprefix("account_sid ")) from None
    try:
        sb.start()
    except OSError as exc:  # in use, or a privileged port: the environment's doing, not usage
        raise SetupError(f"could not listen on {SANDBOX_HOST}:{args.port}: {exc.strerror or exc}") from None
    try:
        # Ctrl-C may come as soon as the export lines are out (a script that read them): it stops the sandbox
        # cleanly wherever it lands, not only in the wait.
        _print_flushed(f"Calls sandbox listening on {sb.url}")
        for line in sb.shell_lines():
            _print_flushed(f"  {line}")
        _print_flushed("To numbers ending in 0002 are busy, 0003 do not answer, 0004 fail. Ctrl-C stops.")
        threading.Event().wait()
    except KeyboardInterrupt:
        _print_flushed("stopped")
    finally:
        sb.stop()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from twilio_calls.sandbox._demo import run_demo

    return run_demo(_print_flushed)


# -- output ----------------------------------------------------------------------------------------------


def _print_flushed(line: str) -> None:
    print(line, flush=True)


def _when(moment: datetime | None) -> str:
    return "-" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def _text(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return _when(value)
    if isinstance(value, dict):
        return ", ".join(f"{key}={item}" for key, item in value.items()) or "-"
    return str(getattr(value, "value", value))


# The fields a single call is shown with (JSON keys), in this order; --json prints every field.
SUMMARY = ("sid", "status", "to", "from", "direction", "start_time", "end_time", "duration", "price")


def _show(call: Call, args: argparse.Namespace, provider: str) -> None:
    """The call as JSON (--json), its SID alone (--sid-only), or a short summary: the SUMMARY fields that
    `provider` sends (its document's call fields), as the client reads them, the price with its unit."""
    if args.json:
        print(json.dumps(call.raw, indent=2))
        return
    if args.sid_only:
        print(call.sid)
        return
    from twilio_calls_api.surface import PROVIDER_FACTS

    sent = PROVIDER_FACTS[provider].call_fields
    fields = {field.key: field for field in CALL_FIELDS}
    rows = [(key, _text(getattr(call, fields[key].name))) for key in SUMMARY if key in sent and key in fields]
    if call.price is not None and call.price_unit:
        rows = [(label, f"{value} {call.price_unit}" if label == "price" else value) for label, value in rows]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:{width}}  {value}")


_COLUMNS: tuple[tuple[str, Callable[[Call], str]], ...] = (
    ("SID", lambda call: call.sid),
    ("STATUS", lambda call: _text(call.status)),
    ("FROM", lambda call: call.from_ or "-"),
    ("TO", lambda call: call.to or "-"),
    ("STARTED", lambda call: _when(call.start_time)),
    ("DURATION", lambda call: "-" if call.duration is None else f"{call.duration} s"),
)


def _table(calls: list[Call]) -> None:
    """Calls as columns, each as wide as its widest cell."""
    cells = [[read(call) for _, read in _COLUMNS] for call in calls]
    headers = [name for name, _ in _COLUMNS]
    widths = [max([len(header), *(len(row[i]) for row in cells)]) for i, header in enumerate(headers)]
    for row in [headers, *cells]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


if __name__ == "__main__":
    sys.exit(main())
