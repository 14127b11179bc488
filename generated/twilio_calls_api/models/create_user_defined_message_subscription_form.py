# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserDefinedMessageSubscriptionForm")


@_attrs_define
class CreateUserDefinedMessageSubscriptionForm:
    """
    Attributes:
        callback (str): Receives each message the Voice SDK client sends, as a JSON body; its host name must be valid
            (no underscores).
        method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        idempotency_key (str | Unset): A value unique to this request, so a repeat with the same key makes one
            subscription.
    """

    callback: str
    method: HttpMethod | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback = self.callback

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Callback": callback,
            }
        )
        if method is not UNSET:
            field_dict["Method"] = method
        if idempotency_key is not UNSET:
            field_dict["IdempotencyKey"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callback = d.pop("Callback")

        _method = d.pop("Method", UNSET)
        method: HttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = HttpMethod(_method)

        idempotency_key = d.pop("IdempotencyKey", UNSET)

        create_user_defined_message_subscription_form = cls(
            callback=callback,
            method=method,
            idempotency_key=idempotency_key,
        )

        create_user_defined_message_subscription_form.additional_properties = d
        return create_user_defined_message_subscription_form

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
