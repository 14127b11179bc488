# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class RecordingSource(StrEnum):
    CONFERENCE = "Conference"
    DIAL_VERB = "DialVerb"
    OUTBOUND_API = "OutboundAPI"
    RECORD_VERB = "RecordVerb"
    SIGNALWIRE_OUT_BOUND_API = "OutBoundApi"
    SIGNALWIRE_START_CALL_RECORDING_API = "StartCallRecordingApi"
    SIGNALWIRE_START_CONFERENCE_RECORDING = "StartConferenceRecording"
    START_CALL_RECORDING_API = "StartCallRecordingAPI"
    START_CONFERENCE_RECORDING_API = "StartConferenceRecordingAPI"
    TRUNKING = "Trunking"

    def __str__(self) -> str:
        return str(self.value)
