"""The objects that live under a call (recordings, streams, notifications...): minted, addressed and rendered
from the generated tables.

An item is rendered with exactly the fields its response schema lists (FIELDS[schema]); a field the sandbox
has no value for is null, so a field added to the document shows up after a regeneration. A new item's SID
is the provider's call SID format with the resource's own two letters (RE, MZ...), read from the document:
the pattern of a path parameter that names one (`^RE[0-9a-fA-F]{32}$`), else the `sid` field's description
("(MZ...)"). A provider whose call SIDs have no letters (SignalWire: UUIDs) mints UUIDs for everything.
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from twilio_calls_api.surface import FIELDS, OPERATIONS, Operation

from ._provider import Profile
from ._render import API_VERSION, rfc2822

__all__ = ["Item", "instance_path", "new_sid", "render"]

_PREFIX_IN_PATTERN = re.compile(r"^\^\(?([A-Z]{2})\[0-9a-fA-F\]\{32\}")
_PREFIX_IN_TEXT = re.compile(r"\(([A-Z]{2})\.\.\.\)")


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


@cache
def _resource_prefix(resource: str, schema: str) -> str | None:
    for ops in OPERATIONS.values():
        for op in ops.values():
            if op.resource != resource:
                continue
            for param in op.path_params[2:]:  # after AccountSid and CallSid: the item's own
                found = _PREFIX_IN_PATTERN.match(param.pattern or "")
                if found:
                    return found.group(1)
    for item_field in FIELDS.get(schema, ()):
        if item_field.key == "sid" and (found := _PREFIX_IN_TEXT.search(item_field.description)):
            return found.group(1)
    return None


def new_sid(profile: Profile, resource: str, schema: str) -> str:
    """A fresh SID for an item of `resource`, in the provider's format."""
    text = profile.facts.sid_formats["call"]
    prefix = _resource_prefix(resource, schema)
    if text.startswith("CA") and prefix is not None:
        text = prefix + text[2:]
    return text.replace("{hex32}", secrets.token_hex(16)).replace("{uuid}", str(uuid.uuid4()))


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
    """The JSON object for `item`, with the fields of its schema (those in `omit` left out)."""
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
    body: dict[str, Any] = {}
    for item_field in FIELDS.get(item.schema, ()):
        if item_field.key in omit:
            continue
        value = known.get(item_field.key)
        if isinstance(value, datetime):
            value = rfc2822(value)
        if item_field.normalize == "timestamp" and isinstance(value, str):
            value = profile.spell_dates(value)
        body[item_field.key] = value
    return body
