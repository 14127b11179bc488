# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pause_behavior import PauseBehavior
from ..models.recording_update_status import RecordingUpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateRecordingForm")


@_attrs_define
class UpdateRecordingForm:
    """
    Attributes:
        status (RecordingUpdateStatus): What a recording of a live call becomes: `paused`, `in-progress` (recording
            again after a pause) or `stopped` (for good). twilio-oai 2.6.7 types this parameter with the six values of
            RecordingStatus, but its operation text allows only these three; the others are states the server sets.
        pause_behavior (PauseBehavior | Unset): During a pause, `skip` leaves the paused time out of the file and
            `silence` keeps it as silence.
    """

    status: RecordingUpdateStatus
    pause_behavior: PauseBehavior | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        pause_behavior: str | Unset = UNSET
        if not isinstance(self.pause_behavior, Unset):
            pause_behavior = self.pause_behavior.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Status": status,
            }
        )
        if pause_behavior is not UNSET:
            field_dict["PauseBehavior"] = pause_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = RecordingUpdateStatus(d.pop("Status"))

        _pause_behavior = d.pop("PauseBehavior", UNSET)
        pause_behavior: PauseBehavior | Unset
        if isinstance(_pause_behavior, Unset):
            pause_behavior = UNSET
        else:
            pause_behavior = PauseBehavior(_pause_behavior)

        update_recording_form = cls(
            status=status,
            pause_behavior=pause_behavior,
        )

        update_recording_form.additional_properties = d
        return update_recording_form

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
