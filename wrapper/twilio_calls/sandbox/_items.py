"""The objects that live under a call (recordings, streams, notifications...): minted, addressed and rendered
from the generated tables.

An item is rendered as its provider sends it, from the provider's row of PROVIDER_FACTS: exactly the fields its
response schema lists in that provider's document, each in the JSON type that document gives it (SignalWire's
recording duration a number and channels text, Twilio's the other way round), enum values in the provider's
own spelling (x-spelling-of), and a field another key also carries (x-aliases: channels and channel) under
both. A field the sandbox has no value for is null, so a field added to the document shows up after a
regeneration. A new item's SID has the format of its schema's `sid` pattern in the provider's document
(`^RE[0-9a-fA-F]{32}$`, a UUID), else the provider's call SID format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from twilio_calls_api.surface import FIELDS, OPERATIONS, Field, Operation

from ._provider import Profile
from ._render import API_VERSION, rfc2822

__all__ = ["Item", "instance_path", "new_sid", "render"]


@dataclass
class Item:
    """One object under a call. `values` holds the fields the resource's behaviour sets, by JSON key."""

    resource: str
    schema: str
    sid: str
    call_sid: str
    account_sid: str
    created: datetime
    updated: datetime
    uri: str
    seq: int
    values: dict[str, Any] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)  # what the behaviour keeps that no field shows


def iso_timestamp(at: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, as callbacks of live-call resources carry their times (pay callbacks
    have been seen so; the REST API itself writes RFC 2822)."""
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def new_sid(profile: Profile, schema: str) -> str:
    """A fresh SID for an item of `schema`, in the provider's format for it."""
    return profile.new_sid("call", format=profile.facts.item_sids.get(schema))


def instance_path(op: Operation, profile: Profile, values: dict[str, str], sid: str) -> str:
    """The URI of one item of `op`'s resource: the template of its instance operation (fetch, update or delete:
    the one whose path names one more parameter), else the collection's path with the SID appended."""
    depth = len(op.path_params)
    same = [other for other in OPERATIONS[profile.name].values() if other.resource == op.resource]
    deeper = [other for other in same if len(other.path_params) > depth and other.path.startswith(_stem(op.path))]
    if deeper:
        template = deeper[0].path
        last = deeper[0].path_params[-1].wire
        filled = {**values, last: sid}
    else:
        template = _stem(op.path) + "/{Sid}.json"
        filled = {**values, "Sid": sid}
    for name, value in filled.items():
        template = template.replace("{" + name + "}", value)
    return profile.prefix + template


def _stem(path: str) -> str:
    stem = path.removesuffix(".json")
    if "{Sid}" in stem.rsplit("/", 1)[-1]:  # an instance path: its collection
        stem = stem.rsplit("/", 1)[0]
    return stem


def render(item: Item, profile: Profile, omit: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The JSON object for `item` as the provider sends it, with the fields of its schema (those in `omit` left
    out)."""
    known: dict[str, Any] = {
        "sid": item.sid,
        "account_sid": item.account_sid,
        "call_sid": item.call_sid,
        "api_version": API_VERSION,
        "date_created": rfc2822(item.created),
        "date_updated": rfc2822(item.updated),
        "uri": item.uri,
        **item.values,
    }
    described = {item_field.key: item_field for item_field in FIELDS.get(item.schema, ())}
    for item_field in described.values():
        for alias in item_field.aliases:
            known.setdefault(alias, known.get(item_field.key))
    sent = profile.facts.fields.get(item.schema) or dict.fromkeys(described, ())
    body: dict[str, Any] = {}
    for key, kinds in sent.items():
        if key not in omit:
            body[key] = _as_sent(known.get(key), kinds, described.get(key), profile)
    return body


def _as_sent(value: Any, kinds: tuple[str, ...], described: Field | None, profile: Profile) -> Any:
    """One value in the JSON type the provider's document gives the field, in its spelling."""
    if isinstance(value, datetime):
        value = rfc2822(value)
    if value is None or isinstance(value, bool):
        return value
    if described is not None and described.normalize == "timestamp" and isinstance(value, str):
        return profile.spell_dates(value)
    if described is not None and described.enum is not None and isinstance(value, str):
        return profile.facts.spellings.get(described.enum, {}).get(value, value)
    numbers = {"integer", "number"} & set(kinds)
    if isinstance(value, (int, float, Decimal)) and "string" in kinds and not numbers:
        return str(value)
    if isinstance(value, str) and numbers and "string" not in kinds:
        return int(value) if "integer" in kinds else float(value)
    return value
