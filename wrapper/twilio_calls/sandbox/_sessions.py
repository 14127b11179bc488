"""Payments (agent-assisted Pay), UserDefinedMessages and UserDefinedMessageSubscriptions on a live call.

Payments: a session opens on a call in progress (201), takes Capture requests in any order and ends with
Status=complete or cancel (each update answers 202); every request is reported to its StatusCallback. A request
repeating an IdempotencyKey already used on the session is answered as before and not applied again. An
ended session, or one whose call ended, refuses updates with 21220 (Twilio's code is unconfirmed). A session
still open when its call ends is reported with Result `caller-hung-up` (SignalWire's <Pay> result name).

UserDefinedMessages are accepted on a call in progress and kept (there is nothing to read them back with);
UserDefinedMessageSubscriptions last until deleted or until their call ends.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import _errors as codes
from ._errors import invalid
from ._handlers import ON_CALL_END, Answer, Request, handles
from ._items import Item, iso_timestamp

if TYPE_CHECKING:
    from ._subresources import Subresources


def _replayed(item: Item, key: str | None) -> Answer | None:
    answers: dict[str, Answer] = item.state["answers"]
    return answers.get(key) if key is not None else None


@handles("create_call_payment")
def create_payment(ctx: Subresources, request: Request) -> Answer:
    form = request.form
    key = form.get("IdempotencyKey")
    for existing in ctx.items(request.call_sid, request.op.resource):
        if (earlier := _replayed(existing, key)) is not None:
            return earlier
    ctx.live_call(request, "start a payment")
    url = ctx.callback_url(request, "StatusCallback")
    state: dict[str, Any] = {
        "answers": {},
        "open": True,
        "callback": url,
        "method": request.param("StatusCallbackMethod") or "POST",
        "captured": [],
        "connector": request.param("PaymentConnector"),
        "payment_method": request.param("PaymentMethod"),
        "charge": form.get("ChargeAmount") or "0",
    }
    item = ctx.add(request, {}, state)
    answer = ctx.answer(request, item)
    state["answers"][key] = answer
    _report(ctx, item, {"DateCreated": iso_timestamp(request.now)})
    return answer


@handles("update_call_payment")
def update_payment(ctx: Subresources, request: Request) -> Answer:
    item = ctx.find(request)
    key = request.form.get("IdempotencyKey")
    if (earlier := _replayed(item, key)) is not None:
        return earlier
    if not item.state["open"]:
        raise invalid(codes.INVALID_CALL_STATE, f"Payment session {item.sid} has ended")
    ctx.live_call(request, "update a payment")
    url = ctx.callback_url(request, "StatusCallback")
    if url is not None:
        item.state["callback"] = url
    item.updated = request.now
    extra = {"DateUpdated": iso_timestamp(request.now)}
    capture, status = request.form.get("Capture"), request.form.get("Status")
    if capture is not None:
        item.state["captured"].append(capture)
        extra["Capture"] = capture
    if status == "complete":
        item.state["open"] = False
        extra.update(
            Result="success",
            PaymentToken="tok_" + secrets.token_hex(12),
            PaymentConfirmationCode=secrets.token_hex(4).upper(),
            PaymentCardNumber="xxxxxxxxxxxx1111",
            PaymentCardType="visa",
        )
    elif status == "cancel":
        item.state["open"] = False
        extra["Result"] = "cancelled"  # the REST cancel's result name is unconfirmed
    answer = ctx.answer(request, item)
    item.state["answers"][key] = answer
    _report(ctx, item, extra)
    return answer


def _payment_ended_with_call(ctx: Subresources, item: Item, at: datetime) -> None:
    if item.state["open"]:
        item.state["open"] = False
        item.updated = at
        _report(ctx, item, {"DateUpdated": iso_timestamp(at), "Result": "caller-hung-up"})


ON_CALL_END["payments"] = _payment_ended_with_call


def _report(ctx: Subresources, item: Item, extra: dict[str, str]) -> None:
    url = item.state["callback"]
    if url is None:
        return
    params = {
        "AccountSid": item.account_sid,
        "CallSid": item.call_sid,
        "Sid": item.sid,
        "PaymentConnector": item.state["connector"],
        "PaymentMethod": item.state["payment_method"],
        "ChargeAmount": item.state["charge"],
        **extra,
    }
    ctx.send(url, item.state["method"], params)


@handles("create_user_defined_message")
def create_message(ctx: Subresources, request: Request) -> Answer:
    key = request.form.get("IdempotencyKey")
    for existing in ctx.items(request.call_sid, request.op.resource):
        if (earlier := _replayed(existing, key)) is not None:
            return earlier
    ctx.live_call(request, "send a user-defined message")
    item = ctx.add(request, {}, {"answers": {}, "content": request.form.get("Content")})
    answer = ctx.answer(request, item)
    item.state["answers"][key] = answer
    return answer


@handles("create_user_defined_message_subscription")
def create_subscription(ctx: Subresources, request: Request) -> Answer:
    key = request.form.get("IdempotencyKey")
    for existing in ctx.items(request.call_sid, request.op.resource):
        if (earlier := _replayed(existing, key)) is not None:
            return earlier
    ctx.live_call(request, "subscribe to user-defined messages")
    url = ctx.callback_url(request, "Callback")
    state: dict[str, Any] = {"answers": {}, "callback": url, "method": request.param("Method") or "POST"}
    item = ctx.add(request, {}, state)
    answer = ctx.answer(request, item)
    item.state["answers"][key] = answer
    return answer


def _subscription_ended_with_call(ctx: Subresources, item: Item, at: datetime) -> None:
    ctx.remove(item)  # a subscription lasts as long as its call; deleting it afterwards is a 404


ON_CALL_END["user_defined_message_subscriptions"] = _subscription_ended_with_call
