# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class RecordingTrack(StrEnum):
    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"

    def __str__(self) -> str:
        return str(self.value)
