# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class PaymentUpdateStatus(StrEnum):
    CANCEL = "cancel"
    COMPLETE = "complete"

    def __str__(self) -> str:
        return str(self.value)
