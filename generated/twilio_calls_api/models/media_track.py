# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class MediaTrack(StrEnum):
    BOTH_TRACKS = "both_tracks"
    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"

    def __str__(self) -> str:
        return str(self.value)
