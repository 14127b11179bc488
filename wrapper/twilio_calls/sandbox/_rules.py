"""The request rules of openapi/calls.yaml, checked on every create, update and list.

tests/test_sandbox_rules.py compares these tables with the curated document, so they cannot drift apart.
Enumerations come from the generated package, which is generated from that same document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit

from twilio_calls_api.models import (
    AsyncAmd,
    CallStatus,
    HttpMethod,
    MachineDetection,
    RecordingChannels,
    RecordingStatusCallbackEvent,
    RecordingTrack,
    StatusCallbackEvent,
    Trim,
    UpdateStatus,
)

from .._validation import SEND_DIGITS, SEND_DIGITS_MAX, SID_PATTERNS, TWIML_MAX
from . import _errors as codes
from ._errors import invalid
from ._form import Form

__all__ = ["CREATE_RULES", "LIST_RULES", "UPDATE_RULES", "Rule", "check", "require_create_essentials"]

# The client checks the same patterns and limits before sending; one copy of each, in its _validation.
_CALL_SID = SID_PATTERNS["CA"].pattern
_APP_SID = SID_PATTERNS["AP"].pattern


@dataclass(frozen=True)
class Rule:
    """One parameter's constraints. `kind` is text, uri, integer, boolean, choice or choices (a list)."""

    name: str
    kind: str = "text"
    code: int = codes.INVALID_PARAMETER
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    values: tuple[str, ...] = ()


def _choice(name: str, enum: type[Enum], *, many: bool = False, code: int = codes.INVALID_PARAMETER) -> Rule:
    return Rule(name, "choices" if many else "choice", code, values=tuple(str(m.value) for m in enum))


def _method(name: str) -> Rule:
    return _choice(name, HttpMethod, code=codes.INVALID_METHOD)


def _uri(name: str, code: int = codes.INVALID_URL) -> Rule:
    return Rule(name, "uri", code)


def _integer(name: str, minimum: int, maximum: int | None = None, code: int = codes.INVALID_PARAMETER) -> Rule:
    return Rule(name, "integer", code, minimum=minimum, maximum=maximum)


CREATE_RULES: tuple[Rule, ...] = (
    Rule("To", code=codes.NO_TO, min_length=1),
    Rule("From", code=codes.NO_FROM, min_length=1),
    _uri("Url"),
    Rule("Twiml", max_length=TWIML_MAX),
    Rule("ApplicationSid", code=codes.INVALID_APPLICATION_SID, min_length=34, max_length=36, pattern=_APP_SID),
    _method("Method"),
    _uri("FallbackUrl"),
    _method("FallbackMethod"),
    _uri("StatusCallback", codes.INVALID_STATUS_CALLBACK),
    _choice("StatusCallbackEvent", StatusCallbackEvent, many=True),
    _method("StatusCallbackMethod"),
    Rule("SendDigits", code=codes.INVALID_SEND_DIGITS, max_length=SEND_DIGITS_MAX, pattern=SEND_DIGITS.pattern),
    _integer("Timeout", 1, 600, codes.INVALID_TIMEOUT),
    Rule("Record", "boolean"),
    _choice("RecordingChannels", RecordingChannels),
    _uri("RecordingStatusCallback"),
    _method("RecordingStatusCallbackMethod"),
    _choice("RecordingStatusCallbackEvent", RecordingStatusCallbackEvent, many=True),
    _choice("RecordingTrack", RecordingTrack),
    _choice("Trim", Trim),
    Rule("SipAuthUsername"),
    Rule("SipAuthPassword"),
    _choice("MachineDetection", MachineDetection),
    _integer("MachineDetectionTimeout", 3, 59),
    _integer("MachineDetectionSpeechThreshold", 1000, 6000),
    _integer("MachineDetectionSpeechEndThreshold", 500, 5000),
    _integer("MachineDetectionSilenceTimeout", 2000, 10000),
    _choice("AsyncAmd", AsyncAmd),
    _uri("AsyncAmdStatusCallback"),
    _method("AsyncAmdStatusCallbackMethod"),
    Rule("CallerId"),
    Rule("CallReason"),
    Rule("CallToken"),
    Rule("Byoc", min_length=34, max_length=34, pattern=SID_PATTERNS["BY"].pattern),
    _integer("TimeLimit", 1),
    _uri("ClientNotificationUrl"),
)

UPDATE_RULES: tuple[Rule, ...] = (
    _uri("Url"),
    Rule("Twiml", max_length=TWIML_MAX),
    _method("Method"),
    _choice("Status", UpdateStatus),
    _uri("FallbackUrl"),
    _method("FallbackMethod"),
    _uri("StatusCallback", codes.INVALID_STATUS_CALLBACK),
    _method("StatusCallbackMethod"),
    _integer("TimeLimit", 1),
)

# Dates in StartTime/EndTime and their bounds are checked where they are parsed (_listing.py).
LIST_RULES: tuple[Rule, ...] = (
    Rule("To"),
    Rule("From"),
    Rule("ParentCallSid", min_length=34, max_length=36, pattern=_CALL_SID),
    _choice("Status", CallStatus),
    _integer("PageSize", 1, 1000),
    _integer("Page", 0),
    Rule("PageToken"),
)


def check(form: Form, rules: tuple[Rule, ...]) -> None:
    """Raise ApiError(400) naming the first parameter in `form` that breaks its rule."""
    for rule in rules:
        if rule.kind == "choices":
            for item in form.many(rule.name):
                _check_value(rule, item)
            continue
        value = form.get(rule.name)
        if value is not None:
            _check_value(rule, value)


def _check_value(rule: Rule, value: str) -> None:
    problem = _problem(rule, value)
    if problem is not None:
        raise invalid(rule.code, f"Invalid {rule.name}: {problem}")


def _problem(rule: Rule, value: str) -> str | None:
    if rule.kind == "uri":
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return f"{value!r} is not an absolute http(s) URL"
        return None
    if rule.kind == "integer":
        return _integer_problem(rule, value)
    if rule.kind == "boolean":
        return None if value in ("true", "false") else f"{value!r} is not true or false"
    if rule.kind in ("choice", "choices"):
        return None if value in rule.values else f"{value!r} is not one of {', '.join(rule.values)}"
    if rule.min_length is not None and len(value) < rule.min_length:
        return f"must be at least {rule.min_length} characters long"
    if rule.max_length is not None and len(value) > rule.max_length:
        return f"is {len(value)} characters long; at most {rule.max_length} are allowed"
    if rule.pattern is not None and re.fullmatch(rule.pattern, value) is None:
        return f"{value!r} does not match {rule.pattern}"
    return None


def _integer_problem(rule: Rule, value: str) -> str | None:
    if re.fullmatch(r"[+-]?[0-9]+", value) is None:
        return f"{value!r} is not an integer"
    number = int(value)
    if rule.minimum is not None and number < rule.minimum:
        return f"{number} is below the minimum of {rule.minimum}"
    if rule.maximum is not None and number > rule.maximum:
        return f"{number} is above the maximum of {rule.maximum}"
    return None


def require_create_essentials(form: Form) -> None:
    """The cross-parameter rules of a create: To and From present, exactly one source of TwiML."""
    if not form.has("To"):
        raise invalid(codes.NO_TO, "No 'To' number is specified")
    if not form.has("From"):
        raise invalid(codes.NO_FROM, "No 'From' number is specified")
    sources = [name for name in ("Url", "Twiml", "ApplicationSid") if form.has(name)]
    if not sources:
        raise invalid(codes.INVALID_URL, "One of Url, Twiml or ApplicationSid is required")
    if len(sources) > 1:
        raise invalid(
            codes.INVALID_URL, f"Give exactly one of Url, Twiml or ApplicationSid, not {' and '.join(sources)}"
        )
