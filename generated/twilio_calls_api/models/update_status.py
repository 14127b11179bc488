# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class UpdateStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)
