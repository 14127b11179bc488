"""The sandbox checks requests by the generated surface's rows: the same bounds, patterns and enums the client
checks, with each parameter's Twilio error code from the document's x-error-code."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from twilio_calls.sandbox._errors import INVALID_PARAMETER, ApiError
from twilio_calls.sandbox._form import Form
from twilio_calls.sandbox._rules import check, operation
from twilio_calls_api.surface import OPERATIONS, Param

CREATE = {"To": "+15558675310", "From": "+15017122661", "Url": "https://example.com/twiml"}
ROWS = [
    (provider, op_id, param) for provider, ops in OPERATIONS.items() for op_id, op in ops.items() for param in op.params
]


def form(**pairs: object) -> Form:
    return Form.parse(urlencode({key: str(value) for key, value in pairs.items()}))


def valid(param: Param) -> str:
    """A value the parameter's row accepts, read from the row: its first enum value, its lower bound, a URL."""
    if param.values:
        return param.values[0]
    if param.type in ("integer", "number"):
        return str(int(param.minimum if param.minimum is not None else 1))
    if param.type == "boolean":
        return "true"
    if param.format in ("uri", "uri-reference"):
        return "https://example.com/hook"
    assert param.pattern is None, f"{param.wire}: give it a value that fits {param.pattern}"
    return "x" * max(param.min_length or 1, 1)


def base(provider: str, op_id: str, tested: str) -> dict[str, str]:
    """What an operation needs besides the parameter under test, from its row: every required parameter, and one
    parameter of each rule across parameters (exactly one of, at least one of) unless the one tested is in it."""
    op = operation(op_id, provider)
    by_wire = {param.wire: param for param in op.params}
    needed = [param.wire for param in op.params if param.required]
    if op.exactly_one_of and tested not in op.exactly_one_of:
        needed.append(op.exactly_one_of[0])
    if op.at_least_one_of and tested not in op.at_least_one_of:
        needed.append(next(w for w in op.at_least_one_of if w not in op.at_most_one_of))
    if tested in op.exactly_one_of or tested in op.at_most_one_of:
        excluded = {*op.exactly_one_of, *op.at_most_one_of} - {tested}
        needed = [wire for wire in needed if wire not in excluded]
    return {wire: valid(by_wire[wire]) for wire in dict.fromkeys(needed) if wire != tested}


def accepted(provider: str, op_id: str, param: Param, value: object) -> None:
    check(form(**{**base(provider, op_id, param.wire), param.wire: value}), operation(op_id, provider))


def refusal(provider: str, op_id: str, param: Param, value: object) -> ApiError:
    with pytest.raises(ApiError) as caught:
        accepted(provider, op_id, param, value)
    return caught.value


def ids(rows: list[tuple[str, str, Param]]) -> list[str]:
    return [f"{provider}.{op_id}.{param.wire}" for provider, op_id, param in rows]


def test_every_operation_takes_what_base_builds() -> None:
    """base() is enough for every operation of every provider: its own values pass the checks."""
    for provider, ops in OPERATIONS.items():
        for op_id, op in ops.items():
            check(form(**base(provider, op_id, "")), op)


BOUNDED = [row for row in ROWS if row[2].type == "integer" and row[2].minimum is not None]


@pytest.mark.parametrize(("provider", "op_id", "param"), BOUNDED, ids=ids(BOUNDED))
def test_integer_bounds_hold_at_their_edges(provider: str, op_id: str, param: Param) -> None:
    assert param.minimum is not None
    accepted(provider, op_id, param, int(param.minimum))
    error = refusal(provider, op_id, param, int(param.minimum) - 1)
    assert error.status == 400 and param.wire in error.message
    assert error.code == (param.error_code or INVALID_PARAMETER)
    if param.maximum is not None:
        accepted(provider, op_id, param, int(param.maximum))
        error = refusal(provider, op_id, param, int(param.maximum) + 1)
        assert error.code == (param.error_code or INVALID_PARAMETER) and param.wire in error.message


ENUMS = [row for row in ROWS if row[2].values]


@pytest.mark.parametrize(("provider", "op_id", "param"), ENUMS, ids=ids(ENUMS))
def test_every_enum_value_is_accepted_and_others_refused(provider: str, op_id: str, param: Param) -> None:
    for value in param.values:
        accepted(provider, op_id, param, value)
    error = refusal(provider, op_id, param, "not-a-value")
    assert error.code == (param.error_code or INVALID_PARAMETER) and "not-a-value" in error.message


DATE_FILTERS = ("date-filter", "rfc2822-date-filter")
# A date filter's pattern (SignalWire's RFC 2822 GMT) is the form the client sends, not the sandbox's limit: the list
# reads the ISO forms SDKs send too, and refuses what it cannot read (test below).
TEXT = [
    row
    for row in ROWS
    if (row[2].pattern or row[2].max_length or row[2].format == "uri") and row[2].normalize not in DATE_FILTERS
]


@pytest.mark.parametrize(("provider", "op_id", "param"), TEXT, ids=ids(TEXT))
def test_lengths_patterns_and_urls_are_refused_with_the_documented_code(
    provider: str, op_id: str, param: Param
) -> None:
    bad = "x" * ((param.max_length or 0) + 1) if param.max_length else "not a url"
    error = refusal(provider, op_id, param, bad)
    assert error.code == (param.error_code or INVALID_PARAMETER) and param.wire in error.message


def test_create_requires_what_the_document_requires() -> None:
    create = operation("create_call")
    assert [p.wire for p in create.params if p.required] == ["To", "From"]
    with pytest.raises(ApiError) as caught:
        check(form(From="+15017122661", Url="https://example.com/t"), create)
    assert (caught.value.code, caught.value.message) == (21201, "No 'To' is specified")
    with pytest.raises(ApiError) as caught:
        check(form(To="+15558675310", From="+15017122661"), create)
    assert caught.value.code == 21205 and "exactly one of Url, Twiml or ApplicationSid" in caught.value.message
    with pytest.raises(ApiError) as caught:
        check(form(**CREATE, Twiml="<Response/>"), create)
    assert "not Url and Twiml" in caught.value.message


def test_update_needs_a_parameter_and_at_most_one_source() -> None:
    with pytest.raises(ApiError) as caught:
        check(form(), operation("update_call"))
    assert caught.value.code == INVALID_PARAMETER and "at least one of" in caught.value.message
    with pytest.raises(ApiError) as caught:
        check(form(Url="https://example.com/t", Twiml="<Response/>"), operation("update_call"))
    assert "at most one of Url, Twiml" in caught.value.message


def test_a_date_filters_pattern_states_what_the_client_sends_and_the_list_reads_more() -> None:
    lists = operation("list_calls", "signalwire")
    (start,) = [param for param in lists.params if param.wire == "StartTime"]
    assert start.pattern is not None and start.normalize == "rfc2822-date-filter"
    for sent in ("Tue, 02 Jan 2024 03:04:05 GMT", "2024-01-02", "2024-01-02T03:04:05Z"):
        check(form(StartTime=sent), lists)
    twilio = operation("list_calls")
    assert {p.format for p in twilio.params if p.normalize in DATE_FILTERS} == {"date|date-time"}
