"""A call's whole life through an official SDK, against a running sandbox: `python lifecycle.py twilio|signalwire`.

Runs inside the SDK's own virtual environment (noxfile.py makes it), so it imports only the SDK and the standard
library. The app code below is what an app written with the SDK does; the only change is `connect()`, which
points the SDK's client at the sandbox the way README's "Testing an app written with twilio-python" shows.
Reads SANDBOX_URL (scheme://host:port), SANDBOX_ACCOUNT, SANDBOX_TOKEN, and LIMITED_URL/LIMITED_ACCOUNT/
LIMITED_TOKEN for a second sandbox started with --rate-limit 1. Prints one line per step; exits non-zero on the
first step that does not hold.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

PROVIDER = sys.argv[1]
TO, FROM = "+15558675310", "+15017122661"
NO_ANSWER_TO = "+15558670003"  # the sandbox lets it ring for its whole Timeout: a call that can be canceled
TWIML_URL = "https://example.com/twiml"
TWIML = "<Response><Say>Hello from the SDK contract</Say></Response>"


def connect(url: str, account: str, token: str) -> Any:
    """The only line an app changes: where its SDK client sends requests."""
    if PROVIDER == "twilio":
        from twilio.rest import Client

        client = Client(account, token)
        client.api.base_url = url  # the Api domain's base URL: https://api.twilio.com by default
        return client
    from signalwire.rest import Client as SignalWireClient

    client = SignalWireClient(account, token, signalwire_space_url=url.split("://", 1)[1])
    client.api.base_url = url  # the SDK always writes https:// before the space; the sandbox is plain http
    return client


def rest_exception() -> Any:
    from twilio.base.exceptions import TwilioRestException

    return TwilioRestException


def validator(token: str) -> Any:
    if PROVIDER == "twilio":
        from twilio.request_validator import RequestValidator

        return RequestValidator(token)
    from signalwire.request_validator import RequestValidator as SignalWireValidator

    return SignalWireValidator(token)


class Receiver:
    """A status-callback endpoint on 127.0.0.1 that checks each callback with the SDK's RequestValidator."""

    def __init__(self, token: str) -> None:
        self.received: list[dict[str, str]] = []
        self.invalid: list[dict[str, str]] = []
        self._validator = validator(token)
        self._lock = threading.Condition()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                params = dict(parse_qsl(body, keep_blank_values=True))
                url = f"http://127.0.0.1:{outer.port}{self.path}"
                valid = outer._validator.validate(url, params, self.headers.get("X-Twilio-Signature", ""))
                with outer._lock:
                    (outer.received if valid else outer.invalid).append(params)
                    outer._lock.notify_all()
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/events"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def wait_for(self, predicate: Any, timeout: float = 20.0) -> list[dict[str, str]]:
        with self._lock:
            self._lock.wait_for(lambda: predicate(self.received) or self.invalid, timeout)
            check(not self.invalid, f"every callback passes RequestValidator (failed: {self.invalid[:1]})")
            check(
                predicate(self.received), f"callbacks arrived in time: {[p.get('CallStatus') for p in self.received]}"
            )
            return list(self.received)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def check(condition: object, what: str) -> None:
    if not condition:
        raise SystemExit(f"FAIL [{PROVIDER}] {what}")


def step(what: str) -> None:
    print(f"ok [{PROVIDER}] {what}", flush=True)


def wait_status(client: Any, sid: str, wanted: str, timeout: float = 20.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        call = client.calls(sid).fetch()
        if call.status == wanted or time.monotonic() > deadline:
            check(call.status == wanted, f"call {sid} reaches {wanted} (is {call.status})")
            return call
        time.sleep(0.1)


def refused(action: Any) -> Any:
    try:
        action()
    except rest_exception() as error:
        return error
    check(False, "the request was refused")


def main() -> None:
    env = os.environ
    url, account, token = env["SANDBOX_URL"], env["SANDBOX_ACCOUNT"], env["SANDBOX_TOKEN"]
    client = connect(url, account, token)
    receiver = Receiver(token)
    try:
        lifecycle(client, receiver, account)
    finally:
        receiver.close()
    errors(client, url, account)
    rate_limit(connect(env["LIMITED_URL"], env["LIMITED_ACCOUNT"], env["LIMITED_TOKEN"]))
    print(f"sdk contract [{PROVIDER}]: every step passed", flush=True)


def lifecycle(client: Any, receiver: Receiver, account: str) -> None:
    today = datetime.now(UTC).date()
    call = client.calls.create(
        to=TO,
        from_=FROM,
        url=TWIML_URL,
        status_callback=receiver.url,
        status_callback_event=["initiated", "ringing", "answered", "completed"],
        record=True,
        recording_status_callback_event=["in-progress", "completed"],
    )
    check(call.sid and call.status == "queued" and call.account_sid == account, f"create with url: {call.sid}")
    step(f"create with url, status callbacks, record=True and recording events: {call.sid} {call.status}")

    if PROVIDER == "twilio":
        inline = client.calls.create(to=TO, from_=FROM, twiml=TWIML)
        check(inline.status == "queued", "create with twiml")
        step(f"create with twiml: {inline.sid}")
    else:
        # SignalWire's create documents Url or ApplicationSid and no Twiml (requests.tsp has Laml commented out),
        # so its sandbox refuses the unknown parameter, in create's documented {"errors": [...]} shape.
        error = refused(lambda: client.calls.create(to=TO, from_=FROM, twiml=TWIML))
        body = json.loads(client.http_client.last_response.text)
        check(error.status == 400 and "Twiml" in body["errors"][0]["message"], f"twiml refused: {body}")
        step("create with twiml: refused as SignalWire documents (no Twiml parameter)")

    fetched = wait_status(client, call.sid, "in-progress")
    check(fetched.to == TO and fetched.sid == call.sid, "fetch")
    step(f"fetch: {fetched.status}, to {fetched.to}")

    if PROVIDER == "twilio":
        redirected = client.calls(call.sid).update(twiml=TWIML)
    else:
        redirected = client.calls(call.sid).update(url=TWIML_URL + "/hold", method="POST")
    check(redirected.status == "in-progress", "redirect")
    step("redirect a live call")

    ended = client.calls(call.sid).update(status="completed")
    check(ended.status == "completed", f"hangup: {ended.status}")
    step(f"hangup: {ended.status}")
    got = receiver.wait_for(lambda got: any(p["CallStatus"] == "completed" for p in got))
    statuses = [p["CallStatus"] for p in got if p["CallSid"] == call.sid]
    check(statuses == ["initiated", "ringing", "in-progress", "completed"], f"callbacks in order: {statuses}")
    last = [p for p in got if p["CallSid"] == call.sid][-1]
    check(last["CallDuration"].isdigit() and last["SipResponseCode"] == "200" and "CallerCity" in last, f"{last}")
    step(f"status callbacks, each valid by RequestValidator: {statuses}")

    ringing = client.calls.create(to=NO_ANSWER_TO, from_=FROM, url=TWIML_URL)
    wait_status(client, ringing.sid, "ringing")
    canceled = client.calls(ringing.sid).update(status="canceled")
    check(canceled.status == "canceled", f"cancel: {canceled.status}")
    step("cancel a ringing call")

    completed = client.calls.list(status="completed", to=TO)
    check([c.sid for c in completed] == [call.sid], f"list status+to: {[c.sid for c in completed]}")
    on_today = [c.sid for c in client.calls.list(start_time=today)]
    check(call.sid in on_today, f"list start_time=date: {on_today}")
    after = [c.sid for c in client.calls.list(start_time_after=today, status="completed")]
    check(after == [call.sid], f"start_time_after=date: {after}")
    before = [c.sid for c in client.calls.list(start_time_before=date(2000, 1, 1))]
    check(before == [], f"start_time_before=date(2000, 1, 1): {before}")
    step(f"filtered lists: status+to {len(completed)}, start_time={today} {len(on_today)}")

    made = [client.calls.create(to=TO, from_=FROM, url=TWIML_URL).sid for _ in range(3)]
    page = client.calls.page(page_size=2, to=TO)
    first = [c.sid for c in page]
    second_page = page.next_page()
    second = [c.sid for c in second_page]
    check(first == made[::-1][:2] and second[:1] == made[:1], f"next_page(): {first} {second}")
    again = client.calls.get_page(page.next_page_url)
    check([c.sid for c in again] == second, "get_page(next_page_url)")
    every = [c.sid for c in client.calls.stream(page_size=2)]
    check(len(every) == len(set(every)) and set(made) <= set(every), "stream() through every page")
    step(f"paging: next_page() and get_page(), {len(every)} calls over pages of 2")

    client.calls(ringing.sid).delete()
    gone = refused(lambda: client.calls(ringing.sid).fetch())
    check(gone.status == 404 and gone.code == 20404, f"deleted call: {gone.status} {gone.code}")
    step("delete, then fetch is 404 / 20404")


def errors(client: Any, url: str, account: str) -> None:
    unknown = "CA" + "0" * 32 if PROVIDER == "twilio" else "00000000-0000-4000-8000-000000000000"
    missing = refused(lambda: client.calls(unknown).fetch())
    check(missing.status == 404 and missing.code == 20404, f"unknown call: {missing.status} {missing.code}")
    step("unknown call: 404 / 20404")

    wrong = connect(url, account, "not-the-token")
    # A fetch: the SDK raises TwilioRestException (with the code) there; a refused page is a plain TwilioException.
    denied = refused(lambda: wrong.calls(unknown).fetch())
    check(denied.status == 401 and denied.code == 20003, f"bad credentials: {denied.status} {denied.code}")
    step("bad credentials: 401 / 20003")

    no_to = refused(lambda: client.calls.create(to="", from_=FROM, url=TWIML_URL))
    if PROVIDER == "twilio":
        check(no_to.status == 400 and no_to.code == 21201, f"missing To: {no_to.status} {no_to.code}")
    else:
        # SignalWire documents create's 400 as {"errors": [{"code": "21201", ...}]}: the SDK reads no top-level
        # code there and reports the HTTP status as the code; the body has the documented one.
        body = json.loads(client.http_client.last_response.text)
        check(no_to.status == 400 and body["errors"][0]["code"] == "21201", f"missing To: {body}")
    step("missing To: 400 / 21201")

    bad_timeout = refused(lambda: client.calls.create(to=TO, from_=FROM, url=TWIML_URL, timeout=-5))
    check(bad_timeout.status == 400, f"bad Timeout: {bad_timeout.status}")
    live = client.calls.create(to=TO, from_=FROM, url=TWIML_URL)
    not_live = refused(lambda: client.calls(live.sid).update(url=TWIML_URL))
    check(not_live.status == 400 and not_live.code == 21220, f"redirect before answer: {not_live.code}")
    client.calls(live.sid).update(status="canceled")
    step("other 400s: bad Timeout, redirect before answer is 21220")


def rate_limit(limited: Any) -> None:
    errors_seen = []
    for _ in range(10):
        try:
            limited.calls.create(to=TO, from_=FROM, url=TWIML_URL)
        except rest_exception() as error:
            errors_seen.append(error)
            break
    check(errors_seen and errors_seen[0].status == 429, "rate limit answered with 429")
    check(errors_seen[0].code == 20429, f"429's code: {errors_seen[0].code}")
    step("rate limit: 429 / 20429")


if __name__ == "__main__":
    main()
