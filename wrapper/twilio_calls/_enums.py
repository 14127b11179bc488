"""The API's enumerations, as generated from openapi/calls.yaml (one definition, re-exported here).

Every one is a StrEnum: members compare equal to the API's strings, and the clients accept either.
"""

from twilio_calls_api.models import (
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

__all__ = [
    "AnsweredBy",
    "CallStatus",
    "Direction",
    "HttpMethod",
    "MachineDetection",
    "RecordingChannels",
    "RecordingStatusCallbackEvent",
    "RecordingTrack",
    "StatusCallbackEvent",
    "Trim",
    "UpdateStatus",
]
