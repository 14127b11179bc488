# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class StatusCallbackEvent(StrEnum):
    ANSWERED = "answered"
    COMPLETED = "completed"
    INITIATED = "initiated"
    RINGING = "ringing"
    RINGING_FORWARDED = "ringing_forwarded"
    RINGING_QUEUED = "ringing_queued"

    def __str__(self) -> str:
        return str(self.value)
