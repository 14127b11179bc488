# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class RecordingChannels(StrEnum):
    DUAL = "dual"
    MONO = "mono"

    def __str__(self) -> str:
        return str(self.value)
