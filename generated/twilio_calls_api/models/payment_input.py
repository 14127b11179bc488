# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class PaymentInput(StrEnum):
    DTMF = "dtmf"

    def __str__(self) -> str:
        return str(self.value)
