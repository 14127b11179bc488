# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_account_type import BankAccountType
from ..models.payment_confirmation import PaymentConfirmation
from ..models.payment_input import PaymentInput
from ..models.payment_method import PaymentMethod
from ..models.token_type import TokenType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentForm")


@_attrs_define
class CreatePaymentForm:
    """
    Attributes:
        idempotency_key (str): A value unique to this request: a repeat with the same key starts no second session, so a
            request that timed out can be sent again.
        status_callback (str): Told how the session goes; an absolute URL, or one relative to the call's TwiML URL.
        payment_connector (str | Unset): The unique name of the installed Pay connector that processes the payment
            (`Default` by default).
        payment_method (PaymentMethod | Unset): What the caller pays with - a card, or a bank account debited through
            ACH.
        bank_account_type (BankAccountType | Unset): The kind of bank account an ACH payment draws on.
        token_type (TokenType | Unset): The kind of token the connector makes of the payment data when nothing is
            charged: usable once (`one-time`), again later (`reusable`), or a stored payment method (`payment-method`).
        valid_card_types (str | Unset): The card brands accepted, separated by spaces (`visa mastercard amex` by
            default; others such as maestro, discover, jcb, diners-club exist).
        currency (str | Unset): The ISO 4217 code ChargeAmount is in (`USD` by default); the connector decides which it
            takes.
        charge_amount (str | Unset): The amount to charge, positive and below 1,000,000, in Currency. Zero or left out
            makes a token instead of a charge.
        description (str | Unset): A note about the payment, passed to the connector with the transaction.
        input_ (PaymentInput | Unset): How the caller enters the payment data; keypad tones are the only way offered.
        min_postal_code_length (int | Unset): The fewest digits a postal code may have.
        parameter (str | Unset): Extra settings for the connector, as the text of a flat JSON object (required by the
            connectors for ACH); which keys it takes depends on the connector.
        postal_code (bool | Unset): Whether the caller must give the card's postal code (true by default).
        security_code (bool | Unset): Whether the caller must give the card's security code (true by default).
        timeout (int | Unset): Seconds to wait for the caller's next digit before checking what was entered (5 by
            default).
        require_matching_inputs (str | Unset): The data the caller must enter twice, identically, separated by commas;
            any of payment-card-number, expiration-date, security-code and postal-code.
        confirmation (PaymentConfirmation | Unset): `true` reads the last four digits back to the caller, who presses 1
            to confirm or 2 to cancel before the data is submitted.
    """

    idempotency_key: str
    status_callback: str
    payment_connector: str | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET
    bank_account_type: BankAccountType | Unset = UNSET
    token_type: TokenType | Unset = UNSET
    valid_card_types: str | Unset = UNSET
    currency: str | Unset = UNSET
    charge_amount: str | Unset = UNSET
    description: str | Unset = UNSET
    input_: PaymentInput | Unset = UNSET
    min_postal_code_length: int | Unset = UNSET
    parameter: str | Unset = UNSET
    postal_code: bool | Unset = UNSET
    security_code: bool | Unset = UNSET
    timeout: int | Unset = UNSET
    require_matching_inputs: str | Unset = UNSET
    confirmation: PaymentConfirmation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idempotency_key = self.idempotency_key

        status_callback = self.status_callback

        payment_connector = self.payment_connector

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        bank_account_type: str | Unset = UNSET
        if not isinstance(self.bank_account_type, Unset):
            bank_account_type = self.bank_account_type.value

        token_type: str | Unset = UNSET
        if not isinstance(self.token_type, Unset):
            token_type = self.token_type.value

        valid_card_types = self.valid_card_types

        currency = self.currency

        charge_amount = self.charge_amount

        description = self.description

        input_: str | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.value

        min_postal_code_length = self.min_postal_code_length

        parameter = self.parameter

        postal_code = self.postal_code

        security_code = self.security_code

        timeout = self.timeout

        require_matching_inputs = self.require_matching_inputs

        confirmation: str | Unset = UNSET
        if not isinstance(self.confirmation, Unset):
            confirmation = self.confirmation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IdempotencyKey": idempotency_key,
                "StatusCallback": status_callback,
            }
        )
        if payment_connector is not UNSET:
            field_dict["PaymentConnector"] = payment_connector
        if payment_method is not UNSET:
            field_dict["PaymentMethod"] = payment_method
        if bank_account_type is not UNSET:
            field_dict["BankAccountType"] = bank_account_type
        if token_type is not UNSET:
            field_dict["TokenType"] = token_type
        if valid_card_types is not UNSET:
            field_dict["ValidCardTypes"] = valid_card_types
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if charge_amount is not UNSET:
            field_dict["ChargeAmount"] = charge_amount
        if description is not UNSET:
            field_dict["Description"] = description
        if input_ is not UNSET:
            field_dict["Input"] = input_
        if min_postal_code_length is not UNSET:
            field_dict["MinPostalCodeLength"] = min_postal_code_length
        if parameter is not UNSET:
            field_dict["Parameter"] = parameter
        if postal_code is not UNSET:
            field_dict["PostalCode"] = postal_code
        if security_code is not UNSET:
            field_dict["SecurityCode"] = security_code
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout
        if require_matching_inputs is not UNSET:
            field_dict["RequireMatchingInputs"] = require_matching_inputs
        if confirmation is not UNSET:
            field_dict["Confirmation"] = confirmation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        idempotency_key = d.pop("IdempotencyKey")

        status_callback = d.pop("StatusCallback")

        payment_connector = d.pop("PaymentConnector", UNSET)

        _payment_method = d.pop("PaymentMethod", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod(_payment_method)

        _bank_account_type = d.pop("BankAccountType", UNSET)
        bank_account_type: BankAccountType | Unset
        if isinstance(_bank_account_type, Unset):
            bank_account_type = UNSET
        else:
            bank_account_type = BankAccountType(_bank_account_type)

        _token_type = d.pop("TokenType", UNSET)
        token_type: TokenType | Unset
        if isinstance(_token_type, Unset):
            token_type = UNSET
        else:
            token_type = TokenType(_token_type)

        valid_card_types = d.pop("ValidCardTypes", UNSET)

        currency = d.pop("Currency", UNSET)

        charge_amount = d.pop("ChargeAmount", UNSET)

        description = d.pop("Description", UNSET)

        _input_ = d.pop("Input", UNSET)
        input_: PaymentInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = PaymentInput(_input_)

        min_postal_code_length = d.pop("MinPostalCodeLength", UNSET)

        parameter = d.pop("Parameter", UNSET)

        postal_code = d.pop("PostalCode", UNSET)

        security_code = d.pop("SecurityCode", UNSET)

        timeout = d.pop("Timeout", UNSET)

        require_matching_inputs = d.pop("RequireMatchingInputs", UNSET)

        _confirmation = d.pop("Confirmation", UNSET)
        confirmation: PaymentConfirmation | Unset
        if isinstance(_confirmation, Unset):
            confirmation = UNSET
        else:
            confirmation = PaymentConfirmation(_confirmation)

        create_payment_form = cls(
            idempotency_key=idempotency_key,
            status_callback=status_callback,
            payment_connector=payment_connector,
            payment_method=payment_method,
            bank_account_type=bank_account_type,
            token_type=token_type,
            valid_card_types=valid_card_types,
            currency=currency,
            charge_amount=charge_amount,
            description=description,
            input_=input_,
            min_postal_code_length=min_postal_code_length,
            parameter=parameter,
            postal_code=postal_code,
            security_code=security_code,
            timeout=timeout,
            require_matching_inputs=require_matching_inputs,
            confirmation=confirmation,
        )

        create_payment_form.additional_properties = d
        return create_payment_form

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
