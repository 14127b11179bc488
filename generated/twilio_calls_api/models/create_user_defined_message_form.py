# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserDefinedMessageForm")


@_attrs_define
class CreateUserDefinedMessageForm:
    """
    Attributes:
        content (str): The message, as the text of a JSON value (the form encoding escapes it).
        idempotency_key (str | Unset): A value unique to this request, so a repeat with the same key is delivered once.
    """

    content: str
    idempotency_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Content": content,
            }
        )
        if idempotency_key is not UNSET:
            field_dict["IdempotencyKey"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("Content")

        idempotency_key = d.pop("IdempotencyKey", UNSET)

        create_user_defined_message_form = cls(
            content=content,
            idempotency_key=idempotency_key,
        )

        create_user_defined_message_form.additional_properties = d
        return create_user_defined_message_form

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
