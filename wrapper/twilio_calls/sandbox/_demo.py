"""`twilio-calls demo`: one call's whole life against an embedded sandbox, narrated step by step.

Time runs on a ManualClock, so the run is instant and its durations are always the same; the status
callbacks are real HTTP requests to a receiver on 127.0.0.1 and their signatures are checked.
"""

from __future__ import annotations

from collections.abc import Callable

from ..webhooks import validate_signature
from ._clock import ManualClock
from ._lifecycle import Timing
from ._receiver import CallbackReceiver, ReceivedCallback
from ._sandbox import Sandbox

__all__ = ["run_demo"]

TO, FROM = "+15558675310", "+15017122661"
FIRST_TWIML = "<Response><Say>Hello from the sandbox.</Say><Pause length='60'/></Response>"
NEW_TWIML = "<Response><Say>You have been redirected. Goodbye.</Say></Response>"


def run_demo(say: Callable[[str], None]) -> int:
    """Run the demo, writing each line through `say`; returns the exit status."""
    timing = Timing(queue=1, ring=4, talk=None)  # answered calls last until the demo hangs up
    with CallbackReceiver() as receiver, Sandbox(clock=ManualClock(), timing=timing) as sandbox:
        clock = sandbox.clock
        assert isinstance(clock, ManualClock)
        shown = 0

        def callbacks() -> None:
            nonlocal shown
            sandbox.wait_for_callbacks()
            arrived = receiver.wait_for(len(sandbox.callbacks))
            for callback in arrived[shown:]:
                say("    " + _describe(callback, sandbox.auth_token))
            shown = len(arrived)

        say("A call through a local Calls sandbox: no account, nothing leaves this machine.")
        say(f"  sandbox API        {sandbox.url}  (account {sandbox.account_sid})")
        say(f"  status callbacks   {receiver.url}")
        client = sandbox.client()

        call = client.create(
            to=TO,
            from_=FROM,
            twiml=FIRST_TWIML,
            status_callback=receiver.url,
            status_callback_event=["initiated", "ringing", "answered", "completed"],
        )
        sid = call.sid or ""
        say(f"\n1. create      {FROM} -> {TO}: {sid} is {call.status}")

        clock.advance(timing.queue)
        say(f"\n2. +{timing.queue:g} s        leaves the queue and rings: {client.fetch(sid).status}")
        callbacks()

        clock.advance(timing.ring)
        say(f"\n3. +{timing.ring:g} s        the callee answers: {client.fetch(sid).status}")
        callbacks()

        clock.advance(20)
        call = client.redirect(sid, twiml=NEW_TWIML)
        say(f"\n4. +20 s       redirect to new TwiML: still {call.status}")
        first, *redirects = sandbox.instructions(sid)
        say(f"    ran first:   {first}")
        say(f"    runs now:    {redirects[-1]}")

        clock.advance(15)
        call = client.hangup(sid)
        say(f"\n5. +15 s       hang up: {call.status}, {call.duration} s long, price {call.price} {call.price_unit}")
        callbacks()

        client.delete(sid)
        say(f"\n6. delete      the record of {sid} is gone")
    say("\nDone. Run 'twilio-calls sandbox' to keep a sandbox running for your own client.")
    return 0


def _describe(callback: ReceivedCallback, auth_token: str) -> str:
    params = callback.params
    genuine = validate_signature(auth_token, callback.url, params, callback.signature)
    extra = f" CallDuration={params['CallDuration']}" if "CallDuration" in params else ""
    check = "signature valid" if genuine else "SIGNATURE INVALID"
    return (
        f"callback #{params.get('SequenceNumber')}: CallStatus={params.get('CallStatus')}{extra}  "
        f"at {params.get('Timestamp')}  ({check})"
    )
