# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Every enum the document declares: their names (no import cost) and, for type checkers, the classes."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import AnsweredBy as AnsweredBy
    from .models import AsyncAmd as AsyncAmd
    from .models import BankAccountType as BankAccountType
    from .models import CallbackStatus as CallbackStatus
    from .models import CallStatus as CallStatus
    from .models import Direction as Direction
    from .models import HttpMethod as HttpMethod
    from .models import MachineDetection as MachineDetection
    from .models import MediaTrack as MediaTrack
    from .models import PauseBehavior as PauseBehavior
    from .models import PaymentCapture as PaymentCapture
    from .models import PaymentConfirmation as PaymentConfirmation
    from .models import PaymentInput as PaymentInput
    from .models import PaymentMethod as PaymentMethod
    from .models import PaymentUpdateStatus as PaymentUpdateStatus
    from .models import RecordingChannels as RecordingChannels
    from .models import RecordingSource as RecordingSource
    from .models import RecordingStatus as RecordingStatus
    from .models import RecordingStatusCallbackEvent as RecordingStatusCallbackEvent
    from .models import RecordingTrack as RecordingTrack
    from .models import RecordingUpdateStatus as RecordingUpdateStatus
    from .models import SiprecStatus as SiprecStatus
    from .models import SiprecUpdateStatus as SiprecUpdateStatus
    from .models import StatusCallbackEvent as StatusCallbackEvent
    from .models import StreamStatus as StreamStatus
    from .models import StreamUpdateStatus as StreamUpdateStatus
    from .models import TokenType as TokenType
    from .models import TranscriptionStatus as TranscriptionStatus
    from .models import TranscriptionUpdateStatus as TranscriptionUpdateStatus
    from .models import Trim as Trim
    from .models import UpdateStatus as UpdateStatus

__all__ = [
    "AnsweredBy",
    "AsyncAmd",
    "BankAccountType",
    "CallStatus",
    "CallbackStatus",
    "Direction",
    "HttpMethod",
    "MachineDetection",
    "MediaTrack",
    "PauseBehavior",
    "PaymentCapture",
    "PaymentConfirmation",
    "PaymentInput",
    "PaymentMethod",
    "PaymentUpdateStatus",
    "RecordingChannels",
    "RecordingSource",
    "RecordingStatus",
    "RecordingStatusCallbackEvent",
    "RecordingTrack",
    "RecordingUpdateStatus",
    "SiprecStatus",
    "SiprecUpdateStatus",
    "StatusCallbackEvent",
    "StreamStatus",
    "StreamUpdateStatus",
    "TokenType",
    "TranscriptionStatus",
    "TranscriptionUpdateStatus",
    "Trim",
    "UpdateStatus",
]
