"""Recordings of a live call: start, pause (skip or silence), resume, stop, and their status callbacks.

    create ─> in-progress ⇄ paused ─(stop, or the call ends)─> completed (or absent when nothing was recorded)

Processing takes no time in the sandbox: a recording that stops is completed at once, and the answer to the
stop shows `stopped` (what the request asked for) while a later fetch shows `completed`. Its duration counts
what was recorded: a pause under PauseBehavior `skip` leaves the gap out, under `silence` (the default) the
gap is kept as silence and counts. Nothing recorded makes it `absent` with error 16101 (recording too short).
Parameters left out take the defaults the provider's document states (Param.default); the values kept here are
calls.yaml's, and sandbox/_items.py renders them in the provider's own types and spellings.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from twilio_calls_api.surface import PROVIDER_FACTS

from . import _errors as codes
from ._errors import invalid, not_found
from ._handlers import ON_CALL_END, Answer, Request, handles
from ._items import Item
from ._render import rfc2822

if TYPE_CHECKING:
    from ._subresources import Subresources

CURRENT = "Twilio.CURRENT"  # in the update path: the call's recording that is running now
RUNNING = ("in-progress", "paused")
FINISHED = ("completed", "absent")
PRICE_PER_MINUTE = Decimal("0.0025")  # per started minute (twilio-oai example: "-0.0025" for 4 seconds)
TOO_SHORT = 16101
# What the API's start answers as its source (twilio-oai 2.6.7 example), in calls.yaml's spelling; SignalWire's
# document spells it StartCallRecordingApi (x-spelling-of), which the rendering applies.
SOURCE = "StartCallRecordingAPI"


@handles("create_call_recording")
def create(ctx: Subresources, request: Request) -> Answer:
    ctx.live_call(request, "start a recording")
    url = ctx.callback_url(request, "RecordingStatusCallback")
    channels = 2 if request.param("RecordingChannels") == "dual" else 1
    values = {
        "status": "in-progress",
        "source": SOURCE,
        "start_time": request.now,
        "channels": channels,
        "track": request.param("RecordingTrack"),
        "trim": request.param("Trim"),
        "price_unit": "USD",
    }
    state = {
        "callback": url,
        "method": request.param("RecordingStatusCallbackMethod") or "POST",
        # Repeated keys or one space-separated value, as both providers' clients send it.
        "events": frozenset(request.params("RecordingStatusCallbackEvent")),
        "skipped": 0.0,
        "paused_at": None,
        "behavior": None,
    }
    item = ctx.add(request, values, state)
    _report(ctx, item, "in-progress", request.now)
    return ctx.answer(request, item)


@handles("update_call_recording")
def update(ctx: Subresources, request: Request) -> Answer:
    item = _current(ctx, request) if request.item_sid == CURRENT else ctx.find(request)
    wanted = request.form.get("Status") or ""
    status = item.values["status"]
    if wanted == "stopped":
        if status in RUNNING:
            _finish(ctx, item, request.now)
            body = ctx.body(item)
            body["status"] = "stopped"  # what this answer reports; processing then completes it at once
            return request.op.success, body
        return ctx.answer(request, item)  # stopping a stopped recording changes nothing
    if status not in RUNNING:
        raise invalid(codes.INVALID_CALL_STATE, f"Recording {item.sid} is {status}: it cannot be {wanted} again")
    if wanted == "paused" and status == "in-progress":
        item.state["paused_at"] = request.now
        item.state["behavior"] = request.param("PauseBehavior")
        item.values["status"] = "paused"
    elif wanted == "in-progress" and status == "paused":
        _close_pause(item, request.now)
        item.values["status"] = "in-progress"
    item.updated = request.now
    return ctx.answer(request, item)


@handles("delete_call_recording")
def delete(ctx: Subresources, request: Request) -> Answer:
    item = ctx.find(request)
    if item.values["status"] not in FINISHED:
        # Which states Twilio lets go is unconfirmed; a recording still being made is the plausible refusal.
        raise invalid(
            codes.INVALID_CALL_STATE,
            f"Recording {item.sid} is {item.values['status']}: stop it (or end the call) before deleting it",
        )
    ctx.remove(item)
    return request.op.success, None


def _current(ctx: Subresources, request: Request) -> Item:
    for item in reversed(ctx.items(request.call_sid, request.op.resource)):
        if item.values["status"] in RUNNING:
            return item
    raise not_found(request.shown)


def _close_pause(item: Item, at: datetime) -> None:
    paused_at = item.state["paused_at"]
    if paused_at is not None and item.state["behavior"] == "skip":
        item.state["skipped"] += (at - paused_at).total_seconds()
    item.state["paused_at"] = None


def _finish(ctx: Subresources, item: Item, at: datetime) -> None:
    _close_pause(item, at)
    started: datetime = item.values["start_time"]
    recorded = max(0, int((at - started).total_seconds() - item.state["skipped"]))
    item.values.update(end_time=at, duration=recorded)
    if recorded == 0:
        item.values.update(status="absent", error_code=TOO_SHORT)
    else:
        minutes = math.ceil(recorded / 60)
        item.values.update(status="completed", price=f"{ctx.profile.charge(PRICE_PER_MINUTE * minutes):.5f}")
    item.updated = at
    _report(ctx, item, item.values["status"], at)


def _ended_with_call(ctx: Subresources, item: Item, at: datetime) -> None:
    if item.values["status"] in RUNNING:
        _finish(ctx, item, at)


ON_CALL_END["recordings"] = _ended_with_call


def _report(ctx: Subresources, item: Item, event: str, at: datetime) -> None:
    """A recording status callback, when one was asked for with this event."""
    url = item.state["callback"]
    if url is None or event not in item.state["events"]:
        return
    # The provider's host (a {variable} of its URL, SignalWire's space, filled with a placeholder name).
    base = re.sub(r"\{[^}]*\}", "sandbox", PROVIDER_FACTS[ctx.profile.name].base_url)
    account_path = item.uri[len(ctx.profile.prefix) :].split("/Calls/")[0]
    params = {
        "AccountSid": item.account_sid,
        "CallSid": item.call_sid,
        "RecordingSid": item.sid,
        # Where the media would be: the account-level recording on the provider's host, as Twilio sends it.
        "RecordingUrl": f"{base}{account_path}/Recordings/{item.sid}",
        "RecordingStatus": event,
        "RecordingChannels": str(item.values["channels"]),
        "RecordingSource": str(ctx.body(item).get("source") or item.values["source"]),  # the provider's spelling
        "RecordingStartTime": rfc2822(item.values["start_time"]),
        "RecordingTrack": item.values["track"],
    }
    if event in FINISHED:
        params["RecordingDuration"] = str(item.values["duration"])
    if event == "absent":
        params["ErrorCode"] = str(TOO_SHORT)
    ctx.send(url, item.state["method"], params)
