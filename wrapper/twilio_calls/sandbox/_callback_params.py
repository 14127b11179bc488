"""The form parameters of one status callback: Twilio's documented set, as its status callbacks carry them.

Twilio's create-call reference ("StatusCallback" and the voice webhook's request parameters) lists what every
callback has (CallSid, AccountSid, From, To, CallStatus, ApiVersion, Direction, ForwardedFrom, CallerName,
ParentCallSid, Caller and Called with their City/State/Zip/Country, From* and To* the same), what the status
callback adds (Timestamp, SequenceNumber, CallbackSource, CallDuration on completion) and SipResponseCode on an
outbound call that ended. The sandbox knows no carrier or geography, so the fields Twilio fills "when it can"
(location, caller name, forwarding) are sent empty, as Twilio sends them when it has nothing, rather than left
out: an app reading them gets the key it would get live.
"""

from __future__ import annotations

from datetime import datetime

from ._lifecycle import CallRecord
from ._render import API_VERSION, rfc2822

__all__ = ["callback_params"]

# The CallStatus a callback reports for each event; an ending reports the call's own final status.
_EVENT_STATUS = {"initiated": "initiated", "ringing": "ringing", "answered": "in-progress"}
# The SIP final response behind each ending (RFC 3261 codes as Twilio reports them: 487 for a call the caller
# gave up on or that rang out, 404 for a number that could not be reached).
_SIP_CODES = {"completed": "200", "busy": "486", "no-answer": "487", "canceled": "487", "failed": "404"}
_PLACES = ("City", "State", "Zip", "Country")


def callback_params(call: CallRecord, event: str, at: datetime) -> dict[str, str]:
    """Every parameter of the callback for `event` ("initiated", "ringing", "answered", "completed")."""
    status = _EVENT_STATUS.get(event, call.status)
    params = {
        "CallSid": call.sid,
        "AccountSid": call.account_sid,
        "From": call.from_,
        "To": call.to,
        "Caller": call.from_,
        "Called": call.to,
        "CallStatus": status,
        "Direction": "outbound-api",
        "ApiVersion": API_VERSION,
        "ForwardedFrom": "",
        "CallerName": "",
        "ParentCallSid": "",
        "Timestamp": rfc2822(at),
        "SequenceNumber": str(call.callback_sequence),
        "CallbackSource": "call-progress-events",
    }
    for party in ("Caller", "Called", "From", "To"):
        for place in _PLACES:
            params[party + place] = ""
    if event == "answered" and call.answered_by:
        params["AnsweredBy"] = call.answered_by
    if event == "completed":
        params["CallDuration"] = str(call.duration or 0)
        params["SipResponseCode"] = _SIP_CODES.get(status, "200")
    return params
