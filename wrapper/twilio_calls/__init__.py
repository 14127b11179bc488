"""twilio_calls: place and control phone calls through Twilio's or SignalWire's Calls API.

    from twilio_calls import CallsClient
    with CallsClient() as client:  # TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN from the environment
        call = client.create(to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
        client.hangup(call.sid)

Names are imported on first use (PEP 562), so `import twilio_calls` - or `import twilio_calls.webhooks` in a
web app that only checks signatures - does not pay for httpx and the generated client.
"""

import typing as _typing
from importlib import import_module as _import_module

from twilio_calls_api.enums import __all__ as _ENUM_NAMES
from twilio_calls_api.objects import __all__ as _OBJECT_NAMES

from ._version import __version__

if _typing.TYPE_CHECKING:
    from twilio_calls_api._source import SPEC_SHA256 as API_SPEC_SHA256
    from twilio_calls_api._source import SPEC_VERSION as API_SPEC_VERSION

    # Every enum the document declares, under its own name (the generated package's classes).
    from twilio_calls_api.enums import *  # noqa: F403

    # Every other kind of object an operation answers with (Recording, Stream...): its typed fields' class.
    from twilio_calls_api.objects import *  # noqa: F403
    from twilio_calls_api.runtime import Page
    from twilio_calls_api.surface import CreateCallParams, UpdateCallParams

    from ._client import AsyncCallsClient, CallsClient
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        InvalidResponseError,
        NotFoundError,
        RateLimitError,
        RedirectError,
        ServerError,
        TwilioCallsError,
        ValidationError,
        WaitTimeoutError,
    )
    from ._models import Call, Resource
    from ._paging import CallsPage, ListCallsParams
    from ._transport import NOT_GIVEN, NotGiven

__all__ = [
    "API_SPEC_SHA256",
    "API_SPEC_VERSION",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncCallsClient",
    "AuthenticationError",
    "BadRequestError",
    "Call",
    "CallsClient",
    "CallsPage",
    "ConflictError",
    "CreateCallParams",
    "InvalidResponseError",
    "ListCallsParams",
    "NotFoundError",
    "NotGiven",
    "Page",
    "RateLimitError",
    "RedirectError",
    "Resource",
    "ServerError",
    "TwilioCallsError",
    "UpdateCallParams",
    "ValidationError",
    "WaitTimeoutError",
    "__version__",
    # ...and every enum the document declares (twilio_calls_api/enums.py), so a new one needs no edit here.
    *_ENUM_NAMES,
    # ...and every object an operation answers with (twilio_calls_api/objects.py): Recording, Stream...
    *_OBJECT_NAMES,
]

# Where each lazily imported name lives; every other public name comes from one of these modules.
_HOMES = {
    "API_SPEC_SHA256": ("twilio_calls_api._source", "SPEC_SHA256"),
    "API_SPEC_VERSION": ("twilio_calls_api._source", "SPEC_VERSION"),
    "AsyncCallsClient": ("twilio_calls._client", "AsyncCallsClient"),
    "CallsClient": ("twilio_calls._client", "CallsClient"),
    "NOT_GIVEN": ("twilio_calls._transport", "NOT_GIVEN"),
    "NotGiven": ("twilio_calls._transport", "NotGiven"),
    "Call": ("twilio_calls._models", "Call"),
    "Resource": ("twilio_calls._models", "Resource"),
    "Page": ("twilio_calls_api.runtime", "Page"),
    "ListCallsParams": ("twilio_calls._paging", "ListCallsParams"),
    "CallsPage": ("twilio_calls._paging", "CallsPage"),
    "CreateCallParams": ("twilio_calls_api.surface", "CreateCallParams"),
    "UpdateCallParams": ("twilio_calls_api.surface", "UpdateCallParams"),
}


def __getattr__(name: str) -> object:
    if name not in __all__:
        raise AttributeError(f"module 'twilio_calls' has no attribute {name!r}")
    # Exceptions are ours; the enums are the generated package's own (one definition, from the document).
    default = "twilio_calls._exceptions" if name.endswith("Error") else "twilio_calls_api.models"
    module, attribute = _HOMES.get(name, (default, name))
    if name in _OBJECT_NAMES:
        module, attribute = "twilio_calls_api.surface", name + "Fields"
    value = getattr(_import_module(module), attribute)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
