# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoggedAfter")


@_attrs_define
class LoggedAfter:
    """Inclusive lower bound on when a notification was logged.

    Attributes:
        message_date (datetime.date | Unset): Only notifications logged on or after this day (YYYY-MM-DD).
    """

    message_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_date: str | Unset = UNSET
        if not isinstance(self.message_date, Unset):
            message_date = self.message_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_date is not UNSET:
            field_dict["MessageDate>"] = message_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _message_date = d.pop("MessageDate>", UNSET)
        message_date: datetime.date | Unset
        if isinstance(_message_date, Unset):
            message_date = UNSET
        else:
            message_date = datetime.date.fromisoformat(_message_date)

        logged_after = cls(
            message_date=message_date,
        )

        logged_after.additional_properties = d
        return logged_after

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
