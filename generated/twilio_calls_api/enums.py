# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Every enum the document declares: their names (no import cost) and, for type checkers, the classes."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import AnsweredBy as AnsweredBy
    from .models import AsyncAmd as AsyncAmd
    from .models import CallbackStatus as CallbackStatus
    from .models import CallStatus as CallStatus
    from .models import Direction as Direction
    from .models import HttpMethod as HttpMethod
    from .models import MachineDetection as MachineDetection
    from .models import RecordingChannels as RecordingChannels
    from .models import RecordingStatusCallbackEvent as RecordingStatusCallbackEvent
    from .models import RecordingTrack as RecordingTrack
    from .models import StatusCallbackEvent as StatusCallbackEvent
    from .models import Trim as Trim
    from .models import UpdateStatus as UpdateStatus

__all__ = [
    "AnsweredBy",
    "AsyncAmd",
    "CallStatus",
    "CallbackStatus",
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
