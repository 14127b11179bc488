"""Every operation under a call, served from the generated tables: routing, rules, items, generic behaviour.

`Subresources.handle` is the sandbox API's one hook for them (sandbox/_api.py): it finds the operation by its
path template (sandbox/_routes.py), checks the request by the operation's rules (sandbox/_rules.py, as the
call operations are checked), finds the parent call, and runs the operation's registered behaviour
(sandbox/_handlers.py) or, for an operation nobody registered, the generic behaviour of its action:

* create makes an item of the response schema with a fresh SID and every parameter whose snake_case name is
  a field's name copied into that field;
* fetch, update and delete find the item by the path's last parameter (update copies parameters as create);
* list answers pages of the call's items, newest first, filtered and paged like the calls list.

The five call operations stay with the call store (sandbox/_store.py): `handle` returns None for them.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

from twilio_calls_api.surface import FIELDS, Field, Operation

from . import _calllog, _forks, _recordings, _sessions  # noqa: F401  (they register their behaviours)
from . import _errors as codes
from ._callbacks import is_loopback_url
from ._errors import ApiError, invalid, not_found
from ._form import Form
from ._handlers import HANDLERS, ON_CALL_END, Answer, Handler, Request
from ._items import Item, instance_path, new_sid, render
from ._lifecycle import CallRecord
from ._pages import Row, page_of
from ._provider import Profile
from ._routes import router
from ._rules import check
from ._store import CallStore

__all__ = ["CALL_OPERATIONS", "Subresources"]

# Served by the call store through sandbox/_api.py's own routes.
CALL_OPERATIONS = frozenset({"create_call", "list_calls", "fetch_call", "update_call", "delete_call"})

# Twilio's "the call is not in a state that allows this" (SignalWire documents it for recordings and streams;
# for Twilio and for the other resources it is the most plausible choice, unconfirmed).
NOT_IN_PROGRESS = codes.INVALID_CALL_STATE


class Subresources:
    """The items under the sandbox's calls, behind the call store's lock."""

    def __init__(self, store: CallStore, profile: Profile) -> None:
        self.store = store
        self.profile = profile
        self._router = router(profile.name)
        self._items: dict[str, dict[str, list[Item]]] = {}  # call SID -> resource -> items, oldest first
        self._seq = itertools.count()
        store.on_call_end(self._call_ended)
        store.dispatcher.observers.append(lambda delivery: _calllog.observe(self, delivery))

    # -- the hook ----------------------------------------------------------------------------------------

    def handle(self, method: str, path: str, query: str, body: bytes, shown: str) -> Answer | None:
        """The answer to a request under the provider's prefix; None for a path the call store serves."""
        match = self._router.match(method, path, shown)
        if match is None or match.operation.id in CALL_OPERATIONS:
            return None
        op, values = match.operation, match.values
        if values.get("AccountSid", self.store.account_sid) != self.store.account_sid:
            raise not_found(shown)
        form = _form(body) if method == "POST" else Form.parse(query)
        try:
            check(form, op)
        except ApiError as error:
            error.listed = self.profile.lists_errors(op.id)
            raise
        with self.store.lock:
            call = self.store.call(values["CallSid"]) if "CallSid" in values else None
            request = Request(op, call, values, form, shown, self.store.clock.now())
            handler = HANDLERS.get(op.id) or _GENERIC.get(op.action) or _by_method(op)
            return handler(self, request)

    # -- for the behaviours ------------------------------------------------------------------------------

    def items(self, call_sid: str, resource: str) -> list[Item]:
        return self._items.setdefault(call_sid, {}).setdefault(resource, [])

    def add(self, request: Request, values: dict[str, Any], state: dict[str, Any] | None = None) -> Item:
        op = request.op
        schema = op.response or ""
        sid = new_sid(self.profile, schema)
        item = Item(
            resource=op.resource,
            schema=schema,
            sid=sid,
            call_sid=request.call_sid,
            account_sid=self.store.account_sid,
            created=request.now,
            updated=request.now,
            uri=instance_path(op, self.profile, request.values, sid),
            seq=self.next_seq(),
            values=values,
            state=state or {},
        )
        self.items(request.call_sid, op.resource).append(item)
        return item

    def find(self, request: Request, by_name: bool = False) -> Item:
        """The item the path names (by SID, or by `name` too when `by_name`); 404 if the call has none."""
        wanted = request.item_sid
        items = self.items(request.call_sid, request.op.resource)
        if wanted is None and items:  # a path with no SID of its own names the call's one (latest) such item
            return items[-1]
        for item in reversed(items):  # newest first: a name reused after a stop names the latest
            if item.sid == wanted or (by_name and item.values.get("name") == wanted):
                return item
        raise not_found(request.shown)

    def next_seq(self) -> int:
        return next(self._seq)

    def remove(self, item: Item) -> None:
        self.items(item.call_sid, item.resource).remove(item)

    def body(self, item: Item, omit: frozenset[str] = frozenset()) -> dict[str, Any]:
        return render(item, self.profile, omit)

    def answer(self, request: Request, item: Item) -> Answer:
        return request.op.success, self.body(item)

    def live_call(self, request: Request, what: str) -> CallRecord:
        """The request's call, which must be in progress (Twilio's 21220 otherwise)."""
        call = request.call
        if call is None or call.status != "in-progress":
            status = "unknown" if call is None else call.status
            raise invalid(NOT_IN_PROGRESS, f"Call is {status}, not in-progress: cannot {what}")
        return call

    def callback_url(self, request: Request, name: str) -> str | None:
        """The form's callback URL `name`, which must be a loopback address (the sandbox calls nothing else)."""
        url = request.form.get(name)
        if url is not None and not is_loopback_url(url):
            raise invalid(
                codes.INVALID_STATUS_CALLBACK,
                f"Invalid {name}: the sandbox only calls loopback addresses (127.0.0.1, ::1, localhost), not {url!r}",
            )
        return url

    def send(self, url: str, method: str, params: dict[str, str]) -> None:
        """Queue a signed callback (as the call status callbacks are sent)."""
        self.store.dispatcher.send(url, method, params)

    def list_rows(self, request: Request, rows: list[Row]) -> Answer:
        base = self.profile.prefix + _collection(request)
        return request.op.success, page_of(request.op, request.form, rows, base, self.profile)

    # -- call end ----------------------------------------------------------------------------------------

    def _call_ended(self, call: CallRecord, at: datetime) -> None:
        for resource, items in list(self._items.get(call.sid, {}).items()):
            ending = ON_CALL_END.get(resource)
            if ending is not None:
                for item in list(items):
                    ending(self, item, at)


def _collection(request: Request) -> str:
    template = request.op.path.removesuffix(".json")
    for name, value in request.values.items():
        template = template.replace("{" + name + "}", value)
    return template


def _form(body: bytes) -> Form:
    try:
        return Form.parse(body.decode())
    except UnicodeDecodeError:
        raise invalid(codes.INVALID_PARAMETER, "The request body is not UTF-8 form data") from None


# -- the generic behaviour ---------------------------------------------------------------------------------


def _copied(request: Request) -> dict[str, Any]:
    """Each given parameter whose snake_case name is a field of the response schema, under that field."""
    fields = {item_field.name for item_field in _fields(request)}
    copied: dict[str, Any] = {}
    for param in request.op.params:
        if param.name in fields and (value := request.form.get(param.wire)) is not None:
            copied[param.name] = value
    return copied


def _fields(request: Request) -> tuple[Field, ...]:
    return FIELDS.get(request.op.response or "", ())


def _generic_create(ctx: Subresources, request: Request) -> Answer:
    item = ctx.add(request, _copied(request))
    return ctx.answer(request, item)


def _generic_fetch(ctx: Subresources, request: Request) -> Answer:
    item = ctx.find(request)
    return request.op.success, (ctx.body(item) if request.op.response else None)


def _generic_update(ctx: Subresources, request: Request) -> Answer:
    item = ctx.find(request)
    item.values.update(_copied(request))
    item.updated = request.now
    return ctx.answer(request, item)


def _generic_delete(ctx: Subresources, request: Request) -> Answer:
    ctx.remove(ctx.find(request))
    return request.op.success, None


def _generic_list(ctx: Subresources, request: Request) -> Answer:
    items = ctx.items(request.call_sid, request.op.resource)
    return ctx.list_rows(request, [(item.seq, ctx.body(item)) for item in reversed(items)])


def _by_method(op: Operation) -> Handler:
    """An action the generic behaviour has no name for: what its method and answer suggest."""
    if op.method == "POST":
        return _generic_create if len(op.path_params) <= 2 else _generic_update
    if op.method == "DELETE":
        return _generic_delete
    return _generic_list if op.page_items else _generic_fetch


_GENERIC: dict[str, Handler] = {
    "create": _generic_create,
    "fetch": _generic_fetch,
    "update": _generic_update,
    "delete": _generic_delete,
    "list": _generic_list,
}
