# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class PauseBehavior(StrEnum):
    SILENCE = "silence"
    SKIP = "skip"

    def __str__(self) -> str:
        return str(self.value)
