# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..models.recording_channels import RecordingChannels
from ..models.recording_status_callback_event import RecordingStatusCallbackEvent
from ..models.recording_track import RecordingTrack
from ..models.trim import Trim
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRecordingForm")


@_attrs_define
class CreateRecordingForm:
    """
    Attributes:
        recording_status_callback_event (list[RecordingStatusCallbackEvent] | Unset): Which recording events go to
            RecordingStatusCallback (`completed` when left out); one form key per event.
        recording_status_callback (str | Unset): Told about the recording's events (those RecordingStatusCallbackEvent
            names).
        recording_status_callback_method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        trim (Trim | Unset): Whether silence at both ends of the recording is cut.
        recording_channels (RecordingChannels | Unset): `mono` mixes both legs into one channel; `dual` gives each leg
            its own.
        recording_track (RecordingTrack | Unset): Which audio to record, as heard from the platform.
    """

    recording_status_callback_event: list[RecordingStatusCallbackEvent] | Unset = UNSET
    recording_status_callback: str | Unset = UNSET
    recording_status_callback_method: HttpMethod | Unset = UNSET
    trim: Trim | Unset = UNSET
    recording_channels: RecordingChannels | Unset = UNSET
    recording_track: RecordingTrack | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_status_callback_event: list[str] | Unset = UNSET
        if not isinstance(self.recording_status_callback_event, Unset):
            recording_status_callback_event = []
            for recording_status_callback_event_item_data in self.recording_status_callback_event:
                recording_status_callback_event_item = recording_status_callback_event_item_data.value
                recording_status_callback_event.append(recording_status_callback_event_item)

        recording_status_callback = self.recording_status_callback

        recording_status_callback_method: str | Unset = UNSET
        if not isinstance(self.recording_status_callback_method, Unset):
            recording_status_callback_method = self.recording_status_callback_method.value

        trim: str | Unset = UNSET
        if not isinstance(self.trim, Unset):
            trim = self.trim.value

        recording_channels: str | Unset = UNSET
        if not isinstance(self.recording_channels, Unset):
            recording_channels = self.recording_channels.value

        recording_track: str | Unset = UNSET
        if not isinstance(self.recording_track, Unset):
            recording_track = self.recording_track.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recording_status_callback_event is not UNSET:
            field_dict["RecordingStatusCallbackEvent"] = recording_status_callback_event
        if recording_status_callback is not UNSET:
            field_dict["RecordingStatusCallback"] = recording_status_callback
        if recording_status_callback_method is not UNSET:
            field_dict["RecordingStatusCallbackMethod"] = recording_status_callback_method
        if trim is not UNSET:
            field_dict["Trim"] = trim
        if recording_channels is not UNSET:
            field_dict["RecordingChannels"] = recording_channels
        if recording_track is not UNSET:
            field_dict["RecordingTrack"] = recording_track

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _recording_status_callback_event = d.pop("RecordingStatusCallbackEvent", UNSET)
        recording_status_callback_event: list[RecordingStatusCallbackEvent] | Unset = UNSET
        if _recording_status_callback_event is not UNSET:
            recording_status_callback_event = []
            for recording_status_callback_event_item_data in _recording_status_callback_event:
                recording_status_callback_event_item = RecordingStatusCallbackEvent(
                    recording_status_callback_event_item_data
                )

                recording_status_callback_event.append(recording_status_callback_event_item)

        recording_status_callback = d.pop("RecordingStatusCallback", UNSET)

        _recording_status_callback_method = d.pop("RecordingStatusCallbackMethod", UNSET)
        recording_status_callback_method: HttpMethod | Unset
        if isinstance(_recording_status_callback_method, Unset):
            recording_status_callback_method = UNSET
        else:
            recording_status_callback_method = HttpMethod(_recording_status_callback_method)

        _trim = d.pop("Trim", UNSET)
        trim: Trim | Unset
        if isinstance(_trim, Unset):
            trim = UNSET
        else:
            trim = Trim(_trim)

        _recording_channels = d.pop("RecordingChannels", UNSET)
        recording_channels: RecordingChannels | Unset
        if isinstance(_recording_channels, Unset):
            recording_channels = UNSET
        else:
            recording_channels = RecordingChannels(_recording_channels)

        _recording_track = d.pop("RecordingTrack", UNSET)
        recording_track: RecordingTrack | Unset
        if isinstance(_recording_track, Unset):
            recording_track = UNSET
        else:
            recording_track = RecordingTrack(_recording_track)

        create_recording_form = cls(
            recording_status_callback_event=recording_status_callback_event,
            recording_status_callback=recording_status_callback,
            recording_status_callback_method=recording_status_callback_method,
            trim=trim,
            recording_channels=recording_channels,
            recording_track=recording_track,
        )

        create_recording_form.additional_properties = d
        return create_recording_form

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
