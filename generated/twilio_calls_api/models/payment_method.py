# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class PaymentMethod(StrEnum):
    ACH_DEBIT = "ach-debit"
    CREDIT_CARD = "credit-card"

    def __str__(self) -> str:
        return str(self.value)
