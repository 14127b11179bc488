"""Who a call can be placed to: the forms of `To` the document names (a phone number in E.164 form, a SIP
address, `client:name`), checked as Twilio checks them, with its 21211 for anything else."""

from __future__ import annotations

import re

from . import _errors as codes
from ._errors import invalid

__all__ = ["require_callable"]

# Lenient where real apps are: a leading + is optional and spaces, dots, dashes and brackets between the
# digits are ignored, as Twilio normalises a number; E.164 allows at most 15 digits.
_PHONE = re.compile(r"\+?[0-9]{3,15}")
_SEPARATORS = re.compile(r"[\s().-]")
_SIP = re.compile(r"sips?:[^\s@]+@[^\s@]+", re.IGNORECASE)
_CLIENT = re.compile(r"client:\S+", re.IGNORECASE)


def require_callable(to: str) -> None:
    """Raise Twilio's 21211 unless `to` is a phone number, a SIP address or a client identifier."""
    if _SIP.fullmatch(to) or _CLIENT.fullmatch(to) or _PHONE.fullmatch(_SEPARATORS.sub("", to)):
        return
    raise invalid(
        codes.INVALID_TO,
        f"The 'To' number {to[:60]!r} is not a valid phone number, SIP address (sip:user@host) "
        "or client identifier (client:name)",
    )
