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
ROWS = [(op_id, param) for op_id, op in OPERATIONS["twilio"].items() for param in op.params]


def form(**pairs: object) -> Form:
    return Form.parse(urlencode({key: str(value) for key, value in pairs.items()}))


def base(op_id: str) -> dict[str, str]:
    """What an operation needs besides the parameter under test."""
    return {"create_call": dict(CREATE), "update_call": {"TimeLimit": "60"}}.get(op_id, {})


def refusal(op_id: str, param: Param, value: object) -> ApiError:
    with pytest.raises(ApiError) as caught:
        check(form(**{**base(op_id), param.wire: value}), operation(op_id))
    return caught.value


BOUNDED = [(op_id, p) for op_id, p in ROWS if p.type == "integer" and p.minimum is not None]


@pytest.mark.parametrize(("op_id", "param"), BOUNDED, ids=[f"{o}.{p.wire}" for o, p in BOUNDED])
def test_integer_bounds_hold_at_their_edges(op_id: str, param: Param) -> None:
    assert param.minimum is not None
    check(form(**{**base(op_id), param.wire: int(param.minimum)}), operation(op_id))
    error = refusal(op_id, param, int(param.minimum) - 1)
    assert error.status == 400 and param.wire in error.message
    assert error.code == (param.error_code or INVALID_PARAMETER)
    if param.maximum is not None:
        check(form(**{**base(op_id), param.wire: int(param.maximum)}), operation(op_id))
        assert refusal(op_id, param, int(param.maximum) + 1).code == (param.error_code or INVALID_PARAMETER)


ENUMS = [(op_id, p) for op_id, p in ROWS if p.values]


@pytest.mark.parametrize(("op_id", "param"), ENUMS, ids=[f"{o}.{p.wire}" for o, p in ENUMS])
def test_every_enum_value_is_accepted_and_others_refused(op_id: str, param: Param) -> None:
    for value in param.values:
        check(form(**{**base(op_id), param.wire: value}), operation(op_id))
    error = refusal(op_id, param, "not-a-value")
    assert error.code == (param.error_code or INVALID_PARAMETER) and "not-a-value" in error.message


TEXT = [(op_id, p) for op_id, p in ROWS if p.pattern or p.max_length or p.format == "uri"]


@pytest.mark.parametrize(("op_id", "param"), TEXT, ids=[f"{o}.{p.wire}" for o, p in TEXT])
def test_lengths_patterns_and_urls_are_refused_with_the_documented_code(op_id: str, param: Param) -> None:
    bad = "x" * ((param.max_length or 0) + 1) if param.max_length else "not a url"
    error = refusal(op_id, param, bad)
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
