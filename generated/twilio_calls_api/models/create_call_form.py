# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_amd import AsyncAmd
from ..models.http_method import HttpMethod
from ..models.machine_detection import MachineDetection
from ..models.recording_channels import RecordingChannels
from ..models.recording_status_callback_event import RecordingStatusCallbackEvent
from ..models.recording_track import RecordingTrack
from ..models.status_callback_event import StatusCallbackEvent
from ..models.trim import Trim
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCallForm")


@_attrs_define
class CreateCallForm:
    """
    Attributes:
        to (str): Who is called - a phone number in E.164 form, a SIP address or `client:name`.
        from_ (str): The caller ID: a number of the account or a verified caller ID; a phone number whenever To is one.
        url (str | Unset): Where the TwiML that runs once the call connects is fetched from.
        twiml (str | Unset): The TwiML to run, given inline instead of Url.
        application_sid (str | Unset): An application whose voice settings handle the call, instead of Url or Twiml.
        method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        fallback_url (str | Unset): Requested instead when fetching or running the TwiML at Url fails.
        fallback_method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        status_callback (str | Unset): Receives the call's progress events (only `completed` unless StatusCallbackEvent
            says more).
        status_callback_event (list[StatusCallbackEvent] | Unset): Which progress events go to StatusCallback; one form
            key per event.
        status_callback_method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        send_digits (str | Unset): Keys pressed once the call connects - digits, the letters A to D, `#`, `*`, `w` for a
            half-second pause and `W` for a one-second pause; at most 32 (Twilio: twilio-oai 2.6.7 CreateCall SendDigits,
            widened to A-D and W in 2.3.0; SignalWire's compatibility openapi.yaml allows only digits, # * w W).
        timeout (int | Unset): Seconds to let the phone ring before giving up as no-answer (60 by default).
        record (bool | Unset): Whether to record the whole call.
        recording_channels (RecordingChannels | Unset): `mono` mixes both legs into one channel; `dual` gives each leg
            its own.
        recording_status_callback (str | Unset): Told when the recording changes state.
        recording_status_callback_method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        recording_status_callback_event (list[RecordingStatusCallbackEvent] | Unset): Which recording events go to
            RecordingStatusCallback (`completed` by default).
        recording_track (RecordingTrack | Unset): Which audio to record, as heard from the platform.
        trim (Trim | Unset): Whether silence at both ends of the recording is cut.
        sip_auth_username (str | Unset): User name for a SIP destination that asks for authentication.
        sip_auth_password (str | Unset): Password for a SIP destination that asks for authentication.
        machine_detection (MachineDetection | Unset): `Enable` reports AnsweredBy as soon as it is known;
            `DetectMessageEnd` waits for the greeting to end, so a message can be left.
        machine_detection_timeout (int | Unset): Seconds allowed for detection before AnsweredBy is reported as unknown
            (30 by default); 3 to 59 (Twilio's answering machine detection guide; twilio-oai 2.6.7 states no bound).
        machine_detection_speech_threshold (int | Unset): Milliseconds of speech separating a human (shorter) from a
            machine (longer); 2400 by default.
        machine_detection_speech_end_threshold (int | Unset): Milliseconds of silence after speech that end the speech;
            1200 by default.
        machine_detection_silence_timeout (int | Unset): Milliseconds of silence at the start after which AnsweredBy is
            unknown; 5000 by default.
        async_amd (AsyncAmd | Unset): Whether answering machine detection runs in the background.
        async_amd_status_callback (str | Unset): Told the detection result when AsyncAmd is `true`.
        async_amd_status_callback_method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        caller_id (str | Unset): The caller ID shown for a SIP or client call.
        call_reason (str | Unset): Why the call is placed, shown on the callee's phone where branded calling is
            available.
        call_token (str | Unset): The call_token of an incoming call, passed on so a forwarded call may keep its caller
            ID.
        byoc (str | Unset): A Bring-Your-Own-Carrier trunk to route the call through (phone numbers only).
        time_limit (int | Unset): The longest the call may last, in seconds.
        client_notification_url (str | Unset): Where to send the push notification for a call to a Voice SDK client.
        machine_words_threshold (int | Unset): How many words of the greeting make the answer a machine (6 by default);
            1 to 100 (SignalWire: requests.tsp MachineWordsThreshold).
        async_amd_partial_results (bool | Unset): Whether interim detection results are also sent to
            AsyncAmdStatusCallback (false by default) (SignalWire: requests.tsp AsyncAmdPartialResults).
        max_price_per_minute (str | Unset): The most, in US dollars per minute, the call may cost; a call that would
            cost more is refused with error 30010. Decimal text with at most four places, such as "0.0075" (SignalWire:
            openapi.yaml MaxPricePerMinute pattern).
    """

    to: str
    from_: str
    url: str | Unset = UNSET
    twiml: str | Unset = UNSET
    application_sid: str | Unset = UNSET
    method: HttpMethod | Unset = UNSET
    fallback_url: str | Unset = UNSET
    fallback_method: HttpMethod | Unset = UNSET
    status_callback: str | Unset = UNSET
    status_callback_event: list[StatusCallbackEvent] | Unset = UNSET
    status_callback_method: HttpMethod | Unset = UNSET
    send_digits: str | Unset = UNSET
    timeout: int | Unset = UNSET
    record: bool | Unset = UNSET
    recording_channels: RecordingChannels | Unset = UNSET
    recording_status_callback: str | Unset = UNSET
    recording_status_callback_method: HttpMethod | Unset = UNSET
    recording_status_callback_event: list[RecordingStatusCallbackEvent] | Unset = UNSET
    recording_track: RecordingTrack | Unset = UNSET
    trim: Trim | Unset = UNSET
    sip_auth_username: str | Unset = UNSET
    sip_auth_password: str | Unset = UNSET
    machine_detection: MachineDetection | Unset = UNSET
    machine_detection_timeout: int | Unset = UNSET
    machine_detection_speech_threshold: int | Unset = UNSET
    machine_detection_speech_end_threshold: int | Unset = UNSET
    machine_detection_silence_timeout: int | Unset = UNSET
    async_amd: AsyncAmd | Unset = UNSET
    async_amd_status_callback: str | Unset = UNSET
    async_amd_status_callback_method: HttpMethod | Unset = UNSET
    caller_id: str | Unset = UNSET
    call_reason: str | Unset = UNSET
    call_token: str | Unset = UNSET
    byoc: str | Unset = UNSET
    time_limit: int | Unset = UNSET
    client_notification_url: str | Unset = UNSET
    machine_words_threshold: int | Unset = UNSET
    async_amd_partial_results: bool | Unset = UNSET
    max_price_per_minute: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        url = self.url

        twiml = self.twiml

        application_sid = self.application_sid

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        fallback_url = self.fallback_url

        fallback_method: str | Unset = UNSET
        if not isinstance(self.fallback_method, Unset):
            fallback_method = self.fallback_method.value

        status_callback = self.status_callback

        status_callback_event: list[str] | Unset = UNSET
        if not isinstance(self.status_callback_event, Unset):
            status_callback_event = []
            for status_callback_event_item_data in self.status_callback_event:
                status_callback_event_item = status_callback_event_item_data.value
                status_callback_event.append(status_callback_event_item)

        status_callback_method: str | Unset = UNSET
        if not isinstance(self.status_callback_method, Unset):
            status_callback_method = self.status_callback_method.value

        send_digits = self.send_digits

        timeout = self.timeout

        record = self.record

        recording_channels: str | Unset = UNSET
        if not isinstance(self.recording_channels, Unset):
            recording_channels = self.recording_channels.value

        recording_status_callback = self.recording_status_callback

        recording_status_callback_method: str | Unset = UNSET
        if not isinstance(self.recording_status_callback_method, Unset):
            recording_status_callback_method = self.recording_status_callback_method.value

        recording_status_callback_event: list[str] | Unset = UNSET
        if not isinstance(self.recording_status_callback_event, Unset):
            recording_status_callback_event = []
            for recording_status_callback_event_item_data in self.recording_status_callback_event:
                recording_status_callback_event_item = recording_status_callback_event_item_data.value
                recording_status_callback_event.append(recording_status_callback_event_item)

        recording_track: str | Unset = UNSET
        if not isinstance(self.recording_track, Unset):
            recording_track = self.recording_track.value

        trim: str | Unset = UNSET
        if not isinstance(self.trim, Unset):
            trim = self.trim.value

        sip_auth_username = self.sip_auth_username

        sip_auth_password = self.sip_auth_password

        machine_detection: str | Unset = UNSET
        if not isinstance(self.machine_detection, Unset):
            machine_detection = self.machine_detection.value

        machine_detection_timeout = self.machine_detection_timeout

        machine_detection_speech_threshold = self.machine_detection_speech_threshold

        machine_detection_speech_end_threshold = self.machine_detection_speech_end_threshold

        machine_detection_silence_timeout = self.machine_detection_silence_timeout

        async_amd: str | Unset = UNSET
        if not isinstance(self.async_amd, Unset):
            async_amd = self.async_amd.value

        async_amd_status_callback = self.async_amd_status_callback

        async_amd_status_callback_method: str | Unset = UNSET
        if not isinstance(self.async_amd_status_callback_method, Unset):
            async_amd_status_callback_method = self.async_amd_status_callback_method.value

        caller_id = self.caller_id

        call_reason = self.call_reason

        call_token = self.call_token

        byoc = self.byoc

        time_limit = self.time_limit

        client_notification_url = self.client_notification_url

        machine_words_threshold = self.machine_words_threshold

        async_amd_partial_results = self.async_amd_partial_results

        max_price_per_minute = self.max_price_per_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "To": to,
                "From": from_,
            }
        )
        if url is not UNSET:
            field_dict["Url"] = url
        if twiml is not UNSET:
            field_dict["Twiml"] = twiml
        if application_sid is not UNSET:
            field_dict["ApplicationSid"] = application_sid
        if method is not UNSET:
            field_dict["Method"] = method
        if fallback_url is not UNSET:
            field_dict["FallbackUrl"] = fallback_url
        if fallback_method is not UNSET:
            field_dict["FallbackMethod"] = fallback_method
        if status_callback is not UNSET:
            field_dict["StatusCallback"] = status_callback
        if status_callback_event is not UNSET:
            field_dict["StatusCallbackEvent"] = status_callback_event
        if status_callback_method is not UNSET:
            field_dict["StatusCallbackMethod"] = status_callback_method
        if send_digits is not UNSET:
            field_dict["SendDigits"] = send_digits
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout
        if record is not UNSET:
            field_dict["Record"] = record
        if recording_channels is not UNSET:
            field_dict["RecordingChannels"] = recording_channels
        if recording_status_callback is not UNSET:
            field_dict["RecordingStatusCallback"] = recording_status_callback
        if recording_status_callback_method is not UNSET:
            field_dict["RecordingStatusCallbackMethod"] = recording_status_callback_method
        if recording_status_callback_event is not UNSET:
            field_dict["RecordingStatusCallbackEvent"] = recording_status_callback_event
        if recording_track is not UNSET:
            field_dict["RecordingTrack"] = recording_track
        if trim is not UNSET:
            field_dict["Trim"] = trim
        if sip_auth_username is not UNSET:
            field_dict["SipAuthUsername"] = sip_auth_username
        if sip_auth_password is not UNSET:
            field_dict["SipAuthPassword"] = sip_auth_password
        if machine_detection is not UNSET:
            field_dict["MachineDetection"] = machine_detection
        if machine_detection_timeout is not UNSET:
            field_dict["MachineDetectionTimeout"] = machine_detection_timeout
        if machine_detection_speech_threshold is not UNSET:
            field_dict["MachineDetectionSpeechThreshold"] = machine_detection_speech_threshold
        if machine_detection_speech_end_threshold is not UNSET:
            field_dict["MachineDetectionSpeechEndThreshold"] = machine_detection_speech_end_threshold
        if machine_detection_silence_timeout is not UNSET:
            field_dict["MachineDetectionSilenceTimeout"] = machine_detection_silence_timeout
        if async_amd is not UNSET:
            field_dict["AsyncAmd"] = async_amd
        if async_amd_status_callback is not UNSET:
            field_dict["AsyncAmdStatusCallback"] = async_amd_status_callback
        if async_amd_status_callback_method is not UNSET:
            field_dict["AsyncAmdStatusCallbackMethod"] = async_amd_status_callback_method
        if caller_id is not UNSET:
            field_dict["CallerId"] = caller_id
        if call_reason is not UNSET:
            field_dict["CallReason"] = call_reason
        if call_token is not UNSET:
            field_dict["CallToken"] = call_token
        if byoc is not UNSET:
            field_dict["Byoc"] = byoc
        if time_limit is not UNSET:
            field_dict["TimeLimit"] = time_limit
        if client_notification_url is not UNSET:
            field_dict["ClientNotificationUrl"] = client_notification_url
        if machine_words_threshold is not UNSET:
            field_dict["MachineWordsThreshold"] = machine_words_threshold
        if async_amd_partial_results is not UNSET:
            field_dict["AsyncAmdPartialResults"] = async_amd_partial_results
        if max_price_per_minute is not UNSET:
            field_dict["MaxPricePerMinute"] = max_price_per_minute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("To")

        from_ = d.pop("From")

        url = d.pop("Url", UNSET)

        twiml = d.pop("Twiml", UNSET)

        application_sid = d.pop("ApplicationSid", UNSET)

        _method = d.pop("Method", UNSET)
        method: HttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = HttpMethod(_method)

        fallback_url = d.pop("FallbackUrl", UNSET)

        _fallback_method = d.pop("FallbackMethod", UNSET)
        fallback_method: HttpMethod | Unset
        if isinstance(_fallback_method, Unset):
            fallback_method = UNSET
        else:
            fallback_method = HttpMethod(_fallback_method)

        status_callback = d.pop("StatusCallback", UNSET)

        _status_callback_event = d.pop("StatusCallbackEvent", UNSET)
        status_callback_event: list[StatusCallbackEvent] | Unset = UNSET
        if _status_callback_event is not UNSET:
            status_callback_event = []
            for status_callback_event_item_data in _status_callback_event:
                status_callback_event_item = StatusCallbackEvent(status_callback_event_item_data)

                status_callback_event.append(status_callback_event_item)

        _status_callback_method = d.pop("StatusCallbackMethod", UNSET)
        status_callback_method: HttpMethod | Unset
        if isinstance(_status_callback_method, Unset):
            status_callback_method = UNSET
        else:
            status_callback_method = HttpMethod(_status_callback_method)

        send_digits = d.pop("SendDigits", UNSET)

        timeout = d.pop("Timeout", UNSET)

        record = d.pop("Record", UNSET)

        _recording_channels = d.pop("RecordingChannels", UNSET)
        recording_channels: RecordingChannels | Unset
        if isinstance(_recording_channels, Unset):
            recording_channels = UNSET
        else:
            recording_channels = RecordingChannels(_recording_channels)

        recording_status_callback = d.pop("RecordingStatusCallback", UNSET)

        _recording_status_callback_method = d.pop("RecordingStatusCallbackMethod", UNSET)
        recording_status_callback_method: HttpMethod | Unset
        if isinstance(_recording_status_callback_method, Unset):
            recording_status_callback_method = UNSET
        else:
            recording_status_callback_method = HttpMethod(_recording_status_callback_method)

        _recording_status_callback_event = d.pop("RecordingStatusCallbackEvent", UNSET)
        recording_status_callback_event: list[RecordingStatusCallbackEvent] | Unset = UNSET
        if _recording_status_callback_event is not UNSET:
            recording_status_callback_event = []
            for recording_status_callback_event_item_data in _recording_status_callback_event:
                recording_status_callback_event_item = RecordingStatusCallbackEvent(
                    recording_status_callback_event_item_data
                )

                recording_status_callback_event.append(recording_status_callback_event_item)

        _recording_track = d.pop("RecordingTrack", UNSET)
        recording_track: RecordingTrack | Unset
        if isinstance(_recording_track, Unset):
            recording_track = UNSET
        else:
            recording_track = RecordingTrack(_recording_track)

        _trim = d.pop("Trim", UNSET)
        trim: Trim | Unset
        if isinstance(_trim, Unset):
            trim = UNSET
        else:
            trim = Trim(_trim)

        sip_auth_username = d.pop("SipAuthUsername", UNSET)

        sip_auth_password = d.pop("SipAuthPassword", UNSET)

        _machine_detection = d.pop("MachineDetection", UNSET)
        machine_detection: MachineDetection | Unset
        if isinstance(_machine_detection, Unset):
            machine_detection = UNSET
        else:
            machine_detection = MachineDetection(_machine_detection)

        machine_detection_timeout = d.pop("MachineDetectionTimeout", UNSET)

        machine_detection_speech_threshold = d.pop("MachineDetectionSpeechThreshold", UNSET)

        machine_detection_speech_end_threshold = d.pop("MachineDetectionSpeechEndThreshold", UNSET)

        machine_detection_silence_timeout = d.pop("MachineDetectionSilenceTimeout", UNSET)

        _async_amd = d.pop("AsyncAmd", UNSET)
        async_amd: AsyncAmd | Unset
        if isinstance(_async_amd, Unset):
            async_amd = UNSET
        else:
            async_amd = AsyncAmd(_async_amd)

        async_amd_status_callback = d.pop("AsyncAmdStatusCallback", UNSET)

        _async_amd_status_callback_method = d.pop("AsyncAmdStatusCallbackMethod", UNSET)
        async_amd_status_callback_method: HttpMethod | Unset
        if isinstance(_async_amd_status_callback_method, Unset):
            async_amd_status_callback_method = UNSET
        else:
            async_amd_status_callback_method = HttpMethod(_async_amd_status_callback_method)

        caller_id = d.pop("CallerId", UNSET)

        call_reason = d.pop("CallReason", UNSET)

        call_token = d.pop("CallToken", UNSET)

        byoc = d.pop("Byoc", UNSET)

        time_limit = d.pop("TimeLimit", UNSET)

        client_notification_url = d.pop("ClientNotificationUrl", UNSET)

        machine_words_threshold = d.pop("MachineWordsThreshold", UNSET)

        async_amd_partial_results = d.pop("AsyncAmdPartialResults", UNSET)

        max_price_per_minute = d.pop("MaxPricePerMinute", UNSET)

        create_call_form = cls(
            to=to,
            from_=from_,
            url=url,
            twiml=twiml,
            application_sid=application_sid,
            method=method,
            fallback_url=fallback_url,
            fallback_method=fallback_method,
            status_callback=status_callback,
            status_callback_event=status_callback_event,
            status_callback_method=status_callback_method,
            send_digits=send_digits,
            timeout=timeout,
            record=record,
            recording_channels=recording_channels,
            recording_status_callback=recording_status_callback,
            recording_status_callback_method=recording_status_callback_method,
            recording_status_callback_event=recording_status_callback_event,
            recording_track=recording_track,
            trim=trim,
            sip_auth_username=sip_auth_username,
            sip_auth_password=sip_auth_password,
            machine_detection=machine_detection,
            machine_detection_timeout=machine_detection_timeout,
            machine_detection_speech_threshold=machine_detection_speech_threshold,
            machine_detection_speech_end_threshold=machine_detection_speech_end_threshold,
            machine_detection_silence_timeout=machine_detection_silence_timeout,
            async_amd=async_amd,
            async_amd_status_callback=async_amd_status_callback,
            async_amd_status_callback_method=async_amd_status_callback_method,
            caller_id=caller_id,
            call_reason=call_reason,
            call_token=call_token,
            byoc=byoc,
            time_limit=time_limit,
            client_notification_url=client_notification_url,
            machine_words_threshold=machine_words_threshold,
            async_amd_partial_results=async_amd_partial_results,
            max_price_per_minute=max_price_per_minute,
        )

        create_call_form.additional_properties = d
        return create_call_form

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
