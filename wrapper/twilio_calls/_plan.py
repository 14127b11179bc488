"""Request planning for both clients: keyword arguments in, a checked generated request out.

Everything here reads the generated surface (twilio_calls_api.surface), so a parameter added to the curated
document is accepted, checked, typed and sent after a regeneration, with no edit in this package. The clients
only send what a Planner returns; CallsClient and AsyncCallsClient differ only in how they send.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from importlib import import_module
from types import ModuleType
from typing import Any, NamedTuple

from twilio_calls_api import models as _models
from twilio_calls_api.surface import FINAL_VALUES, OPERATIONS, PROVIDERS, Operation, Param

from ._exceptions import ValidationError
from ._paging import PageCursor
from ._validation import check_int, check_param, check_pattern, for_provider

__all__ = ["DEFAULT_PROVIDER", "Plan", "Planner", "enum_class", "operations"]

DEFAULT_PROVIDER = PROVIDERS[0]


class Plan(NamedTuple):
    """A request ready to send: the generated operation's keyword arguments for httpx, and whether resending
    it after an unclear outcome is harmless (`safe`)."""

    request: dict[str, Any]
    safe: bool


def enum_class(name: str) -> type[Enum]:
    """A generated enum class by its name in the surface."""
    enum = getattr(_models, name)
    assert isinstance(enum, type) and issubclass(enum, Enum), name
    return enum


def operations(provider: str) -> dict[str, Operation]:
    try:
        return OPERATIONS[provider]
    except KeyError:
        known = ", ".join(repr(name) for name in PROVIDERS)
        raise ValidationError("provider", f"expected one of {known}, got {provider!r}") from None


class _Compiled:
    """One operation's rows indexed for planning; built once per provider and operation."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        self.module: ModuleType = import_module(f"twilio_calls_api.{operation.module}")
        self.body_model = getattr(_models, operation.body_model) if operation.body_model else None
        self.by_name = {param.name: param for param in operation.params}
        self.by_wire = {param.wire: param for param in operation.params}
        self.required = [param for param in operation.params if param.required]
        self.path_params = operation.path_params
        # Arrays that travel as one value with the items joined by spaces (SignalWire's RecordingStatusCallbackEvent).
        self.space_delimited = tuple(param for param in operation.params if param.style == "spaceDelimited")
        # Enums whose generated class (the union of every provider's values) has values this provider lacks: a
        # member passed as such must be checked against this provider's values too. By name: hashing a Param
        # costs more than the check.
        self.narrowed = frozenset(
            param.name
            for param in operation.params
            if param.enum is not None and {m.value for m in enum_class(param.enum)} - set(param.values)
        )

        # The rules across parameters by keyword name, worked out once: they are checked on every request.
        self.exactly_one_of = self.names(operation.exactly_one_of)
        self.at_most_one_of = self.names(operation.at_most_one_of)
        self.at_least_one_of = frozenset(self.names(operation.at_least_one_of))
        self.unsafe_with = frozenset(self.names(operation.idempotent_unless))

    def names(self, wires: tuple[str, ...]) -> list[str]:
        return [self.by_wire[wire].name for wire in wires]


class Planner:
    """Plans one account's requests under one provider's rules (its parameters, bounds and enums)."""

    def __init__(self, provider: str, account_sid: str) -> None:
        self.provider = provider
        self.account_sid = account_sid
        self._ops = operations(provider)
        self._compiled: dict[str, _Compiled] = {}

    def _op(self, operation_id: str) -> _Compiled:
        compiled = self._compiled.get(operation_id)
        if compiled is None:
            operation = self._ops.get(operation_id)
            if operation is None:
                raise _not_offered(self.provider, operation_id)
            compiled = self._compiled[operation_id] = _Compiled(operation)
        return compiled

    def response_of(self, operation_id: str) -> str | None:
        """The schema of what the operation answers (of each item, for a list); None for no body."""
        return self._op(operation_id).operation.response

    def plan(
        self,
        operation_id: str,
        path: tuple[object, ...],
        params: Mapping[str, object],
        fixed: Mapping[str, object] | None = None,
    ) -> Plan:
        """Checks `params` (keyword names) and the path values (after the account) and builds the request.
        `fixed` are values a convenience method sets (recordings' pause: Status), by wire name."""
        op = self._op(operation_id)
        sids = self._path_values(op, path)
        if fixed:
            params = self._with_fixed(op, params, fixed)
        values = self.check(op, params)
        return Plan(self._request(op, sids, values), self._safe(op, values))

    def _path_values(self, op: _Compiled, path: tuple[object, ...]) -> list[str]:
        own = op.path_params[1:]
        if len(path) != len(own):
            names = ", ".join(param.name for param in own) or "none"
            raise ValidationError("path", f"{op.operation.id} takes {len(own)} identifiers ({names}), got {len(path)}")
        return [self._path_value(op, param, value) for value, param in zip(path, own, strict=True)]

    @staticmethod
    def _with_fixed(op: _Compiled, params: Mapping[str, object], fixed: Mapping[str, object]) -> dict[str, object]:
        merged = dict(params)
        for wire, value in fixed.items():
            name = op.by_wire[wire].name
            if params.get(name) is not None:
                raise ValidationError(name, f"is set by this method ({wire}={value}); call update() to choose it")
            merged[name] = value
        return merged

    def _path_value(self, op: _Compiled, param: Param, value: object) -> str:
        try:
            return check_pattern(value, param)
        except ValidationError as exc:
            raise self._refusal(op, param, value, exc) from None

    def check(self, op: _Compiled, params: Mapping[str, object]) -> dict[str, Any]:
        """Every given parameter checked (by keyword name), then the rules across parameters; None means "not
        given". Keyed by name, not by Param: hashing a 22-field row on every request costs more than the check."""
        values: dict[str, Any] = {}
        for name, value in params.items():
            param = op.by_name.get(name)
            if param is None or param.paging:
                raise self._unknown(op, name)
            if value is not None:
                try:
                    checked = check_param(value, param, enum_class)
                    if name in op.narrowed:
                        _within_provider(param, checked)
                except ValidationError as exc:
                    raise self._refusal(op, param, value, exc) from None
                values[name] = checked
        for param in op.required:
            if param.name not in values:
                raise ValidationError(param.name, "is required")
        operation = op.operation
        if op.exactly_one_of:
            names = op.exactly_one_of
            found = [name for name in names if name in values]
            if len(found) != 1:
                listed = ", ".join(names[:-1]) + " or " + names[-1]
                got = f"got {' and '.join(found)}" if found else "got none"
                raise ValidationError(" / ".join(names), f"{_verb(operation)} needs exactly one of {listed}; {got}")
        if op.at_most_one_of:
            names = op.at_most_one_of
            found = [name for name in names if name in values]
            if len(found) > 1:
                raise ValidationError(" / ".join(found), f"give at most one of {', '.join(names)}, not both")
        if op.at_least_one_of and op.at_least_one_of.isdisjoint(values):
            listed = ", ".join(op.names(operation.at_least_one_of))
            raise ValidationError("params", f"{_verb(operation)} needs at least one of {listed}")
        return values

    def _refusal(self, op: _Compiled, param: Param, value: object, exc: ValidationError) -> ValidationError:
        """A value this provider refuses; the message says so when another provider would take it."""
        others = [
            provider
            for provider in PROVIDERS
            if provider != self.provider
            and op.operation.id in OPERATIONS[provider]
            and _accepts(OPERATIONS[provider][op.operation.id], param.name, value)
        ]
        return for_provider(exc, self.provider, others)

    def _unknown(self, op: _Compiled, name: str) -> ValidationError:
        own = op.by_name.get(name)
        if own is not None and own.paging:  # a paging cursor: the client follows pages itself
            return ValidationError(name, "paging is done by the client: iterate list(), or use list_page(page_token=)")
        others = [
            provider
            for provider in PROVIDERS
            if provider != self.provider
            and op.operation.id in OPERATIONS[provider]
            and any(p.name == name and not p.paging for p in OPERATIONS[provider][op.operation.id].params)
        ]
        if others:
            return ValidationError(name, f"not taken by {self.provider} (only by {', '.join(others)})")
        import difflib

        expected = [name for name, param in op.by_name.items() if not param.paging]
        close = difflib.get_close_matches(name, expected, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"help() of {_method_name(op.operation)} lists them"
        return ValidationError(name, f"not a parameter of {op.operation.id}; {hint}")

    def _request(self, op: _Compiled, sids: list[str], values: Mapping[str, Any]) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        for name, value in values.items():
            param = op.by_name[name]
            if param.group is not None and param.group_model is not None:
                groups.setdefault((param.group, param.group_model), {})[param.attr] = value
            else:
                kwargs[param.attr] = value
        for (group, model), attributes in groups.items():
            kwargs[group] = getattr(_models, model)(**attributes)
        if op.body_model is not None:
            kwargs = {"body": op.body_model(**kwargs)}
        request: dict[str, Any] = op.module._get_kwargs(self.account_sid, *sids, **kwargs)
        for param in op.space_delimited:  # usually none: checked before touching `values`
            if param.name not in values:
                continue
            for part in ("data", "params"):
                sent = request.get(part)
                if isinstance(sent, dict) and isinstance(sent.get(param.wire), list):
                    sent[param.wire] = " ".join(str(item) for item in sent[param.wire])
        return request

    @staticmethod
    def _safe(op: _Compiled, values: Mapping[str, Any]) -> bool:
        if op.unsafe_with:
            return op.unsafe_with.isdisjoint(values)
        return op.operation.idempotent

    def call_statuses(self) -> tuple[tuple[str, ...], frozenset[str]]:
        """The statuses a call can be in (the list filter's enum), and those it never leaves, for wait_for()."""
        status = self._op("list_calls").by_wire["Status"]
        return status.values, frozenset(FINAL_VALUES.get(status.enum or "", ()))

    # -- paging -------------------------------------------------------------------------------------------

    def list_arguments(
        self, filters: Mapping[str, object], operation_id: str = "list_calls"
    ) -> tuple[dict[str, object], int | None]:
        """list()'s filters checked (paging cursors excluded), and the item limit apart."""
        given = dict(filters)
        raw_limit = given.pop("limit", None)
        limit = None if raw_limit is None else check_int(raw_limit, "limit", 1, None)
        op = self._op(operation_id)
        page_size = op.by_wire.get(op.operation.page_size or "")
        if page_size is not None and given.get(page_size.name) is None and limit is not None:
            # No point fetching fifty calls to return three.
            given[page_size.name] = limit if page_size.maximum is None else min(limit, int(page_size.maximum))
        self.check(op, given)
        return given, limit

    def cursor(self, base_url: str, operation_id: str = "list_calls", path: tuple[object, ...] = ()) -> PageCursor:
        """What turns each page's next_page_uri into the next request's paging keys, for one listing (of the
        calls, or of one call's recordings: `path` holds the parent's SID)."""
        op = self._op(operation_id)
        sids = self._path_values(op, path)
        list_path = op.operation.path.replace("{" + op.path_params[0].wire + "}", self.account_sid)
        for param, sid in zip(op.path_params[1:], sids, strict=True):
            list_path = list_path.replace("{" + param.wire + "}", sid)
        return PageCursor(op.operation, list_path, base_url, tuple(sids))

    def page(
        self, filters: Mapping[str, object], cursor: Mapping[str, object], page_of: PageCursor | None = None
    ) -> dict[str, Any]:
        """The list request for one page: checked filters plus the paging keys of a next_page_uri (`page_of`,
        the listing's cursor, names the operation and its parent SIDs; the calls' list without)."""
        op = self._op(page_of.operation.id if page_of is not None else "list_calls")
        values = self.check(op, filters)
        for wire, value in cursor.items():
            param = op.by_wire[wire]
            values[param.name] = check_param(value, param, enum_class)
        return self._request(op, list(page_of.path) if page_of is not None else [], values)


def _within_provider(param: Param, checked: Any) -> Any:
    """An enum member passed as such is checked against this provider's values too (the class is the union's)."""
    if param.values:
        for member in checked if isinstance(checked, list) else (checked,):
            value = member.value if isinstance(member, Enum) else member
            if value not in param.values:
                allowed = ", ".join(repr(v) for v in param.values)
                raise ValidationError(param.name, f"expected one of {allowed}, got {value!r}")
    return checked


def _accepts(operation: Operation, name: str, value: object) -> bool:
    """Whether `operation` (another provider's) has a parameter `name` that takes `value`."""
    for param in (*operation.path_params, *operation.params):
        if param.name == name:
            try:
                _within_provider(param, check_param(value, param, enum_class))
            except ValidationError:
                return False
            return True
    return False


def _not_offered(provider: str, operation_id: str) -> ValidationError:
    """An operation this provider's document lacks: refused before sending, naming who offers it."""
    others = [name for name in PROVIDERS if name != provider and operation_id in OPERATIONS[name]]
    if not others:
        return ValidationError("operation", f"{operation_id!r} is not an operation of the document")
    operation = OPERATIONS[others[0]][operation_id]
    return ValidationError(
        f"{operation.resource}.{operation.action}",
        f"not offered by {provider} (only by {', '.join(others)}): its API has no {operation.method} {operation.path}",
    )


def _method_name(operation: Operation) -> str:
    """How callers reach an operation: CallsClient.create for the calls' own, client.recordings.create else."""
    if operation.resource == "calls":
        return f"CallsClient.{operation.action}"
    return f"client.{operation.resource}.{operation.action}"


def _verb(operation: Operation) -> str:
    return operation.id.split("_", 1)[0]
