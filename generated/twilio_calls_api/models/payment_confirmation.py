# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class PaymentConfirmation(StrEnum):
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
