"""Calls as the provider sends them: built through the generated models, so they match the curated schema.

A Twilio call is the model as it is. A SignalWire call is reshaped as SignalWire's documents show it
(sandbox/_provider.py): UUIDs, numbers for duration and price, "Sept", formatted_from/formatted_to, paths under
/api/laml, and without the fields only Twilio sends; the Twilio sandbox leaves out the fields only SignalWire
sends.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime
from email.utils import format_datetime
from typing import Any

from twilio_calls_api.models import AnsweredBy, Call, CallStatus, CallSubresourceUrisType0, Direction
from twilio_calls_api.surface import CALL_FIELDS
from twilio_calls_api.types import Unset

from ._lifecycle import CallRecord
from ._provider import PROFILES, Profile

__all__ = ["API_VERSION", "call_body", "call_model", "call_path", "calls_path", "rfc2822"]

# Fields of the Call schema only one provider documents (calls.yaml, Call); the other leaves them out.
SIGNALWIRE_ONLY = (
    "formatted_from",
    "formatted_to",
    "audio_in_mos",
    "sip_result_code",
    *("audio_rtt_avg", "audio_rtt_min", "audio_rtt_max"),
    *("audio_out_jitter_avg", "audio_out_jitter_min", "audio_out_jitter_max", "audio_out_lost"),
)
TWILIO_ONLY = ("to_formatted", "from_formatted", "group_sid", "trunk_sid", "queue_time", "caller_name")

API_VERSION = "2010-04-01"
_SUBRESOURCES = ("events", "feedback", "notifications", "payments", "recordings", "siprec", "streams", "transcriptions")


def rfc2822(when: datetime) -> str:
    """'Mon, 07 Jan 2030 09:00:00 +0000': whole seconds, GMT, as Twilio writes dates."""
    return format_datetime(when.replace(microsecond=0))


def calls_path(account_sid: str) -> str:
    return f"/{API_VERSION}/Accounts/{account_sid}/Calls.json"


def call_path(account_sid: str, sid: str) -> str:
    return f"/{API_VERSION}/Accounts/{account_sid}/Calls/{sid}.json"


def call_body(call: CallRecord, profile: Profile = PROFILES["twilio"]) -> dict[str, Any]:
    """The JSON object for one call, as `profile`'s provider sends it."""
    body = call_model(call).to_dict()
    if profile.name != "signalwire":
        for key in SIGNALWIRE_ONLY:
            body.pop(key, None)
        return body
    body["formatted_from"], body["formatted_to"] = body["from_formatted"], body["to_formatted"]
    for key in TWILIO_ONLY:
        body.pop(key, None)
    for key in ("date_created", "date_updated", "start_time", "end_time"):
        if isinstance(body.get(key), str):
            body[key] = sept(body[key])
    body["duration"] = None if call.duration is None else call.duration
    body["price"] = None if call.price is None else float(abs(call.price))
    body["direction"] = profile.direction
    body["phone_number_sid"] = str(uuid.UUID(hashlib.md5(call.from_.encode(), usedforsecurity=False).hexdigest()))
    base = profile.prefix + call_path(call.account_sid, call.sid)
    body["uri"] = base
    body["subresource_uris"] = {"notifications": None, "recordings": base.removesuffix(".json") + "/Recordings.json"}
    return body


def sept(text: str) -> str:
    """SignalWire's spelling of September in RFC 2822 dates ("Wed, 19 Sept 2018 20:00:00 +0000")."""
    return text.replace(" Sep ", " Sept ")


def call_model(call: CallRecord) -> Call:
    """One call as the generated model of the curated schema."""
    base = call_path(call.account_sid, call.sid)[: -len(".json")]
    subresources = CallSubresourceUrisType0()
    subresources.additional_properties = {name: f"{base}/{name.capitalize()}.json" for name in _SUBRESOURCES}
    model = Call(
        sid=call.sid,
        account_sid=call.account_sid,
        parent_call_sid=None,
        # Outbound calls name the caller ID resource of From; derived from it so it is stable.
        phone_number_sid="PN" + hashlib.md5(call.from_.encode(), usedforsecurity=False).hexdigest(),
        group_sid=None,
        trunk_sid=None,
        date_created=rfc2822(call.created),
        date_updated=rfc2822(call.updated or call.created),
        start_time=_optional_date(call.start_time),
        end_time=_optional_date(call.end_time),
        to=call.to,
        to_formatted=call.to,
        from_=call.from_,
        from_formatted=call.from_,
        status=CallStatus(call.status),
        direction=Direction.OUTBOUND_API,
        answered_by=AnsweredBy(call.answered_by) if call.answered_by else None,
        duration=None if call.duration is None else str(call.duration),
        price=None if call.price is None else f"{call.price:.5f}",
        price_unit="USD",
        queue_time=str(call.queue_time_ms),
        api_version=API_VERSION,
        forwarded_from=None,
        caller_name=None,
        annotation=None,
        uri=call_path(call.account_sid, call.sid),
        subresource_uris=subresources,
    )
    # A field the document declares that the sandbox has no value for is sent as null, as servers do: a field
    # added to the document shows up in the sandbox's bodies after a regeneration.
    for field in CALL_FIELDS:
        if isinstance(getattr(model, field.name, None), Unset):
            setattr(model, field.name, None)
    return model


def _optional_date(when: datetime | None) -> str | None:
    return None if when is None else rfc2822(when)
