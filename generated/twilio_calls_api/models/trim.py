# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class Trim(StrEnum):
    DO_NOT_TRIM = "do-not-trim"
    TRIM_SILENCE = "trim-silence"

    def __str__(self) -> str:
        return str(self.value)
