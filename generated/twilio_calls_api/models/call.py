# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answered_by import AnsweredBy
from ..models.call_status import CallStatus
from ..models.direction import Direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_subresource_uris_type_0 import CallSubresourceUrisType0


T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """One call. Apart from sid and account_sid, every field may be missing or null; SIDs are not checked here because
    Twilio sends "" for an absent SID and SignalWire sends UUIDs; fields not listed are kept. `x-normalize` says how the
    client reads each field (text when absent), `x-aliases` which other keys carry the same field on some servers.

        Attributes:
            sid (str): The call's identifier.
            account_sid (str): The account that owns the call.
            parent_call_sid (None | str | Unset): The call that created this leg, if any.
            phone_number_sid (None | str | Unset): The number or caller ID resource used.
            group_sid (None | str | Unset): The group the call belongs to, if any.
            trunk_sid (None | str | Unset): The trunk that carried the call, if any.
            date_created (None | str | Unset): When the record was created (RFC 2822, GMT).
            date_updated (None | str | Unset): When the record last changed (RFC 2822, GMT).
            start_time (None | str | Unset): When dialing began (RFC 2822); empty before that.
            end_time (None | str | Unset): When the call ended (RFC 2822); empty until then.
            to (None | str | Unset): Who was called.
            to_formatted (None | str | Unset): To, formatted for display.
            from_ (None | str | Unset): Who called.
            from_formatted (None | str | Unset): From, formatted for display.
            status (CallStatus | None | str | Unset): The call's state; a state this document does not list is kept as a
                plain string.
            direction (Direction | None | str | Unset): Which way the call went; unknown values are kept as plain strings.
            answered_by (AnsweredBy | None | str | Unset): Answering machine detection's verdict; unknown values are kept as
                plain strings.
            duration (int | None | str | Unset): Seconds the call lasted, as text.
            price (float | None | str | Unset): What the call cost (negative is a charge), as text.
            price_unit (None | str | Unset): Currency of price (ISO 4217).
            queue_time (None | str | Unset): Milliseconds the call waited before it was placed.
            api_version (None | str | Unset): The API version that created the call.
            forwarded_from (None | str | Unset): The forwarding number of an inbound call, if known.
            caller_name (None | str | Unset): The caller's name, when caller name lookup is on.
            annotation (None | str | Unset): A note attached to the call.
            uri (None | str | Unset): This call's own URI, relative to the API host.
            subresource_uris (CallSubresourceUrisType0 | None | Unset): Related resources by name, as URIs relative to the
                API host; a null URI is left out.
            formatted_to (None | str | Unset): To, formatted for display (Twilio's to_formatted).
            formatted_from (None | str | Unset): From, formatted for display (Twilio's from_formatted).
            audio_in_mos (float | None | Unset): SignalWire: mean opinion score of the received audio (1 to 5).
            sip_result_code (None | str | Unset): SignalWire: the SIP response code that ended the call.
            audio_rtt_avg (int | None | Unset): SignalWire: average audio round-trip time, in milliseconds.
            audio_rtt_min (int | None | Unset): SignalWire: shortest audio round-trip time, in milliseconds.
            audio_rtt_max (int | None | Unset): SignalWire: longest audio round-trip time, in milliseconds.
            audio_out_jitter_avg (int | None | Unset): SignalWire: average jitter of the sent audio, in milliseconds.
            audio_out_jitter_min (int | None | Unset): SignalWire: lowest jitter of the sent audio, in milliseconds.
            audio_out_jitter_max (int | None | Unset): SignalWire: highest jitter of the sent audio, in milliseconds.
            audio_out_lost (int | None | Unset): SignalWire: packets of sent audio that were lost.
    """

    sid: str
    account_sid: str
    parent_call_sid: None | str | Unset = UNSET
    phone_number_sid: None | str | Unset = UNSET
    group_sid: None | str | Unset = UNSET
    trunk_sid: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    date_updated: None | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    to_formatted: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    from_formatted: None | str | Unset = UNSET
    status: CallStatus | None | str | Unset = UNSET
    direction: Direction | None | str | Unset = UNSET
    answered_by: AnsweredBy | None | str | Unset = UNSET
    duration: int | None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    price_unit: None | str | Unset = UNSET
    queue_time: None | str | Unset = UNSET
    api_version: None | str | Unset = UNSET
    forwarded_from: None | str | Unset = UNSET
    caller_name: None | str | Unset = UNSET
    annotation: None | str | Unset = UNSET
    uri: None | str | Unset = UNSET
    subresource_uris: CallSubresourceUrisType0 | None | Unset = UNSET
    formatted_to: None | str | Unset = UNSET
    formatted_from: None | str | Unset = UNSET
    audio_in_mos: float | None | Unset = UNSET
    sip_result_code: None | str | Unset = UNSET
    audio_rtt_avg: int | None | Unset = UNSET
    audio_rtt_min: int | None | Unset = UNSET
    audio_rtt_max: int | None | Unset = UNSET
    audio_out_jitter_avg: int | None | Unset = UNSET
    audio_out_jitter_min: int | None | Unset = UNSET
    audio_out_jitter_max: int | None | Unset = UNSET
    audio_out_lost: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_subresource_uris_type_0 import CallSubresourceUrisType0  # noqa: PLC0415

        sid = self.sid

        account_sid = self.account_sid

        parent_call_sid: None | str | Unset
        if isinstance(self.parent_call_sid, Unset):
            parent_call_sid = UNSET
        else:
            parent_call_sid = self.parent_call_sid

        phone_number_sid: None | str | Unset
        if isinstance(self.phone_number_sid, Unset):
            phone_number_sid = UNSET
        else:
            phone_number_sid = self.phone_number_sid

        group_sid: None | str | Unset
        if isinstance(self.group_sid, Unset):
            group_sid = UNSET
        else:
            group_sid = self.group_sid

        trunk_sid: None | str | Unset
        if isinstance(self.trunk_sid, Unset):
            trunk_sid = UNSET
        else:
            trunk_sid = self.trunk_sid

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

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        to_formatted: None | str | Unset
        if isinstance(self.to_formatted, Unset):
            to_formatted = UNSET
        else:
            to_formatted = self.to_formatted

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        from_formatted: None | str | Unset
        if isinstance(self.from_formatted, Unset):
            from_formatted = UNSET
        else:
            from_formatted = self.from_formatted

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CallStatus):
            status = self.status.value
        else:
            status = self.status

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, Direction):
            direction = self.direction.value
        else:
            direction = self.direction

        answered_by: None | str | Unset
        if isinstance(self.answered_by, Unset):
            answered_by = UNSET
        elif isinstance(self.answered_by, AnsweredBy):
            answered_by = self.answered_by.value
        else:
            answered_by = self.answered_by

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

        queue_time: None | str | Unset
        if isinstance(self.queue_time, Unset):
            queue_time = UNSET
        else:
            queue_time = self.queue_time

        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

        forwarded_from: None | str | Unset
        if isinstance(self.forwarded_from, Unset):
            forwarded_from = UNSET
        else:
            forwarded_from = self.forwarded_from

        caller_name: None | str | Unset
        if isinstance(self.caller_name, Unset):
            caller_name = UNSET
        else:
            caller_name = self.caller_name

        annotation: None | str | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        else:
            annotation = self.annotation

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        subresource_uris: dict[str, Any] | None | Unset
        if isinstance(self.subresource_uris, Unset):
            subresource_uris = UNSET
        elif isinstance(self.subresource_uris, CallSubresourceUrisType0):
            subresource_uris = self.subresource_uris.to_dict()
        else:
            subresource_uris = self.subresource_uris

        formatted_to: None | str | Unset
        if isinstance(self.formatted_to, Unset):
            formatted_to = UNSET
        else:
            formatted_to = self.formatted_to

        formatted_from: None | str | Unset
        if isinstance(self.formatted_from, Unset):
            formatted_from = UNSET
        else:
            formatted_from = self.formatted_from

        audio_in_mos: float | None | Unset
        if isinstance(self.audio_in_mos, Unset):
            audio_in_mos = UNSET
        else:
            audio_in_mos = self.audio_in_mos

        sip_result_code: None | str | Unset
        if isinstance(self.sip_result_code, Unset):
            sip_result_code = UNSET
        else:
            sip_result_code = self.sip_result_code

        audio_rtt_avg: int | None | Unset
        if isinstance(self.audio_rtt_avg, Unset):
            audio_rtt_avg = UNSET
        else:
            audio_rtt_avg = self.audio_rtt_avg

        audio_rtt_min: int | None | Unset
        if isinstance(self.audio_rtt_min, Unset):
            audio_rtt_min = UNSET
        else:
            audio_rtt_min = self.audio_rtt_min

        audio_rtt_max: int | None | Unset
        if isinstance(self.audio_rtt_max, Unset):
            audio_rtt_max = UNSET
        else:
            audio_rtt_max = self.audio_rtt_max

        audio_out_jitter_avg: int | None | Unset
        if isinstance(self.audio_out_jitter_avg, Unset):
            audio_out_jitter_avg = UNSET
        else:
            audio_out_jitter_avg = self.audio_out_jitter_avg

        audio_out_jitter_min: int | None | Unset
        if isinstance(self.audio_out_jitter_min, Unset):
            audio_out_jitter_min = UNSET
        else:
            audio_out_jitter_min = self.audio_out_jitter_min

        audio_out_jitter_max: int | None | Unset
        if isinstance(self.audio_out_jitter_max, Unset):
            audio_out_jitter_max = UNSET
        else:
            audio_out_jitter_max = self.audio_out_jitter_max

        audio_out_lost: int | None | Unset
        if isinstance(self.audio_out_lost, Unset):
            audio_out_lost = UNSET
        else:
            audio_out_lost = self.audio_out_lost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
                "account_sid": account_sid,
            }
        )
        if parent_call_sid is not UNSET:
            field_dict["parent_call_sid"] = parent_call_sid
        if phone_number_sid is not UNSET:
            field_dict["phone_number_sid"] = phone_number_sid
        if group_sid is not UNSET:
            field_dict["group_sid"] = group_sid
        if trunk_sid is not UNSET:
            field_dict["trunk_sid"] = trunk_sid
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if to is not UNSET:
            field_dict["to"] = to
        if to_formatted is not UNSET:
            field_dict["to_formatted"] = to_formatted
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_formatted is not UNSET:
            field_dict["from_formatted"] = from_formatted
        if status is not UNSET:
            field_dict["status"] = status
        if direction is not UNSET:
            field_dict["direction"] = direction
        if answered_by is not UNSET:
            field_dict["answered_by"] = answered_by
        if duration is not UNSET:
            field_dict["duration"] = duration
        if price is not UNSET:
            field_dict["price"] = price
        if price_unit is not UNSET:
            field_dict["price_unit"] = price_unit
        if queue_time is not UNSET:
            field_dict["queue_time"] = queue_time
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if forwarded_from is not UNSET:
            field_dict["forwarded_from"] = forwarded_from
        if caller_name is not UNSET:
            field_dict["caller_name"] = caller_name
        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        if uri is not UNSET:
            field_dict["uri"] = uri
        if subresource_uris is not UNSET:
            field_dict["subresource_uris"] = subresource_uris
        if formatted_to is not UNSET:
            field_dict["formatted_to"] = formatted_to
        if formatted_from is not UNSET:
            field_dict["formatted_from"] = formatted_from
        if audio_in_mos is not UNSET:
            field_dict["audio_in_mos"] = audio_in_mos
        if sip_result_code is not UNSET:
            field_dict["sip_result_code"] = sip_result_code
        if audio_rtt_avg is not UNSET:
            field_dict["audio_rtt_avg"] = audio_rtt_avg
        if audio_rtt_min is not UNSET:
            field_dict["audio_rtt_min"] = audio_rtt_min
        if audio_rtt_max is not UNSET:
            field_dict["audio_rtt_max"] = audio_rtt_max
        if audio_out_jitter_avg is not UNSET:
            field_dict["audio_out_jitter_avg"] = audio_out_jitter_avg
        if audio_out_jitter_min is not UNSET:
            field_dict["audio_out_jitter_min"] = audio_out_jitter_min
        if audio_out_jitter_max is not UNSET:
            field_dict["audio_out_jitter_max"] = audio_out_jitter_max
        if audio_out_lost is not UNSET:
            field_dict["audio_out_lost"] = audio_out_lost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_subresource_uris_type_0 import CallSubresourceUrisType0  # noqa: PLC0415

        d = dict(src_dict)
        sid = d.pop("sid")

        account_sid = d.pop("account_sid")

        def _parse_parent_call_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_call_sid = _parse_parent_call_sid(d.pop("parent_call_sid", UNSET))

        def _parse_phone_number_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number_sid = _parse_phone_number_sid(d.pop("phone_number_sid", UNSET))

        def _parse_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_sid = _parse_group_sid(d.pop("group_sid", UNSET))

        def _parse_trunk_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trunk_sid = _parse_trunk_sid(d.pop("trunk_sid", UNSET))

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

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_to_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_formatted = _parse_to_formatted(d.pop("to_formatted", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_from_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_formatted = _parse_from_formatted(d.pop("from_formatted", UNSET))

        def _parse_status(data: object) -> CallStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CallStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallStatus | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_direction(data: object) -> Direction | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = Direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Direction | None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_answered_by(data: object) -> AnsweredBy | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_by_type_0 = AnsweredBy(data)

                return answered_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnsweredBy | None | str | Unset, data)

        answered_by = _parse_answered_by(d.pop("answered_by", UNSET))

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

        def _parse_queue_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue_time = _parse_queue_time(d.pop("queue_time", UNSET))

        def _parse_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_version = _parse_api_version(d.pop("api_version", UNSET))

        def _parse_forwarded_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forwarded_from = _parse_forwarded_from(d.pop("forwarded_from", UNSET))

        def _parse_caller_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_name = _parse_caller_name(d.pop("caller_name", UNSET))

        def _parse_annotation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        annotation = _parse_annotation(d.pop("annotation", UNSET))

        def _parse_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uri = _parse_uri(d.pop("uri", UNSET))

        def _parse_subresource_uris(data: object) -> CallSubresourceUrisType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subresource_uris_type_0 = CallSubresourceUrisType0.from_dict(data)

                return subresource_uris_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallSubresourceUrisType0 | None | Unset, data)

        subresource_uris = _parse_subresource_uris(d.pop("subresource_uris", UNSET))

        def _parse_formatted_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formatted_to = _parse_formatted_to(d.pop("formatted_to", UNSET))

        def _parse_formatted_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formatted_from = _parse_formatted_from(d.pop("formatted_from", UNSET))

        def _parse_audio_in_mos(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        audio_in_mos = _parse_audio_in_mos(d.pop("audio_in_mos", UNSET))

        def _parse_sip_result_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sip_result_code = _parse_sip_result_code(d.pop("sip_result_code", UNSET))

        def _parse_audio_rtt_avg(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_rtt_avg = _parse_audio_rtt_avg(d.pop("audio_rtt_avg", UNSET))

        def _parse_audio_rtt_min(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_rtt_min = _parse_audio_rtt_min(d.pop("audio_rtt_min", UNSET))

        def _parse_audio_rtt_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_rtt_max = _parse_audio_rtt_max(d.pop("audio_rtt_max", UNSET))

        def _parse_audio_out_jitter_avg(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_out_jitter_avg = _parse_audio_out_jitter_avg(d.pop("audio_out_jitter_avg", UNSET))

        def _parse_audio_out_jitter_min(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_out_jitter_min = _parse_audio_out_jitter_min(d.pop("audio_out_jitter_min", UNSET))

        def _parse_audio_out_jitter_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_out_jitter_max = _parse_audio_out_jitter_max(d.pop("audio_out_jitter_max", UNSET))

        def _parse_audio_out_lost(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_out_lost = _parse_audio_out_lost(d.pop("audio_out_lost", UNSET))

        call = cls(
            sid=sid,
            account_sid=account_sid,
            parent_call_sid=parent_call_sid,
            phone_number_sid=phone_number_sid,
            group_sid=group_sid,
            trunk_sid=trunk_sid,
            date_created=date_created,
            date_updated=date_updated,
            start_time=start_time,
            end_time=end_time,
            to=to,
            to_formatted=to_formatted,
            from_=from_,
            from_formatted=from_formatted,
            status=status,
            direction=direction,
            answered_by=answered_by,
            duration=duration,
            price=price,
            price_unit=price_unit,
            queue_time=queue_time,
            api_version=api_version,
            forwarded_from=forwarded_from,
            caller_name=caller_name,
            annotation=annotation,
            uri=uri,
            subresource_uris=subresource_uris,
            formatted_to=formatted_to,
            formatted_from=formatted_from,
            audio_in_mos=audio_in_mos,
            sip_result_code=sip_result_code,
            audio_rtt_avg=audio_rtt_avg,
            audio_rtt_min=audio_rtt_min,
            audio_rtt_max=audio_rtt_max,
            audio_out_jitter_avg=audio_out_jitter_avg,
            audio_out_jitter_min=audio_out_jitter_min,
            audio_out_jitter_max=audio_out_jitter_max,
            audio_out_lost=audio_out_lost,
        )

        call.additional_properties = d
        return call

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
