"""`twilio-calls <resource> <action>`: a command for every operation of the document, read from its tables.

Nothing here names a resource, an operation or a parameter. The commands are RESOURCES (with - for _), their
actions the operations tagged with each (OPERATIONS), the positional arguments an operation's path parameters
after the account, the options its parameters (built as the calls commands build theirs), and the human view
the response schema's FIELDS. An operation added to openapi/calls.yaml is a command after a regeneration.

Each command runs the client's own method, client.<resource>.<action>(...): the client, not the command line,
checks the values and refuses what the chosen provider does not offer, naming it (exit 2, as a ValidationError
is everywhere in the command line).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import cache, partial
from typing import Any

from twilio_calls_api.resources import RESOURCES, SyncResources
from twilio_calls_api.surface import FIELDS, OPERATIONS, PROVIDERS, Field, Operation, Param

from . import _cli

__all__ = ["add_resource_commands"]

_PATH = "path:"  # prefix of the positional arguments' dests, so that no parameter's name can collide with one
_TABLE_COLUMNS = 6
_CELL_WIDTH = 48


def add_resource_commands(commands: argparse._SubParsersAction[Any]) -> None:
    """A command per resource of the document, with a sub-command per operation it has. Each command's actions
    and their options are built when that command is used (_cli.LazyParser): only its name and description
    are needed to list it."""
    for resource in RESOURCES:
        op_ids = _operation_ids(resource)
        if not op_ids:
            continue
        name = resource.replace("_", "-")
        text = _resource_text(resource)
        parser = commands.add_parser(name, help=text, description=text)
        parser.set_defaults(command_parser=parser, command=name)
        if isinstance(parser, _cli.LazyParser):
            parser.build_later(partial(_add_actions, name=name, op_ids=op_ids))
        else:
            _add_actions(parser, name, op_ids)


def _add_actions(parser: argparse.ArgumentParser, name: str, op_ids: list[str]) -> None:
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True, dest="action")
    for op_id in op_ids:
        _add_action(actions, name, _merged(op_id))


# -- the tables, every provider's together -----------------------------------------------------------------


def _operation_ids(resource: str) -> list[str]:
    """The resource's operations in document order (the first provider's, then those only others have)."""
    ids = (op_id for provider in PROVIDERS for op_id, op in OPERATIONS[provider].items() if op.resource == resource)
    return list(dict.fromkeys(ids))


def _offering(op_id: str) -> tuple[str, ...]:
    return tuple(provider for provider in PROVIDERS if op_id in OPERATIONS[provider])


def _rows(op_id: str, name: str) -> dict[str, Param]:
    """The parameter `name` of `op_id` as each provider offering the operation states it, by provider."""
    return _params_by_name(op_id).get(name, {})


@cache
def _params_by_name(op_id: str) -> dict[str, dict[str, Param]]:
    """Built once per operation: a stream's create has some 200 parameters, each looked up twice."""
    rows: dict[str, dict[str, Param]] = {}
    for provider in _offering(op_id):
        for param in OPERATIONS[provider][op_id].params:
            rows.setdefault(param.name, {})[provider] = param
    return rows


def _merged(op_id: str) -> Operation:
    """The operation with the parameters of every provider that offers it. A parameter's values are all of
    theirs together (argparse takes any value some provider takes; the client says which refuses which), and
    it is required only where each of them requires it. Unlike the calls commands' merge, providers that do
    not offer the operation at all count for nothing here: the client refuses them as a whole."""
    providers = _offering(op_id)
    names = dict.fromkeys(param.name for provider in providers for param in OPERATIONS[provider][op_id].params)
    params = []
    for name in names:
        rows = _rows(op_id, name)
        first = next(iter(rows.values()))
        required = len(rows) == len(providers) and all(row.required for row in rows.values())
        every = all(row.values for row in rows.values())
        values = tuple(dict.fromkeys(value for row in rows.values() for value in row.values)) if every else ()
        params.append(first._replace(required=required, values=values))
    return OPERATIONS[providers[0]][op_id]._replace(params=tuple(params))


def _resource_text(resource: str) -> str:
    """The resource's description in the document (the tag's, as the client's attribute documents it)."""
    attribute = getattr(SyncResources, resource, None)
    doc = attribute.__doc__ if attribute is not None else None
    return (doc or resource).split(": ", 1)[-1].strip()


# -- the parsers -------------------------------------------------------------------------------------------


def _add_action(actions: argparse._SubParsersAction[argparse.ArgumentParser], command: str, op: Operation) -> None:
    providers = _offering(op.id)
    only = "" if len(providers) == len(PROVIDERS) else f" ({', '.join(providers)} only)"
    summary = op.summary.rstrip(".") + "."
    offered = f"Offered by {', '.join(providers)} only." if only else ""
    description = " ".join(part for part in (summary, op.description, offered) if part)
    sub = actions.add_parser(
        op.action,
        help=(summary + only).replace("%", "%%"),
        description=description.replace("%", "%%"),
        usage=_usage(command, op),
    )
    sub.set_defaults(handler=_run, command_parser=sub, command=f"{command} {op.action}", operation=op.id)
    for param in op.path_params[1:]:  # the account comes from the connection options
        sub.add_argument(_PATH + param.name, metavar=_metavar(param.wire), help=param.description.replace("%", "%%"))
    _add_parameters(sub, op)
    if op.action == "list":
        _add_amount(sub, op)
    _cli._connection_options(sub, suppress=True)


def _metavar(wire: str) -> str:
    """CallSid -> CALL_SID."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", wire).upper()


def _value_metavar(param: Param) -> str:
    """A string's value named after its keyword (RECORDING_STATUS_CALLBACK, PARAMETER_1_NAME), which reads
    better than its wire name run together; numbers, dates and choices as the calls commands name them."""
    if param.type == "string" and param.normalize is None:
        return param.name.rstrip("_").upper()
    return _cli._metavar(param)


def _usage(command: str, op: Operation) -> str:
    """The SIDs and the required options, then [options]: argparse's own line would list all of them (a stream
    has 99 numbered custom parameters)."""
    words = [f"{_cli.PROG} {command} {op.action}"]
    words += [_metavar(param.wire) for param in op.path_params[1:]]
    for param in op.params:
        if param.required and not param.paging:
            value = "{" + ",".join(param.values) + "}" if param.values else _value_metavar(param)
            words.append(f"{_cli._flag(param)} {value}")
    return " ".join([*words, "[options]"])


def _add_parameters(parser: argparse.ArgumentParser, op: Operation) -> None:
    """One option per documented parameter (paging cursors excepted), as the calls commands make them."""
    group = parser.add_argument_group("parameters (from the API document)")
    said: dict[str, str] = {}  # a help text already given -> its flag: numbered twins (Parameter2.Name) refer to it
    for param in op.params:
        if param.paging:
            continue
        flag = _cli._flag(param)
        text = _help(op, param)
        first = said.setdefault(text, flag)
        options: dict[str, Any] = {"dest": param.name, "help": text if first == flag else f"like {first}"}
        if param.type == "boolean":
            options["action"] = argparse.BooleanOptionalAction
        elif param.type == "array":
            options.update(action="extend", type=_cli._list_of(param), metavar=_value_metavar(param))
        elif param.values:
            options.update(type=_cli._scalar(param), choices=param.values)
        else:
            options.update(type=_cli._scalar(param), metavar=_value_metavar(param))
        if param.required:
            options["required"] = True
        group.add_argument(flag, **options)


def _help(op: Operation, param: Param) -> str:
    """The description, which providers take the parameter if not every one offering the operation, and its
    bounds: each provider's where they differ (worded as the calls commands word them)."""
    rows = _rows(op.id, param.name)
    notes = [] if len(rows) == len(_offering(op.id)) else [f"{', '.join(rows)} only"]
    facts = {provider: _cli._facts(row, param.values) for provider, row in rows.items()}
    if len(set(facts.values())) <= 1:
        same = ", ".join(_cli._facts(param, param.values))
        notes.extend([same] if same else [])
    else:
        for provider, said in facts.items():
            notes.append(f"{provider}: {', '.join(said) or ('every value' if rows[provider].values else 'no limit')}")
    text = param.description + (f" ({'; '.join(notes)})" if notes else "")
    if param.type == "array":
        text += " Repeat the flag or separate values with commas."
    return text.replace("%", "%%")


def _add_amount(parser: argparse.ArgumentParser, op: Operation) -> None:
    """How many items a list shows, as the calls list takes it: --limit, --all, or one page (--page-token)."""
    amount = parser.add_argument_group("how many").add_mutually_exclusive_group()
    amount.add_argument(
        "--limit", type=_cli._positive, metavar="N", help=f"at most this many (default {_cli.DEFAULT_LIMIT})"
    )
    amount.add_argument("--all", action="store_true", help="every item, page after page")
    if op.page_size is not None:
        amount.add_argument(
            "--page-token", metavar="TOKEN", help="one page only: the page a previous one printed a token for"
        )


# -- running ---------------------------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    op = _merged(args.operation)
    path = [getattr(args, _PATH + param.name) for param in op.path_params[1:]]
    params = _cli._given(args, op)
    with _cli._client(args) as client:
        methods = getattr(client, op.resource)
        if op.action == "list":
            return _list(args, op, methods, path, params)
        result = getattr(methods, op.action)(*path, **params)
    if result is None:  # nothing answered (a delete): say what was done to what, as the calls delete does
        done = op.action + ("d" if op.action.endswith("e") else "ed")
        print(json.dumps({done: path[-1]}) if args.json else f"{done} {path[-1]}")
    elif args.json:
        print(json.dumps(result.raw, indent=2))
    else:
        _card(op.response, result)
    return 0


def _list(args: argparse.Namespace, op: Operation, methods: Any, path: list[str], filters: dict[str, Any]) -> int:
    page_token = getattr(args, "page_token", None)
    one_page = op.page_size is not None and (
        page_token is not None or (args.page_size is not None and args.limit is None and not args.all)
    )
    token = None
    if one_page:
        page = methods.list_page(*path, page_token=page_token, **filters)
        items, token = list(page.items), page.next_page_token
    else:
        limit = None if args.all else (args.limit or _cli.DEFAULT_LIMIT)
        items = list(methods.list(*path, limit=limit, **filters))
    hint = None
    if token is not None:
        hint = f"next page: {_cli.PROG} {args.command} {' '.join(path)} --page-token {token} (with the same filters)"
    if args.json:
        # One shape whatever the options: the array of the items as sent; the next page's token to stderr.
        print(json.dumps([item.raw for item in items], indent=2))
        if hint is not None:
            print(hint, file=sys.stderr)
        return 0
    _table(op.response, items)
    print(f"{len(items)} {_noun(op.response, len(items))}")
    if hint is not None:
        print(hint)
    return 0


# -- the human view --------------------------------------------------------------------------------------


def _shown(schema: str | None) -> list[Field]:
    """The fields a person reads first: sid, status and name, then the rest in document order, leaving out
    the identifiers of other resources (*_sid), links (*uri, *uris) and the API version."""
    fields = FIELDS.get(schema or "", ())
    first = [field for field in fields if field.key in ("sid", "status", "name")]
    rest = [
        field for field in fields if field not in first and not field.key.endswith(("_sid", "uri", "uris", "_version"))
    ]
    return first + rest


def _present(item: Any, field: Field) -> bool:
    raw = item.raw
    return any(raw.get(key) not in (None, "", {}, []) for key in (field.key, *field.aliases))


def _cell(item: Any, field: Field) -> str:
    value = getattr(item, field.name)
    if isinstance(value, dict):  # an object field (an event's request): its plain members only
        value = {key: member for key, member in value.items() if not isinstance(member, dict | list)}
    text = " ".join(_cli._text(value).split())
    return text if len(text) <= _CELL_WIDTH else text[: _CELL_WIDTH - 3] + "..."


def _card(schema: str | None, item: Any) -> None:
    """One object: its shown fields that are present, one per line."""
    rows = [(field.key, _cell(item, field)) for field in _shown(schema) if _present(item, field)]
    if not rows:
        rows = [("sid", str(item.raw.get("sid", "-")))]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:{width}}  {value}")


def _table(schema: str | None, items: list[Any]) -> None:
    """Items as columns: sid, status, name, the first date, then other fields, as far as room allows."""
    present = [field for field in _shown(schema) if any(_present(item, field) for item in items)]
    dates = [field for field in present if field.normalize == "timestamp"][:1]
    columns = [field for field in present if field.normalize != "timestamp" or field in dates][:_TABLE_COLUMNS]
    if not columns:
        return
    cells = [[_cell(item, field) if _present(item, field) else "-" for field in columns] for item in items]
    headers = [field.key.upper() for field in columns]
    widths = [max([len(header), *(len(row[i]) for row in cells)]) for i, header in enumerate(headers)]
    for row in [headers, *cells]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _noun(schema: str | None, count: int) -> str:
    """RealtimeTranscription -> realtime transcriptions."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", schema or "item").lower()
    return words if count == 1 else words + "s"
