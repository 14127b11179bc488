"""A call's Events (the requests the sandbox made for it, with the answers) and Notifications (what went wrong).

Every callback the sandbox delivers that carries a CallSid becomes an Event of that call, with the receiver's
status, media type, body and the time it took. A callback the receiver refused or never answered also becomes
a Notification: a 4xx answer is warning 15003 (as in twilio-oai's example, a status callback URL answering
404), a 5xx answer or no answer at all is error 11200 (HTTP retrieval failure). Twilio makes Events readable
15 minutes after the call; the sandbox shows them at once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from twilio_calls_api.surface import OPERATIONS

from ._callbacks import Delivery
from ._errors import ApiError
from ._handlers import Answer, Request, handles
from ._items import Item, instance_path, new_sid
from ._render import rfc2822

if TYPE_CHECKING:
    from ._subresources import Subresources

_INSTANCE_ONLY = frozenset({"request_variables", "response_body", "response_headers"})  # not in a list
WARNING, ERROR = "1", "0"
CALLBACK_REFUSED, RETRIEVAL_FAILED = 15003, 11200


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def observe(ctx: Subresources, delivery: Delivery) -> None:
    """Log one delivery against its call (on the dispatcher's thread)."""
    call_sid = delivery.params.get("CallSid")
    with ctx.store.lock:
        if not call_sid or not _known(ctx, call_sid):
            return
        now = ctx.store.clock.now()
        event = {
            "request": {
                "method": delivery.method,
                "url": delivery.url,
                "parameters": {_snake(name): value for name, value in delivery.params.items()},
            },
            "response": {
                "response_code": delivery.status_code,
                "request_duration": delivery.duration_ms,
                "content_type": delivery.content_type,
                "response_body": delivery.response_body,
                "date_created": now,
            },
        }
        _add(ctx, "events", call_sid, event)
        failed = delivery.status_code is None or delivery.status_code >= 400
        if failed:
            refused = delivery.status_code is not None and delivery.status_code < 500
            code = CALLBACK_REFUSED if refused else RETRIEVAL_FAILED
            more_info = ctx.profile.facts.error_more_info
            answer = delivery.error or f"{delivery.status_code}"
            _add(
                ctx,
                "notifications",
                call_sid,
                {
                    "error_code": str(code),
                    "log": WARNING if refused else ERROR,
                    "message_date": now,
                    "message_text": urlencode({"msg": f"The callback was answered {answer}", "url": delivery.url}),
                    "more_info": None if more_info is None else more_info.format(code=code),
                    "request_method": delivery.method,
                    "request_url": delivery.url,
                    "request_variables": urlencode(delivery.params),
                    "response_body": delivery.response_body or "",
                    "response_headers": f"Content-Type={delivery.content_type or ''}",
                },
            )


def _known(ctx: Subresources, call_sid: str) -> bool:
    try:
        ctx.store.call(call_sid)
    except ApiError:  # deleted since, or never a call of this sandbox
        return False
    return True


def _add(ctx: Subresources, resource: str, call_sid: str, values: dict[str, Any]) -> Item | None:
    """A logged item, kept only by a provider whose document has the resource (SignalWire has neither)."""
    ops = [op for op in OPERATIONS[ctx.profile.name].values() if op.resource == resource]
    if not ops:
        return None
    op = ops[0]
    schema = op.response or ""
    sid = new_sid(ctx.profile, schema) if resource != "events" else ""
    now = values.get("message_date") or ctx.store.clock.now()
    path_values = {"AccountSid": ctx.store.account_sid, "CallSid": call_sid}
    item = Item(
        resource=resource,
        schema=schema,
        sid=sid,
        call_sid=call_sid,
        account_sid=ctx.store.account_sid,
        created=now,
        updated=now,
        uri=instance_path(op, ctx.profile, path_values, sid) if sid else "",
        seq=ctx.next_seq(),
        values=values,
    )
    ctx.items(call_sid, resource).append(item)
    return item


@handles("list_call_events")
def list_events(ctx: Subresources, request: Request) -> Answer:
    items = ctx.items(request.call_sid, request.op.resource)
    rows = [(item.seq, _event_body(ctx, item)) for item in items]  # in the order the requests were made
    return ctx.list_rows(request, rows)


def _event_body(ctx: Subresources, item: Item) -> dict[str, Any]:
    body = ctx.body(item)
    response = dict(body.get("response") or {})
    when = response.get("date_created")
    if when is not None and not isinstance(when, str):
        response["date_created"] = ctx.profile.spell_dates(rfc2822(when))
    body["response"] = response
    return body


@handles("list_call_notifications")
def list_notifications(ctx: Subresources, request: Request) -> Answer:
    items = ctx.items(request.call_sid, request.op.resource)
    rows = [(item.seq, ctx.body(item, omit=_INSTANCE_ONLY)) for item in reversed(items)]
    return ctx.list_rows(request, rows)
