"""The request rules of the curated document, checked on every create, update and list.

Every constraint comes from the generated surface (twilio_calls_api.surface), the same rows the client checks
before sending: a bound tightened in openapi/calls.yaml is enforced here after a regeneration. Each parameter's
Twilio error code is the document's `x-error-code` (20001 when it names none).
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from twilio_calls_api.surface import OPERATIONS, PROVIDERS, Operation, Param

from . import _errors as codes
from ._errors import invalid
from ._form import Form, parse_boolean

__all__ = ["check", "operation"]


def operation(operation_id: str, provider: str = PROVIDERS[0]) -> Operation:
    return OPERATIONS[provider][operation_id]


def check(form: Form, op: Operation) -> None:
    """Raise ApiError(400) for the first parameter in `form` that breaks its rule, then for the rules across
    parameters (required ones, exactly one of, at most one of). A provider whose form refuses parameters it
    does not list (`additional_params` False: SignalWire's create) refuses them here first."""
    if not op.additional_params:
        known = {param.wire for param in op.params}
        for name in form.names():
            if name not in known:
                raise invalid(codes.INVALID_PARAMETER, f"Unknown parameter {name!r}: not taken by this operation")
    for param in op.params:
        if param.type == "array":
            # Repeated keys and one space-separated value are both read (Form.many): SignalWire documents the
            # second for RecordingStatusCallbackEvent, its SDK sends the first.
            items = form.many(param.wire)
            for item in items:
                _check_value(param, item)
            if items:  # sent empty is not sent (Twilio ignores it); its absence is the required check's
                _check_count(param, items)
            continue
        value = form.get(param.wire)
        if value is not None:
            _check_value(param, value)
    for param in op.params:
        if param.required and not form.has(param.wire):
            raise invalid(_code(param), f"No '{param.wire}' is specified")
    if op.at_least_one_of and not any(form.has(wire) for wire in op.at_least_one_of):
        wires = ", ".join(op.at_least_one_of)
        raise invalid(codes.INVALID_PARAMETER, f"Nothing to update: give at least one of {wires}")
    by_wire = {param.wire: param for param in op.params}
    if op.exactly_one_of:
        given = [wire for wire in op.exactly_one_of if form.has(wire)]
        names = ", ".join(op.exactly_one_of[:-1]) + " or " + op.exactly_one_of[-1]
        if len(given) != 1:
            problem = f"not {' and '.join(given)}" if given else "none was given"
            raise invalid(_code(by_wire[op.exactly_one_of[0]]), f"Give exactly one of {names}; {problem}")
    if op.at_most_one_of:
        given = [wire for wire in op.at_most_one_of if form.has(wire)]
        if len(given) > 1:
            raise invalid(_code(by_wire[given[0]]), f"Give at most one of {', '.join(op.at_most_one_of)}")


def _code(param: Param) -> int:
    return param.error_code if param.error_code is not None else codes.INVALID_PARAMETER


def _check_value(param: Param, value: str) -> None:
    problem = _problem(param, value)
    if problem is not None:
        raise invalid(_code(param), f"Invalid {param.wire}: {problem}")


def _check_count(param: Param, items: list[str]) -> None:
    """An array's minItems and maxItems, counted in distinct values (repeated keys and spaces alike)."""
    count = len(dict.fromkeys(items))
    if param.max_items is not None and count > param.max_items:
        raise invalid(
            _code(param), f"Invalid {param.wire}: {count} values given; at most {param.max_items} are allowed"
        )
    if param.min_items is not None and count < param.min_items:
        raise invalid(
            _code(param), f"Invalid {param.wire}: {count} values given; at least {param.min_items} are needed"
        )


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _problem(param: Param, value: str) -> str | None:
    if param.type in ("integer", "number"):
        return _number_problem(param, value)
    if param.type == "boolean":
        return None if parse_boolean(value) is not None else f"{value!r} is not true or false"
    if param.values:
        return None if value in param.values else f"{value!r} is not one of {', '.join(param.values)}"
    if param.format == "uri":
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return f"{value!r} is not an absolute http(s) URL"
    if param.min_length is not None and len(value) < param.min_length:
        return f"must be at least {param.min_length} characters long"
    if param.max_length is not None and len(value) > param.max_length:
        return f"is {len(value)} characters long; at most {param.max_length} are allowed"
    # A date filter's pattern states the form the client sends (SignalWire's RFC 2822 GMT); the list reads more
    # forms (the ISO ones SDKs send) and refuses what it cannot read (_listing._parse_moment).
    if param.pattern is not None and not _is_date_filter(param) and _compiled(param.pattern).search(value) is None:
        return f"{value!r} does not match {param.pattern}"
    return None


def _number_problem(param: Param, value: str) -> str | None:
    pattern = r"[+-]?[0-9]+" if param.type == "integer" else r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)"
    if re.fullmatch(pattern, value) is None:
        return f"{value!r} is not {'an integer' if param.type == 'integer' else 'a number'}"
    if param.type == "integer" and len(value.lstrip("+-")) > 19:  # int() refuses over 4,300 digits
        return f"{value[:24]}... is out of range: more than 19 digits"
    number = int(value) if param.type == "integer" else float(value)
    if param.minimum is not None and number < param.minimum:
        return f"{value} is below the minimum of {_shown(param.minimum)}"
    if param.maximum is not None and number > param.maximum:
        return f"{value} is above the maximum of {_shown(param.maximum)}"
    return None


def _shown(bound: float) -> str:
    return str(int(bound)) if float(bound).is_integer() else str(bound)


def _is_date_filter(param: Param) -> bool:
    return param.normalize in ("date-filter", "rfc2822-date-filter")
