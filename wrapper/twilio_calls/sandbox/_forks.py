"""Media forks of a live call: Streams, Siprec sessions and real-time Transcriptions.

Each starts `in-progress` on a call in progress, stops by its SID or by the Name it was started with
(`Status=stopped`; stopping a stopped one changes nothing, as the document's x-idempotent says), and stops with
its call. Each start and stop is reported to its status callback, signed like every other callback.

Twilio allows 4 forked tracks per call, `both_tracks` counting 2. Streams and Siprec share that budget here;
whether real-time Transcriptions count too, and the error code for going over, are unconfirmed (the sandbox
answers 400 with 21220, its code for "not possible in the call's current state").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from . import _errors as codes
from ._errors import invalid
from ._handlers import ON_CALL_END, Answer, Request, handles
from ._items import Item, iso_timestamp

if TYPE_CHECKING:
    from ._subresources import Subresources

FORK_LIMIT = 4


@dataclass(frozen=True)
class Kind:
    """How one kind of fork is started and reported."""

    label: str  # prefix of its callback parameters: StreamSid, StreamName, StreamEvent
    event: str  # prefix of its events: stream-started, stream-stopped
    callback: str  # the create parameter with the callback URL
    forks: bool  # counts against the call's fork budget


# Parameter names: Streams' from SignalWire's Twilio-compatible <Stream> page (Twilio's list is unconfirmed);
# Siprec's and Transcriptions' follow the same pattern (unconfirmed). A Track left out is the default each
# provider's document states (Twilio's streams inbound_track, SignalWire's both_tracks, a Siprec session both).
KINDS = {
    "streams": Kind("Stream", "stream", "StatusCallback", forks=True),
    "siprec": Kind("Siprec", "siprec", "StatusCallback", forks=True),
    "transcriptions": Kind("Transcription", "transcription", "StatusCallbackUrl", forks=False),
}


def _cost(track: str | None) -> int:
    return 2 if track == "both_tracks" else 1


@handles("create_call_stream", "create_call_siprec", "create_call_transcription")
def create(ctx: Subresources, request: Request) -> Answer:
    kind = KINDS[request.op.resource]
    ctx.live_call(request, f"start a {kind.event}")
    url = ctx.callback_url(request, kind.callback)
    track = request.param("Track")
    name = request.form.get("Name")
    if kind.forks:
        used = sum(
            _cost(item.state["track"])
            for resource, other in KINDS.items()
            if other.forks
            for item in ctx.items(request.call_sid, resource)
            if item.values["status"] == "in-progress"
        )
        if used + _cost(track) > FORK_LIMIT:
            raise invalid(
                codes.INVALID_CALL_STATE,
                f"The call already forks {used} of its {FORK_LIMIT} tracks; {track} needs {_cost(track)} more",
            )
    running = ctx.items(request.call_sid, request.op.resource)
    if name is not None and any(item.values.get("name") == name and _running(item) for item in running):
        raise invalid(codes.INVALID_PARAMETER, f"Invalid Name: a {kind.event} named {name!r} is running on this call")
    # POST where the document states no default (transcriptions), as every other callback of the platform.
    state = {"callback": url, "method": request.param("StatusCallbackMethod") or "POST", "track": track}
    item = ctx.add(request, {"status": "in-progress", "name": name}, state)
    _report(ctx, kind, item, "started", request.now)
    return ctx.answer(request, item)


@handles("update_call_stream", "update_call_siprec", "update_call_transcription")
def update(ctx: Subresources, request: Request) -> Answer:
    kind = KINDS[request.op.resource]
    item = ctx.find(request, by_name=True)
    wanted = request.form.get("Status")
    if wanted == "stopped":
        if _running(item):
            _stop(ctx, kind, item, request.now)
    elif not _running(item):  # SignalWire's schema also lists in-progress: a stopped fork does not restart
        raise invalid(codes.INVALID_CALL_STATE, f"The {kind.event} {item.sid} is stopped and cannot be restarted")
    return ctx.answer(request, item)


def _running(item: Item) -> bool:
    return bool(item.values["status"] == "in-progress")


def _stop(ctx: Subresources, kind: Kind, item: Item, at: datetime) -> None:
    item.values["status"] = "stopped"
    item.updated = at
    _report(ctx, kind, item, "stopped", at)


def _ended_with_call(ctx: Subresources, item: Item, at: datetime) -> None:
    if _running(item):
        _stop(ctx, KINDS[item.resource], item, at)


for _resource in KINDS:
    ON_CALL_END[_resource] = _ended_with_call


def _report(ctx: Subresources, kind: Kind, item: Item, what: str, at: datetime) -> None:
    url = item.state["callback"]
    if url is None:
        return
    params = {
        "AccountSid": item.account_sid,
        "CallSid": item.call_sid,
        f"{kind.label}Sid": item.sid,
        f"{kind.label}Name": item.values.get("name") or item.sid,  # the SID when it has no name
        f"{kind.label}Event": f"{kind.event}-{what}",
        "Timestamp": iso_timestamp(at),
    }
    ctx.send(url, item.state["method"], params)
