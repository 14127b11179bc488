# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Every kind of object the operations answer with, besides a call, under its schema's name (Recording, Stream...).

Each is the generated class of that schema's typed fields: the objects the client returns are instances of it
(and of twilio_calls' Resource). Importing this module loads nothing.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .surface import EventFields as Event
    from .surface import NotificationFields as Notification
    from .surface import PaymentFields as Payment
    from .surface import RealtimeTranscriptionFields as RealtimeTranscription
    from .surface import RecordingFields as Recording
    from .surface import SiprecFields as Siprec
    from .surface import StreamFields as Stream
    from .surface import UserDefinedMessageFields as UserDefinedMessage
    from .surface import UserDefinedMessageSubscriptionFields as UserDefinedMessageSubscription

__all__ = [
    "Event",
    "Notification",
    "Payment",
    "RealtimeTranscription",
    "Recording",
    "Siprec",
    "Stream",
    "UserDefinedMessage",
    "UserDefinedMessageSubscription",
]
