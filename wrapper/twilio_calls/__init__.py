"""twilio_calls: place and control phone calls through Twilio's or SignalWire's Calls API.

from twilio_calls import CallsClient
with CallsClient() as client:  # TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN from the environment
    call = client.create(to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
    client.hangup(call.sid)
"""

from twilio_calls_api._source import SPEC_SHA256 as API_SPEC_SHA256
from twilio_calls_api._source import SPEC_VERSION as API_SPEC_VERSION

from ._client import AsyncCallsClient, CallsClient
from ._enums import (
    AnsweredBy,
    CallStatus,
    Direction,
    HttpMethod,
    MachineDetection,
    RecordingChannels,
    RecordingStatusCallbackEvent,
    RecordingTrack,
    StatusCallbackEvent,
    Trim,
    UpdateStatus,
)
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
    ServerError,
    TwilioCallsError,
    ValidationError,
)
from ._models import Call
from ._paging import ListCallsParams
from ._params import CreateCallParams, UpdateCallParams
from ._version import __version__

__all__ = [
    "API_SPEC_SHA256",
    "API_SPEC_VERSION",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AnsweredBy",
    "AsyncCallsClient",
    "AuthenticationError",
    "BadRequestError",
    "Call",
    "CallStatus",
    "CallsClient",
    "ConflictError",
    "CreateCallParams",
    "Direction",
    "HttpMethod",
    "InvalidResponseError",
    "ListCallsParams",
    "MachineDetection",
    "NotFoundError",
    "RateLimitError",
    "RecordingChannels",
    "RecordingStatusCallbackEvent",
    "RecordingTrack",
    "ServerError",
    "StatusCallbackEvent",
    "Trim",
    "TwilioCallsError",
    "UpdateCallParams",
    "UpdateStatus",
    "ValidationError",
    "__version__",
]
