"""Everything the clients need from the generated package, in one module imported on first use.

attrs and the generated models cost about as much to import as httpx itself; loading them when a client
first needs them, not when `from twilio_calls import CallsClient` runs, keeps an app's start-up (or a CLI's
--help) from paying for calls it may never make. _client imports this module inside its methods.
"""

from twilio_calls_api.api.calls import create_call, delete_call, fetch_call, list_calls, update_call
from twilio_calls_api.models import UpdateStatus

from ._models import Call
from ._paging import PageCursor, list_arguments, read_page
from ._params import create_form, is_redirect, update_form

__all__ = [
    "Call",
    "PageCursor",
    "UpdateStatus",
    "create_call",
    "create_form",
    "delete_call",
    "fetch_call",
    "is_redirect",
    "list_arguments",
    "list_calls",
    "read_page",
    "update_call",
    "update_form",
]
