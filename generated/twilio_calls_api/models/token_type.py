# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class TokenType(StrEnum):
    ONE_TIME = "one-time"
    PAYMENT_METHOD = "payment-method"
    REUSABLE = "reusable"

    def __str__(self) -> str:
        return str(self.value)
