# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from enum import StrEnum


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_DIAL = "outbound-dial"
    TRUNKING_ORIGINATING = "trunking-originating"
    TRUNKING_TERMINATING = "trunking-terminating"

    def __str__(self) -> str:
        return str(self.value)
