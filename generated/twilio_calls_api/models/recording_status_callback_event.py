# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class RecordingStatusCallbackEvent(StrEnum):
    ABSENT = "absent"
    COMPLETED = "completed"
    IN_PROGRESS = "in-progress"

    def __str__(self) -> str:
        return str(self.value)
