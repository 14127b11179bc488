# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class MachineDetection(StrEnum):
    DETECT_MESSAGE_END = "DetectMessageEnd"
    ENABLE = "Enable"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
