# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_capture import PaymentCapture
from ..models.payment_update_status import PaymentUpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePaymentForm")


@_attrs_define
class UpdatePaymentForm:
    """
    Attributes:
        idempotency_key (str): A value unique to this update, so a repeat with the same key changes nothing more.
        status_callback (str): Told the outcome of this update; an absolute URL, or one relative to the call's TwiML
            URL.
        capture (PaymentCapture | Unset): The piece of payment data the caller is asked for next. The `-matcher` values
            ask for the same piece again, to compare with the first entry (see RequireMatchingInputs).
        status (PaymentUpdateStatus | Unset): `complete` sends the collected data to the payment connector; `cancel`
            drops the session.
    """

    idempotency_key: str
    status_callback: str
    capture: PaymentCapture | Unset = UNSET
    status: PaymentUpdateStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idempotency_key = self.idempotency_key

        status_callback = self.status_callback

        capture: str | Unset = UNSET
        if not isinstance(self.capture, Unset):
            capture = self.capture.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IdempotencyKey": idempotency_key,
                "StatusCallback": status_callback,
            }
        )
        if capture is not UNSET:
            field_dict["Capture"] = capture
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        idempotency_key = d.pop("IdempotencyKey")

        status_callback = d.pop("StatusCallback")

        _capture = d.pop("Capture", UNSET)
        capture: PaymentCapture | Unset
        if isinstance(_capture, Unset):
            capture = UNSET
        else:
            capture = PaymentCapture(_capture)

        _status = d.pop("Status", UNSET)
        status: PaymentUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentUpdateStatus(_status)

        update_payment_form = cls(
            idempotency_key=idempotency_key,
            status_callback=status_callback,
            capture=capture,
            status=status,
        )

        update_payment_form.additional_properties = d
        return update_payment_form

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
