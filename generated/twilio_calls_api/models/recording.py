# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_source import RecordingSource
from ..models.recording_status import RecordingStatus
from ..models.recording_track import RecordingTrack
from ..models.trim import Trim
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_encryption_details_type_0 import RecordingEncryptionDetailsType0
    from ..models.recording_subresource_uris_type_0 import RecordingSubresourceUrisType0


T = TypeVar("T", bound="Recording")


@_attrs_define
class Recording:
    """One recording of a call. Apart from sid and account_sid, every field may be missing or null; fields not listed are
    kept.

        Attributes:
            sid (str): The recording's identifier (RE...).
            account_sid (str): The account that owns the recording.
            call_sid (None | str | Unset): The call that was recorded.
            conference_sid (None | str | Unset): The conference that was recorded, if it was one.
            api_version (None | str | Unset): The API version that made the recording.
            date_created (None | str | Unset): When the record was created (RFC 2822, GMT).
            date_updated (None | str | Unset): When the record last changed (RFC 2822, GMT).
            start_time (None | str | Unset): When recording began (RFC 2822, GMT).
            duration (int | None | str | Unset): Seconds recorded, as text; null while recording.
            price (float | None | str | Unset): What the recording cost (negative is a charge); null until known.
            price_unit (None | str | Unset): Currency of price (ISO 4217).
            status (None | RecordingStatus | str | Unset): The recording's state; a state this document does not list is
                kept as a plain string.
            channels (int | None | str | Unset): How many audio channels the file has (1 or 2).
            source (None | RecordingSource | str | Unset): What started the recording; unknown values are kept as plain
                strings.
            error_code (int | None | str | Unset): Why the recording is absent (e.g. 16101 too short); null otherwise.
            track (None | RecordingTrack | str | Unset): Which audio was recorded; unknown values are kept as plain strings.
            encryption_details (None | RecordingEncryptionDetailsType0 | Unset): For an encrypted recording, what is needed
                to decrypt it (the public key's SID, the encrypted content key and the IV); null otherwise.
            uri (None | str | Unset): This recording's own URI, relative to the API host.
            channel (None | str | Unset): SignalWire: the number of channels again, as text.
            end_time (None | str | Unset): SignalWire: when recording ended (RFC 2822).
            trim (None | str | Trim | Unset): SignalWire: whether silence was trimmed; unknown values are kept as plain
                strings.
            subresource_uris (None | RecordingSubresourceUrisType0 | Unset): SignalWire: related resources by name
                (transcriptions), as URIs relative to the API host.
    """

    sid: str
    account_sid: str
    call_sid: None | str | Unset = UNSET
    conference_sid: None | str | Unset = UNSET
    api_version: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    date_updated: None | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    duration: int | None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    price_unit: None | str | Unset = UNSET
    status: None | RecordingStatus | str | Unset = UNSET
    channels: int | None | str | Unset = UNSET
    source: None | RecordingSource | str | Unset = UNSET
    error_code: int | None | str | Unset = UNSET
    track: None | RecordingTrack | str | Unset = UNSET
    encryption_details: None | RecordingEncryptionDetailsType0 | Unset = UNSET
    uri: None | str | Unset = UNSET
    channel: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    trim: None | str | Trim | Unset = UNSET
    subresource_uris: None | RecordingSubresourceUrisType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recording_encryption_details_type_0 import RecordingEncryptionDetailsType0  # noqa: PLC0415
        from ..models.recording_subresource_uris_type_0 import RecordingSubresourceUrisType0  # noqa: PLC0415

        sid = self.sid

        account_sid = self.account_sid

        call_sid: None | str | Unset
        if isinstance(self.call_sid, Unset):
            call_sid = UNSET
        else:
            call_sid = self.call_sid

        conference_sid: None | str | Unset
        if isinstance(self.conference_sid, Unset):
            conference_sid = UNSET
        else:
            conference_sid = self.conference_sid

        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = self.date_updated

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        duration: int | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        price_unit: None | str | Unset
        if isinstance(self.price_unit, Unset):
            price_unit = UNSET
        else:
            price_unit = self.price_unit

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RecordingStatus):
            status = self.status.value
        else:
            status = self.status

        channels: int | None | str | Unset
        if isinstance(self.channels, Unset):
            channels = UNSET
        else:
            channels = self.channels

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, RecordingSource):
            source = self.source.value
        else:
            source = self.source

        error_code: int | None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        track: None | str | Unset
        if isinstance(self.track, Unset):
            track = UNSET
        elif isinstance(self.track, RecordingTrack):
            track = self.track.value
        else:
            track = self.track

        encryption_details: dict[str, Any] | None | Unset
        if isinstance(self.encryption_details, Unset):
            encryption_details = UNSET
        elif isinstance(self.encryption_details, RecordingEncryptionDetailsType0):
            encryption_details = self.encryption_details.to_dict()
        else:
            encryption_details = self.encryption_details

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        trim: None | str | Unset
        if isinstance(self.trim, Unset):
            trim = UNSET
        elif isinstance(self.trim, Trim):
            trim = self.trim.value
        else:
            trim = self.trim

        subresource_uris: dict[str, Any] | None | Unset
        if isinstance(self.subresource_uris, Unset):
            subresource_uris = UNSET
        elif isinstance(self.subresource_uris, RecordingSubresourceUrisType0):
            subresource_uris = self.subresource_uris.to_dict()
        else:
            subresource_uris = self.subresource_uris

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
                "account_sid": account_sid,
            }
        )
        if call_sid is not UNSET:
            field_dict["call_sid"] = call_sid
        if conference_sid is not UNSET:
            field_dict["conference_sid"] = conference_sid
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if price is not UNSET:
            field_dict["price"] = price
        if price_unit is not UNSET:
            field_dict["price_unit"] = price_unit
        if status is not UNSET:
            field_dict["status"] = status
        if channels is not UNSET:
            field_dict["channels"] = channels
        if source is not UNSET:
            field_dict["source"] = source
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if track is not UNSET:
            field_dict["track"] = track
        if encryption_details is not UNSET:
            field_dict["encryption_details"] = encryption_details
        if uri is not UNSET:
            field_dict["uri"] = uri
        if channel is not UNSET:
            field_dict["channel"] = channel
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if trim is not UNSET:
            field_dict["trim"] = trim
        if subresource_uris is not UNSET:
            field_dict["subresource_uris"] = subresource_uris

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recording_encryption_details_type_0 import RecordingEncryptionDetailsType0  # noqa: PLC0415
        from ..models.recording_subresource_uris_type_0 import RecordingSubresourceUrisType0  # noqa: PLC0415

        d = dict(src_dict)
        sid = d.pop("sid")

        account_sid = d.pop("account_sid")

        def _parse_call_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_sid = _parse_call_sid(d.pop("call_sid", UNSET))

        def _parse_conference_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_sid = _parse_conference_sid(d.pop("conference_sid", UNSET))

        def _parse_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_version = _parse_api_version(d.pop("api_version", UNSET))

        def _parse_date_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_date_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_updated = _parse_date_updated(d.pop("date_updated", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_duration(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_price_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_unit = _parse_price_unit(d.pop("price_unit", UNSET))

        def _parse_status(data: object) -> None | RecordingStatus | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RecordingStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordingStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_channels(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        channels = _parse_channels(d.pop("channels", UNSET))

        def _parse_source(data: object) -> None | RecordingSource | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = RecordingSource(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordingSource | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_error_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_track(data: object) -> None | RecordingTrack | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                track_type_0 = RecordingTrack(data)

                return track_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordingTrack | str | Unset, data)

        track = _parse_track(d.pop("track", UNSET))

        def _parse_encryption_details(data: object) -> None | RecordingEncryptionDetailsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                encryption_details_type_0 = RecordingEncryptionDetailsType0.from_dict(data)

                return encryption_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordingEncryptionDetailsType0 | Unset, data)

        encryption_details = _parse_encryption_details(d.pop("encryption_details", UNSET))

        def _parse_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uri = _parse_uri(d.pop("uri", UNSET))

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_trim(data: object) -> None | str | Trim | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trim_type_0 = Trim(data)

                return trim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Trim | Unset, data)

        trim = _parse_trim(d.pop("trim", UNSET))

        def _parse_subresource_uris(data: object) -> None | RecordingSubresourceUrisType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subresource_uris_type_0 = RecordingSubresourceUrisType0.from_dict(data)

                return subresource_uris_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordingSubresourceUrisType0 | Unset, data)

        subresource_uris = _parse_subresource_uris(d.pop("subresource_uris", UNSET))

        recording = cls(
            sid=sid,
            account_sid=account_sid,
            call_sid=call_sid,
            conference_sid=conference_sid,
            api_version=api_version,
            date_created=date_created,
            date_updated=date_updated,
            start_time=start_time,
            duration=duration,
            price=price,
            price_unit=price_unit,
            status=status,
            channels=channels,
            source=source,
            error_code=error_code,
            track=track,
            encryption_details=encryption_details,
            uri=uri,
            channel=channel,
            end_time=end_time,
            trim=trim,
            subresource_uris=subresource_uris,
        )

        recording.additional_properties = d
        return recording

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
