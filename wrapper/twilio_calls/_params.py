"""Keyword arguments of create() and update(), checked and turned into the generated form models.

The TypedDicts give both clients one typed signature (`**params: Unpack[CreateCallParams]`) instead of two
copies of forty keyword arguments. Each key is the generated model's attribute name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Required, TypedDict

from twilio_calls_api.models import (
    AsyncAmd,
    CreateCallForm,
    HttpMethod,
    MachineDetection,
    RecordingChannels,
    RecordingStatusCallbackEvent,
    RecordingTrack,
    StatusCallbackEvent,
    Trim,
    UpdateCallForm,
    UpdateStatus,
)

from . import _validation as v
from ._exceptions import ValidationError


class UpdateCallParams(TypedDict, total=False):
    url: str
    twiml: str
    method: HttpMethod | str
    status: UpdateStatus | str
    fallback_url: str
    fallback_method: HttpMethod | str
    status_callback: str
    status_callback_method: HttpMethod | str
    time_limit: int


class CreateCallParams(TypedDict, total=False):
    to: Required[str]
    from_: Required[str]
    url: str
    twiml: str
    application_sid: str
    method: HttpMethod | str
    fallback_url: str
    fallback_method: HttpMethod | str
    status_callback: str
    status_callback_event: Sequence[StatusCallbackEvent | str]
    status_callback_method: HttpMethod | str
    send_digits: str
    timeout: int
    record: bool
    recording_channels: RecordingChannels | str
    recording_status_callback: str
    recording_status_callback_method: HttpMethod | str
    recording_status_callback_event: Sequence[RecordingStatusCallbackEvent | str]
    recording_track: RecordingTrack | str
    trim: Trim | str
    sip_auth_username: str
    sip_auth_password: str
    machine_detection: MachineDetection | str
    machine_detection_timeout: int
    machine_detection_speech_threshold: int
    machine_detection_speech_end_threshold: int
    machine_detection_silence_timeout: int
    async_amd: bool
    async_amd_status_callback: str
    async_amd_status_callback_method: HttpMethod | str
    caller_id: str
    call_reason: str
    call_token: str
    byoc: str
    time_limit: int
    client_notification_url: str


Check = Callable[[object, str], object]


def _enum(enum: Any) -> Check:
    return lambda value, name: v.check_enum(value, enum, name)


def _enums(enum: Any) -> Check:
    return lambda value, name: v.check_enum_list(value, enum, name)


def _range(low: int | None, high: int | None) -> Check:
    return lambda value, name: v.check_int(value, name, low, high)


def _sid(prefix: str) -> Check:
    return lambda value, name: v.check_sid(value, name, prefix)


def _async_amd(value: object, name: str) -> AsyncAmd:
    return AsyncAmd.TRUE if v.check_bool(value, name) else AsyncAmd.FALSE


def _text(value: object, name: str) -> str:
    return v.check_str(value, name)


def _twiml(value: object, name: str) -> str:
    return v.check_str(value, name, max_length=v.TWIML_MAX)


_method = _enum(HttpMethod)

# One check per parameter; ranges are the documented ones (see openapi/calls.yaml).
UPDATE_CHECKS: dict[str, Check] = {
    "url": v.check_url,
    "twiml": _twiml,
    "method": _method,
    "status": _enum(UpdateStatus),
    "fallback_url": v.check_url,
    "fallback_method": _method,
    "status_callback": v.check_url,
    "status_callback_method": _method,
    "time_limit": _range(1, None),
}

CREATE_CHECKS: dict[str, Check] = {
    **{key: check for key, check in UPDATE_CHECKS.items() if key != "status"},
    "to": _text,
    "from_": _text,
    "application_sid": _sid("AP"),
    "status_callback_event": _enums(StatusCallbackEvent),
    "send_digits": v.check_send_digits,
    "timeout": _range(1, 600),
    "record": v.check_bool,
    "recording_channels": _enum(RecordingChannels),
    "recording_status_callback": v.check_url,
    "recording_status_callback_method": _method,
    "recording_status_callback_event": _enums(RecordingStatusCallbackEvent),
    "recording_track": _enum(RecordingTrack),
    "trim": _enum(Trim),
    "sip_auth_username": _text,
    "sip_auth_password": _text,
    "machine_detection": _enum(MachineDetection),
    "machine_detection_timeout": _range(3, 59),
    "machine_detection_speech_threshold": _range(1000, 6000),
    "machine_detection_speech_end_threshold": _range(500, 5000),
    "machine_detection_silence_timeout": _range(2000, 10000),
    "async_amd": _async_amd,
    "async_amd_status_callback": v.check_url,
    "async_amd_status_callback_method": _method,
    "caller_id": _text,
    "call_reason": _text,
    "call_token": _text,
    "byoc": _sid("BY"),
    "client_notification_url": v.check_url,
}


def _checked(params: Mapping[str, object], checks: Mapping[str, Check]) -> dict[str, Any]:
    unknown = sorted(set(params) - set(checks))
    if unknown:
        raise ValidationError(unknown[0], f"not a parameter of this operation (expected one of {sorted(checks)})")
    # None means "not given", so callers can pass optional values straight through.
    return {name: checks[name](value, name) for name, value in params.items() if value is not None}


def _exactly_one(values: Mapping[str, object], names: Sequence[str], operation: str) -> None:
    given = [name for name in names if values.get(name) is not None]
    if len(given) != 1:
        listed = ", ".join(names[:-1]) + " or " + names[-1]
        found = f"got {' and '.join(given)}" if given else "got none"
        raise ValidationError(" / ".join(names), f"{operation} needs exactly one of {listed}; {found}")


def create_form(params: Mapping[str, object]) -> CreateCallForm:
    for required in ("to", "from_"):
        if params.get(required) is None:
            raise ValidationError(required, "is required")
    _exactly_one(params, ("url", "twiml", "application_sid"), "create")
    return CreateCallForm(**_checked(params, CREATE_CHECKS))


def update_form(params: Mapping[str, object]) -> UpdateCallForm:
    values = _checked(params, UPDATE_CHECKS)
    if not values:
        raise ValidationError("params", "update needs at least one parameter")
    if "url" in values and "twiml" in values:
        raise ValidationError("url / twiml", "give url or twiml, not both")
    return UpdateCallForm(**values)


def is_redirect(form: UpdateCallForm) -> bool:
    """A redirect restarts the call's TwiML: sending it twice is not harmless, unlike ending a call."""
    return isinstance(form.url, str) or isinstance(form.twiml, str)
