# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class BankAccountType(StrEnum):
    COMMERCIAL_CHECKING = "commercial-checking"
    CONSUMER_CHECKING = "consumer-checking"
    CONSUMER_SAVINGS = "consumer-savings"

    def __str__(self) -> str:
        return str(self.value)
