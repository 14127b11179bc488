# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class SiprecStatus(StrEnum):
    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
