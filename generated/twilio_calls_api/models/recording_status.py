# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class RecordingStatus(StrEnum):
    ABSENT = "absent"
    COMPLETED = "completed"
    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    PROCESSING = "processing"
    QUEUED = "queued"
    RESUMED = "resumed"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
