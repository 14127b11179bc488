"""A local Calls sandbox: Twilio's Calls API on 127.0.0.1, for tests, demos and trying clients out.

    from twilio_calls.sandbox import ManualClock, Sandbox

    with Sandbox(clock=ManualClock()) as sandbox:
        client = sandbox.client()
        call = client.create(to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
        sandbox.clock.advance(1)   # queued -> ringing
        sandbox.advance(call.sid)  # ringing -> in-progress, without waiting

The To number scripts the outcome by its last four digits:

    ...0002  busy        rings, then busy
    ...0003  no-answer   rings for the whole Timeout (60 s unless the create says otherwise)
    ...0004  failed      fails as soon as it leaves the queue
    anything else        answered after `Timing.ring` seconds, completed after `Timing.talk` more

Requests are checked against the curated OpenAPI document and refused with Twilio-style error bodies;
status callbacks go only to loopback URLs and carry an X-Twilio-Signature made with the auth token.
Only the standard library (plus this package's runtime dependencies) is used.
"""

from ._callbacks import Delivery
from ._clock import Clock, ManualClock, SystemClock
from ._lifecycle import OUTCOME_SUFFIXES, Outcome, Timing
from ._receiver import CallbackReceiver, ReceivedCallback
from ._sandbox import Sandbox

__all__ = [
    "OUTCOME_SUFFIXES",
    "CallbackReceiver",
    "Clock",
    "Delivery",
    "ManualClock",
    "Outcome",
    "ReceivedCallback",
    "Sandbox",
    "SystemClock",
    "Timing",
]
