"""Calls as the provider sends them: built through the generated models, so they match the curated schema.

A call is rendered from the union model, then shaped by the provider's own document (its generated
PROVIDER_FACTS row, sandbox/_provider.py): only the fields its Call schema lists, under the names it uses
(x-aliases: SignalWire's formatted_to), as text or as numbers as its schema types them, its month names,
its URI prefix and subresources. No field or provider is named here.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.utils import format_datetime
from typing import Any

from attrs import fields_dict

from twilio_calls_api.models import AnsweredBy, Call, CallStatus, CallSubresourceUrisType0, Direction
from twilio_calls_api.surface import CALL_FIELDS, OPERATIONS, PROVIDERS

from ._lifecycle import CallRecord
from ._provider import PROFILES, Profile

__all__ = ["API_VERSION", "call_body", "call_model", "call_path", "calls_path", "rfc2822"]

_LIST, _FETCH = OPERATIONS[PROVIDERS[0]]["list_calls"], OPERATIONS[PROVIDERS[0]]["fetch_call"]
API_VERSION = _LIST.path.split("/")[1]  # "2010-04-01": every path starts with the API version
_TIMESTAMPS = tuple(field.key for field in CALL_FIELDS if field.normalize == "timestamp")
_ALIASES = tuple((field.key, alias) for field in CALL_FIELDS for alias in field.aliases)
_MODEL_FIELDS = frozenset(fields_dict(Call))


def rfc2822(when: datetime) -> str:
    """'Mon, 07 Jan 2030 09:00:00 +0000': whole seconds, GMT, as Twilio writes dates."""
    return format_datetime(when.replace(microsecond=0))


def calls_path(account_sid: str) -> str:
    """The list operation's path for this account (from the document)."""
    return _fill(_LIST.path, account_sid)


def call_path(account_sid: str, sid: str) -> str:
    """The fetch operation's path for one call (from the document)."""
    return _fill(_FETCH.path, account_sid, sid)


def _fill(template: str, *values: str) -> str:
    for param, value in zip(_FETCH.path_params, values, strict=False):
        template = template.replace("{" + param.wire + "}", value)
    return template


def call_body(call: CallRecord, profile: Profile = PROFILES[PROVIDERS[0]]) -> dict[str, Any]:
    """The JSON object for one call, as `profile`'s provider sends it."""
    body = call_model(call, profile).to_dict()
    sent = profile.facts.call_fields
    for key, alias in _ALIASES:  # the provider's own name for a field carries the same value
        if alias in sent and body.get(alias) is None:
            body[alias] = body.get(key)
    shaped = {key: value for key, value in body.items() if key in sent}
    for key in _TIMESTAMPS:
        if isinstance(shaped.get(key), str):
            shaped[key] = profile.spell_dates(shaped[key])
    for key, value in shaped.items():
        if isinstance(value, str) and profile.numeric(key):
            shaped[key] = int(value) if "integer" in sent[key] else float(value)
    return shaped


def call_model(call: CallRecord, profile: Profile = PROFILES[PROVIDERS[0]]) -> Call:
    """One call as the generated model of the curated schema (the union of the providers' fields)."""
    base = profile.prefix + call_path(call.account_sid, call.sid)
    stem = base.removesuffix(".json")
    subresources = CallSubresourceUrisType0()
    subresources.additional_properties = {
        **{name: f"{stem}/{name.capitalize()}.json" for name in profile.facts.subresources},
        **dict.fromkeys(profile.facts.null_subresources),
    }
    # Outbound calls name the caller ID resource of From; derived from it so it is stable.
    digest = hashlib.md5(call.from_.encode(), usedforsecurity=False).hexdigest()
    values: dict[str, Any] = {
        "sid": call.sid,
        "account_sid": call.account_sid,
        "phone_number_sid": profile.new_sid("phone-number", digest),
        "date_created": rfc2822(call.created),
        "date_updated": rfc2822(call.updated or call.created),
        "start_time": _optional_date(call.start_time),
        "end_time": _optional_date(call.end_time),
        "to": call.to,
        "to_formatted": call.to,
        "from_": call.from_,
        "from_formatted": call.from_,
        "status": CallStatus(call.status),
        "direction": Direction(profile.facts.outbound_direction),
        "answered_by": AnsweredBy(call.answered_by) if call.answered_by else None,
        "duration": None if call.duration is None else str(call.duration),
        "price": None if call.price is None else f"{profile.charge(call.price):.5f}",
        "price_unit": "USD",
        "queue_time": str(call.queue_time_ms),
        "api_version": API_VERSION,
        "uri": base,
        "subresource_uris": subresources,
    }
    # Only what the model has (a field dropped from the document is simply not sent); a field the document
    # declares that the sandbox has no value for is sent as null, as servers do, so a field added to the
    # document shows up in the sandbox's bodies after a regeneration.
    model = Call(**{name: value for name, value in values.items() if name in _MODEL_FIELDS})
    for name in _MODEL_FIELDS - values.keys() - {"additional_properties"}:
        setattr(model, name, None)
    return model


def _optional_date(when: datetime | None) -> str | None:
    return None if when is None else rfc2822(when)
