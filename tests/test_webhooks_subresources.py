"""The typed parsers of recording and stream status callbacks (twilio_calls.webhooks)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from twilio_calls import ValidationError
from twilio_calls.webhooks import parse_recording_status_callback, parse_stream_status_callback
from twilio_calls_api.models import RecordingSource, RecordingStatus, RecordingTrack

CA = "CA" + "1" * 32
RE = "RE" + "2" * 32
MZ = "MZ" + "3" * 32


def test_a_recording_callback_is_read_into_typed_fields() -> None:
    event = parse_recording_status_callback(
        {
            "AccountSid": "AC" + "0" * 32,
            "CallSid": CA,
            "RecordingSid": RE,
            "RecordingStatus": "absent",
            "RecordingUrl": "https://api.twilio.com/2010-04-01/Accounts/AC/Recordings/RE",
            "RecordingDuration": "0",
            "RecordingChannels": "2",
            "RecordingSource": "StartCallRecordingAPI",
            "RecordingTrack": "both",
            "RecordingStartTime": "Mon, 07 Jan 2030 09:00:00 +0000",
            "ErrorCode": "16101",
            "Custom": "kept",
        }
    )
    assert event.call_sid == CA and event.recording_sid == RE
    assert event.recording_status is RecordingStatus.ABSENT
    assert event.recording_source is RecordingSource.START_CALL_RECORDING_API
    assert event.recording_track is RecordingTrack.BOTH
    assert event.recording_duration == 0 and event.recording_channels == 2 and event.error_code == 16101
    assert event.recording_start_time == datetime(2030, 1, 7, 9, 0, tzinfo=UTC)
    assert dict(event.extra) == {"Custom": "kept"}


def test_a_recording_callback_keeps_new_values_and_drops_garbled_numbers() -> None:
    event = parse_recording_status_callback(
        [("CallSid", CA), ("RecordingSid", RE), ("RecordingStatus", "failed"), ("RecordingDuration", "4s")]
    )
    assert event.recording_status == "failed" and not isinstance(event.recording_status, RecordingStatus)
    assert event.recording_duration is None and event.recording_start_time is None
    assert event.raw == (
        ("CallSid", CA),
        ("RecordingSid", RE),
        ("RecordingStatus", "failed"),
        ("RecordingDuration", "4s"),
    )


@pytest.mark.parametrize("missing", ["CallSid", "RecordingSid"])
def test_a_form_without_its_sids_is_not_a_recording_callback(missing: str) -> None:
    form = {"CallSid": CA, "RecordingSid": RE}
    form[missing] = ""
    with pytest.raises(ValidationError) as refused:
        parse_recording_status_callback(form)
    assert refused.value.parameter == missing


def test_a_stream_callback_is_read_into_typed_fields() -> None:
    event = parse_stream_status_callback(
        {
            "AccountSid": "AC" + "0" * 32,
            "CallSid": CA,
            "StreamSid": MZ,
            "StreamName": "bot",
            "StreamEvent": "stream-error",
            "StreamError": "connection_refused",
            "Timestamp": "2030-01-07T09:00:05.250Z",
            "StreamTrack": "inbound_track",
        }
    )
    assert event.stream_sid == MZ and event.stream_name == "bot"
    assert event.stream_event == "stream-error" and event.stream_error == "connection_refused"
    assert event.timestamp == datetime(2030, 1, 7, 9, 0, 5, 250000, tzinfo=UTC)
    assert dict(event.extra) == {"StreamTrack": "inbound_track"}
    with pytest.raises(ValidationError) as refused:
        parse_stream_status_callback({"CallSid": CA})
    assert refused.value.parameter == "StreamSid"
    with pytest.raises(TypeError):
        parse_stream_status_callback("CallSid=CA")  # type: ignore[arg-type]
