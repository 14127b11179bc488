# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Payments: Agent-assisted card or bank payments taken on a live call by keypad."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Unpack, cast

from ..runtime import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner, Timeout
    from ..surface import CreateCallPaymentParams, PaymentFields, UpdateCallPaymentParams

_NONE: Mapping[str, object] = {}


class Payments:
    """Payments: Agent-assisted card or bank payments taken on a live call by keypad.

    Reached as `client.payments`. Each method checks its arguments by the client's provider's rules
    before anything is sent, and raises the client's typed errors.
    """

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create(
        self,
        call_sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateCallPaymentParams],
    ) -> PaymentFields:
        """Start a payment session on a live call.
        Offered by twilio only.


        Keyword arguments (from the API document):
            idempotency_key (str; twilio only):
                A value unique to this request: a repeat with the same key starts no second session, so a request that timed out can be sent again.
            status_callback (str; twilio only):
                Told how the session goes; an absolute URL, or one relative to the call's TwiML URL.
            payment_connector (str; twilio only):
                The unique name of the installed Pay connector that processes the payment (`Default` by default).
            payment_method (PaymentMethod | str; twilio only):
                What the caller pays with (`credit-card` by default).
            bank_account_type (BankAccountType | str; twilio only):
                For ACH, the kind of account (`consumer-checking` by default).
            token_type (TokenType | str; twilio only):
                The token to make when nothing is charged (`reusable` by default); a ChargeAmount charges instead.
            valid_card_types (str; twilio only):
                The card brands accepted, separated by spaces (`visa mastercard amex` by default; others such as maestro, discover, jcb, diners-club exist).
            currency (str; twilio only):
                The ISO 4217 code ChargeAmount is in (`USD` by default); the connector decides which it takes.
            charge_amount (Decimal | int | str; twilio only; matches ^[0-9]{1,6}(\\.[0-9]+)?$):
                The amount to charge, positive and below 1,000,000, in Currency. Zero or left out makes a token instead of a charge.
            description (str; twilio only):
                A note about the payment, passed to the connector with the transaction.
            input_ (PaymentInput | str; twilio only):
                How the caller enters the data (keypad tones, the only way).
            min_postal_code_length (int; twilio only; 1 <= value):
                The fewest digits a postal code may have.
            parameter (str; twilio only):
                Extra settings for the connector, as the text of a flat JSON object (required by the connectors for ACH); which keys it takes depends on the connector.
            postal_code (bool; twilio only):
                Whether the caller must give the card's postal code (true by default).
            security_code (bool; twilio only):
                Whether the caller must give the card's security code (true by default).
            timeout (int; twilio only; 1 <= value <= 600):
                Seconds to wait for the caller's next digit before checking what was entered (5 by default).
            require_matching_inputs (str; twilio only; matches ^(payment-card-number|expiration-date|security-code|postal-code)(,(payment-card-number|expiration-date|security-code|postal-code))*$):
                The data the caller must enter twice, identically, separated by commas; any of payment-card-number, expiration-date, security-code and postal-code.
            confirmation (PaymentConfirmation | bool | str; twilio only):
                Whether the caller confirms the data before it is submitted (`false` by default)."""
        result = self._runner._run_operation("create_call_payment", (call_sid,), params, request_timeout)
        return cast("PaymentFields", result)

    def update(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallPaymentParams],
    ) -> PaymentFields:
        """Ask for one piece of payment data, or complete or cancel the session.
        Offered by twilio only.


        Keyword arguments (from the API document):
            idempotency_key (str; twilio only):
                A value unique to this update, so a repeat with the same key changes nothing more.
            status_callback (str; twilio only):
                Told the outcome of this update; an absolute URL, or one relative to the call's TwiML URL.
            capture (PaymentCapture | str; twilio only):
                The piece of payment data to ask the caller for now.
            status (PaymentUpdateStatus | str; twilio only):
                Ends the session - sends the data to the connector, or cancels."""
        result = self._runner._run_operation(
            "update_call_payment",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
        )
        return cast("PaymentFields", result)


class AsyncPayments:
    """Payments (asyncio): Agent-assisted card or bank payments taken on a live call by keypad.

    Reached as `client.payments`. Each method checks its arguments by the client's provider's rules
    before anything is sent, and raises the client's typed errors.
    """

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create(
        self,
        call_sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateCallPaymentParams],
    ) -> PaymentFields:
        """Start a payment session on a live call.
        Offered by twilio only.


        Keyword arguments (from the API document):
            idempotency_key (str; twilio only):
                A value unique to this request: a repeat with the same key starts no second session, so a request that timed out can be sent again.
            status_callback (str; twilio only):
                Told how the session goes; an absolute URL, or one relative to the call's TwiML URL.
            payment_connector (str; twilio only):
                The unique name of the installed Pay connector that processes the payment (`Default` by default).
            payment_method (PaymentMethod | str; twilio only):
                What the caller pays with (`credit-card` by default).
            bank_account_type (BankAccountType | str; twilio only):
                For ACH, the kind of account (`consumer-checking` by default).
            token_type (TokenType | str; twilio only):
                The token to make when nothing is charged (`reusable` by default); a ChargeAmount charges instead.
            valid_card_types (str; twilio only):
                The card brands accepted, separated by spaces (`visa mastercard amex` by default; others such as maestro, discover, jcb, diners-club exist).
            currency (str; twilio only):
                The ISO 4217 code ChargeAmount is in (`USD` by default); the connector decides which it takes.
            charge_amount (Decimal | int | str; twilio only; matches ^[0-9]{1,6}(\\.[0-9]+)?$):
                The amount to charge, positive and below 1,000,000, in Currency. Zero or left out makes a token instead of a charge.
            description (str; twilio only):
                A note about the payment, passed to the connector with the transaction.
            input_ (PaymentInput | str; twilio only):
                How the caller enters the data (keypad tones, the only way).
            min_postal_code_length (int; twilio only; 1 <= value):
                The fewest digits a postal code may have.
            parameter (str; twilio only):
                Extra settings for the connector, as the text of a flat JSON object (required by the connectors for ACH); which keys it takes depends on the connector.
            postal_code (bool; twilio only):
                Whether the caller must give the card's postal code (true by default).
            security_code (bool; twilio only):
                Whether the caller must give the card's security code (true by default).
            timeout (int; twilio only; 1 <= value <= 600):
                Seconds to wait for the caller's next digit before checking what was entered (5 by default).
            require_matching_inputs (str; twilio only; matches ^(payment-card-number|expiration-date|security-code|postal-code)(,(payment-card-number|expiration-date|security-code|postal-code))*$):
                The data the caller must enter twice, identically, separated by commas; any of payment-card-number, expiration-date, security-code and postal-code.
            confirmation (PaymentConfirmation | bool | str; twilio only):
                Whether the caller confirms the data before it is submitted (`false` by default)."""
        result = await self._runner._run_operation("create_call_payment", (call_sid,), params, request_timeout)
        return cast("PaymentFields", result)

    async def update(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallPaymentParams],
    ) -> PaymentFields:
        """Ask for one piece of payment data, or complete or cancel the session.
        Offered by twilio only.


        Keyword arguments (from the API document):
            idempotency_key (str; twilio only):
                A value unique to this update, so a repeat with the same key changes nothing more.
            status_callback (str; twilio only):
                Told the outcome of this update; an absolute URL, or one relative to the call's TwiML URL.
            capture (PaymentCapture | str; twilio only):
                The piece of payment data to ask the caller for now.
            status (PaymentUpdateStatus | str; twilio only):
                Ends the session - sends the data to the connector, or cancels."""
        result = await self._runner._run_operation(
            "update_call_payment",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
        )
        return cast("PaymentFields", result)
