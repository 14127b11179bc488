# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimesBefore")


@_attrs_define
class TimesBefore:
    """Inclusive upper bounds on a call's start and end.

    Attributes:
        start_time (str | Unset): Only calls that started on or before this day or instant.
        end_time (str | Unset): Only calls that ended on or before this day or instant.
    """

    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["StartTime<"] = start_time
        if end_time is not UNSET:
            field_dict["EndTime<"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = d.pop("StartTime<", UNSET)

        end_time = d.pop("EndTime<", UNSET)

        times_before = cls(
            start_time=start_time,
            end_time=end_time,
        )

        times_before.additional_properties = d
        return times_before

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
