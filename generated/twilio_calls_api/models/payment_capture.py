# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class PaymentCapture(StrEnum):
    BANK_ACCOUNT_NUMBER = "bank-account-number"
    BANK_ROUTING_NUMBER = "bank-routing-number"
    EXPIRATION_DATE = "expiration-date"
    EXPIRATION_DATE_MATCHER = "expiration-date-matcher"
    PAYMENT_CARD_NUMBER = "payment-card-number"
    PAYMENT_CARD_NUMBER_MATCHER = "payment-card-number-matcher"
    POSTAL_CODE = "postal-code"
    POSTAL_CODE_MATCHER = "postal-code-matcher"
    SECURITY_CODE = "security-code"
    SECURITY_CODE_MATCHER = "security-code-matcher"

    def __str__(self) -> str:
        return str(self.value)
