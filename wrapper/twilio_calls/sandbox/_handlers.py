"""The registry of behaviours for operations under a call, by operation id, and what each is handed.

An operation with no entry here gets the generic behaviour of its action (sandbox/_subresources.py), so one
added to the document is served after a regeneration; the modules that register here (_recordings, _forks,
_sessions, _calllog) give the documented behaviour of the operations Twilio describes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from twilio_calls_api.surface import Operation

from ._form import Form
from ._lifecycle import CallRecord

if TYPE_CHECKING:
    from ._items import Item
    from ._subresources import Subresources

__all__ = ["HANDLERS", "ON_CALL_END", "Answer", "Handler", "Request", "handles"]

Answer = tuple[int, dict[str, Any] | None]


@dataclass(frozen=True)
class Request:
    """One request for an operation under a call, checked against the operation's rules already."""

    op: Operation
    call: CallRecord | None  # None only for an operation whose path names no call
    values: dict[str, str]  # path parameters by wire name
    form: Form
    shown: str  # the path as requested, for 404 messages
    now: datetime

    @property
    def call_sid(self) -> str:
        return self.values.get("CallSid", "")

    @property
    def item_sid(self) -> str | None:
        """The last path parameter: the item's SID (or name) on an instance path; None on a path whose last
        parameter is the parent call (a resource a call has one of)."""
        last = self.op.path_params[-1].wire
        return None if last in ("AccountSid", "CallSid") else self.values[last]

    def param(self, wire: str) -> str | None:
        """The parameter as sent, else the default the provider's document states for it (as form text), else
        None."""
        given = self.form.get(wire)
        if given is not None:
            return given
        default = _default(self.op, wire)
        if default is None or isinstance(default, tuple):
            return None if default is None else " ".join(default)
        return str(default).lower() if isinstance(default, bool) else str(default)

    def params(self, wire: str) -> list[str]:
        """Every value of a list parameter as sent (repeated keys or space-separated), else its stated default."""
        given = self.form.many(wire)
        if given:
            return given
        default = _default(self.op, wire)
        return (
            [] if default is None else [str(item) for item in default] if isinstance(default, tuple) else [str(default)]
        )


def _default(op: Operation, wire: str) -> str | int | float | bool | tuple[str, ...] | None:
    return next((param.default for param in op.params if param.wire == wire), None)


Handler = Callable[["Subresources", Request], Answer]
HANDLERS: dict[str, Handler] = {}
# What happens to a resource's live items when their call ends, by resource (tag).
ON_CALL_END: dict[str, Callable[[Subresources, Item, datetime], None]] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = handler
        return handler

    return register
