# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Calls: Outbound and inbound phone calls."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Unpack, cast

from ..runtime import NOT_GIVEN, NotGiven, Page

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner, Timeout
    from ..surface import CallFields, CreateCallParams, ListCallsParams, UpdateCallParams


class Calls:
    """Calls: Outbound and inbound phone calls.

    Reached as `client.calls`. Each method checks its arguments by the client's provider's rules
    before anything is sent, and raises the client's typed errors.
    """

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create(
        self, *, request_timeout: Timeout | NotGiven = NOT_GIVEN, **params: Unpack[CreateCallParams]
    ) -> CallFields:
        """Place a new outbound call.

        Keyword arguments (from the API document):
            to (str; required):
                Who is called - a phone number in E.164 form, a SIP address or `client:name`.
            from_ (str; required):
                The caller ID: a number of the account or a verified caller ID; a phone number whenever To is one.
            url (str):
                Where the TwiML that runs once the call connects is fetched from.
            twiml (str; twilio only; at most 4000 characters):
                The TwiML to run, given inline instead of Url.
            application_sid (str; twilio: at most 34 characters, matches ^AP[0-9a-fA-F]{32}$; signalwire: at most 36 characters, matches ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$):
                An application whose voice settings handle the call, instead of Url or Twiml.
            method (HttpMethod | str):
                How Url is requested (POST by default).
            fallback_url (str):
                Requested instead when fetching or running the TwiML at Url fails.
            fallback_method (HttpMethod | str):
                How FallbackUrl is requested.
            status_callback (str):
                Receives the call's progress events (only `completed` unless StatusCallbackEvent says more).
            status_callback_event (Sequence[StatusCallbackEvent | str]; twilio: one of initiated, ringing, answered, completed; signalwire: every value):
                Which progress events go to StatusCallback; one form key per event.
            status_callback_method (HttpMethod | str):
                How StatusCallback is requested.
            send_digits (str; twilio: at most 32 characters, matches ^[0-9A-D#*wW]*$; signalwire: at most 32 characters, matches ^[0-9#*wW]{1,32}$):
                Keys pressed once the call connects - digits, the letters A to D, `#`, `*`, `w` for a half-second pause and `W` for a one-second pause; at most 32 (Twilio: twilio-oai 2.6.7 CreateCall SendDigits, widened to A-D and W in 2.3.0; SignalWire's compatibility openapi.yaml allows only digits, # * w W).
            timeout (int; 1 <= value <= 600):
                Seconds to let the phone ring before giving up as no-answer (60 by default).
            record (bool):
                Whether to record the whole call.
            recording_channels (RecordingChannels | str):
                Channel layout of the recording.
            recording_status_callback (str):
                Told when the recording changes state.
            recording_status_callback_method (HttpMethod | str):
                How RecordingStatusCallback is requested.
            recording_status_callback_event (Sequence[RecordingStatusCallbackEvent | str]):
                Which recording events go to RecordingStatusCallback (`completed` by default).
            recording_track (RecordingTrack | str):
                Which audio is recorded.
            trim (Trim | str):
                Whether leading and trailing silence is cut from the recording.
            sip_auth_username (str):
                User name for a SIP destination that asks for authentication.
            sip_auth_password (str):
                Password for a SIP destination that asks for authentication.
            machine_detection (MachineDetection | str; twilio: one of Enable, DetectMessageEnd; signalwire: every value):
                Turns on answering machine detection. Ignored when SendDigits is given.
            machine_detection_timeout (int; twilio: 3 <= value <= 59; signalwire: 1 <= value <= 120):
                Seconds allowed for detection before AnsweredBy is reported as unknown (30 by default); 3 to 59 (Twilio's answering machine detection guide; twilio-oai 2.6.7 states no bound).
            machine_detection_speech_threshold (int; 1000 <= value <= 6000):
                Milliseconds of speech separating a human (shorter) from a machine (longer); 2400 by default.
            machine_detection_speech_end_threshold (int; 500 <= value <= 5000):
                Milliseconds of silence after speech that end the speech; 1200 by default.
            machine_detection_silence_timeout (int; 2000 <= value <= 10000):
                Milliseconds of silence at the start after which AnsweredBy is unknown; 5000 by default.
            async_amd (AsyncAmd | bool | str):
                `true` runs detection in the background instead of holding the TwiML until it finishes.
            async_amd_status_callback (str):
                Told the detection result when AsyncAmd is `true`.
            async_amd_status_callback_method (HttpMethod | str):
                How AsyncAmdStatusCallback is requested.
            caller_id (str):
                The caller ID shown for a SIP or client call.
            call_reason (str; twilio only):
                Why the call is placed, shown on the callee's phone where branded calling is available.
            call_token (str; twilio only):
                The call_token of an incoming call, passed on so a forwarded call may keep its caller ID.
            byoc (str; twilio only; at most 34 characters; matches ^BY[0-9a-fA-F]{32}$):
                A Bring-Your-Own-Carrier trunk to route the call through (phone numbers only).
            time_limit (int; twilio only; 1 <= value):
                The longest the call may last, in seconds.
            client_notification_url (str; twilio only):
                Where to send the push notification for a call to a Voice SDK client.
            machine_words_threshold (int; signalwire only; 1 <= value <= 100):
                How many words of the greeting make the answer a machine (6 by default); 1 to 100 (SignalWire: requests.tsp MachineWordsThreshold).
            async_amd_partial_results (bool; signalwire only):
                Whether interim detection results are also sent to AsyncAmdStatusCallback (false by default) (SignalWire: requests.tsp AsyncAmdPartialResults).
            max_price_per_minute (Decimal | int | str; signalwire only; matches ^\\d+\\.?\\d{0,4}$):
                The most, in US dollars per minute, the call may cost; a call that would cost more is refused with error 30010. Decimal text with at most four places, such as "0.0075" (SignalWire: openapi.yaml MaxPricePerMinute pattern).
        Exactly one of url, twiml, application_sid must be given."""
        result = self._runner._run_operation("create_call", (), params, request_timeout)
        return cast("CallFields", result)

    def list(
        self,
        *,
        limit: int | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallsParams],
    ) -> Iterator[CallFields]:
        """List calls, newest first, one page at a time.

        Keyword arguments (from the API document):
            to (str):
                Only calls to this phone number, SIP address or client identifier.
            from_ (str):
                Only calls from this phone number, SIP address or client identifier.
            parent_call_sid (str; twilio: at most 34 characters, matches ^CA[0-9a-fA-F]{32}$; signalwire: at most 36 characters, matches ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$):
                Only the child legs of this call.
            status (CallStatus | str):
                Only calls currently in this state.
            started_on (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that started on this day (or at this instant).
            ended_on (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that ended on this day (or at this instant).
            started_before (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that started on or before this day or instant.
            ended_before (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that ended on or before this day or instant.
            started_after (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that started on or after this day or instant.
            ended_after (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that ended on or after this day or instant.
            page_size (int; 1 <= value <= 1000):
                How many calls one page holds.

        Lazy: pages are requested as the iteration reaches them, and at most `limit` items are returned.
        """
        return self._runner._iterate_operation("list_calls", (), filters, limit, request_timeout)

    def list_page(
        self,
        *,
        page_token: str | None = None,
        page_url: str | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallsParams],
    ) -> Page[CallFields]:
        """One page of calls and a token for the next (pass it back with the same filters)."""
        page = self._runner._page_operation("list_calls", (), page_token, page_url, filters, request_timeout)
        return cast("Page[CallFields]", page)

    def fetch(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> CallFields:
        """Read one call."""
        result = self._runner._run_operation("fetch_call", (sid,), {}, request_timeout)
        return cast("CallFields", result)

    def update(
        self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN, **params: Unpack[UpdateCallParams]
    ) -> CallFields:
        """Redirect a live call to new TwiML, or end it.

        Keyword arguments (from the API document):
            url (str):
                Fetch new TwiML from here and run it now.
            twiml (str; twilio only; at most 4000 characters):
                Run this TwiML now, instead of fetching it from Url.
            method (HttpMethod | str):
                How Url is requested.
            status (UpdateStatus | str):
                Ends the call; see UpdateStatus for the difference between the two values.
            fallback_url (str):
                Requested instead when fetching or running the TwiML at Url fails.
            fallback_method (HttpMethod | str):
                How FallbackUrl is requested.
            status_callback (str):
                Receives the call's progress events from now on.
            status_callback_method (HttpMethod | str):
                How StatusCallback is requested.
            time_limit (int; twilio only; 1 <= value):
                The longest the call may last from now, in seconds."""
        result = self._runner._run_operation("update_call", (sid,), params, request_timeout)
        return cast("CallFields", result)

    def delete(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> None:
        """Remove a finished call's record."""
        self._runner._run_operation("delete_call", (sid,), {}, request_timeout)


class AsyncCalls:
    """Calls (asyncio): Outbound and inbound phone calls.

    Reached as `client.calls`. Each method checks its arguments by the client's provider's rules
    before anything is sent, and raises the client's typed errors.
    """

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create(
        self, *, request_timeout: Timeout | NotGiven = NOT_GIVEN, **params: Unpack[CreateCallParams]
    ) -> CallFields:
        """Place a new outbound call.

        Keyword arguments (from the API document):
            to (str; required):
                Who is called - a phone number in E.164 form, a SIP address or `client:name`.
            from_ (str; required):
                The caller ID: a number of the account or a verified caller ID; a phone number whenever To is one.
            url (str):
                Where the TwiML that runs once the call connects is fetched from.
            twiml (str; twilio only; at most 4000 characters):
                The TwiML to run, given inline instead of Url.
            application_sid (str; twilio: at most 34 characters, matches ^AP[0-9a-fA-F]{32}$; signalwire: at most 36 characters, matches ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$):
                An application whose voice settings handle the call, instead of Url or Twiml.
            method (HttpMethod | str):
                How Url is requested (POST by default).
            fallback_url (str):
                Requested instead when fetching or running the TwiML at Url fails.
            fallback_method (HttpMethod | str):
                How FallbackUrl is requested.
            status_callback (str):
                Receives the call's progress events (only `completed` unless StatusCallbackEvent says more).
            status_callback_event (Sequence[StatusCallbackEvent | str]; twilio: one of initiated, ringing, answered, completed; signalwire: every value):
                Which progress events go to StatusCallback; one form key per event.
            status_callback_method (HttpMethod | str):
                How StatusCallback is requested.
            send_digits (str; twilio: at most 32 characters, matches ^[0-9A-D#*wW]*$; signalwire: at most 32 characters, matches ^[0-9#*wW]{1,32}$):
                Keys pressed once the call connects - digits, the letters A to D, `#`, `*`, `w` for a half-second pause and `W` for a one-second pause; at most 32 (Twilio: twilio-oai 2.6.7 CreateCall SendDigits, widened to A-D and W in 2.3.0; SignalWire's compatibility openapi.yaml allows only digits, # * w W).
            timeout (int; 1 <= value <= 600):
                Seconds to let the phone ring before giving up as no-answer (60 by default).
            record (bool):
                Whether to record the whole call.
            recording_channels (RecordingChannels | str):
                Channel layout of the recording.
            recording_status_callback (str):
                Told when the recording changes state.
            recording_status_callback_method (HttpMethod | str):
                How RecordingStatusCallback is requested.
            recording_status_callback_event (Sequence[RecordingStatusCallbackEvent | str]):
                Which recording events go to RecordingStatusCallback (`completed` by default).
            recording_track (RecordingTrack | str):
                Which audio is recorded.
            trim (Trim | str):
                Whether leading and trailing silence is cut from the recording.
            sip_auth_username (str):
                User name for a SIP destination that asks for authentication.
            sip_auth_password (str):
                Password for a SIP destination that asks for authentication.
            machine_detection (MachineDetection | str; twilio: one of Enable, DetectMessageEnd; signalwire: every value):
                Turns on answering machine detection. Ignored when SendDigits is given.
            machine_detection_timeout (int; twilio: 3 <= value <= 59; signalwire: 1 <= value <= 120):
                Seconds allowed for detection before AnsweredBy is reported as unknown (30 by default); 3 to 59 (Twilio's answering machine detection guide; twilio-oai 2.6.7 states no bound).
            machine_detection_speech_threshold (int; 1000 <= value <= 6000):
                Milliseconds of speech separating a human (shorter) from a machine (longer); 2400 by default.
            machine_detection_speech_end_threshold (int; 500 <= value <= 5000):
                Milliseconds of silence after speech that end the speech; 1200 by default.
            machine_detection_silence_timeout (int; 2000 <= value <= 10000):
                Milliseconds of silence at the start after which AnsweredBy is unknown; 5000 by default.
            async_amd (AsyncAmd | bool | str):
                `true` runs detection in the background instead of holding the TwiML until it finishes.
            async_amd_status_callback (str):
                Told the detection result when AsyncAmd is `true`.
            async_amd_status_callback_method (HttpMethod | str):
                How AsyncAmdStatusCallback is requested.
            caller_id (str):
                The caller ID shown for a SIP or client call.
            call_reason (str; twilio only):
                Why the call is placed, shown on the callee's phone where branded calling is available.
            call_token (str; twilio only):
                The call_token of an incoming call, passed on so a forwarded call may keep its caller ID.
            byoc (str; twilio only; at most 34 characters; matches ^BY[0-9a-fA-F]{32}$):
                A Bring-Your-Own-Carrier trunk to route the call through (phone numbers only).
            time_limit (int; twilio only; 1 <= value):
                The longest the call may last, in seconds.
            client_notification_url (str; twilio only):
                Where to send the push notification for a call to a Voice SDK client.
            machine_words_threshold (int; signalwire only; 1 <= value <= 100):
                How many words of the greeting make the answer a machine (6 by default); 1 to 100 (SignalWire: requests.tsp MachineWordsThreshold).
            async_amd_partial_results (bool; signalwire only):
                Whether interim detection results are also sent to AsyncAmdStatusCallback (false by default) (SignalWire: requests.tsp AsyncAmdPartialResults).
            max_price_per_minute (Decimal | int | str; signalwire only; matches ^\\d+\\.?\\d{0,4}$):
                The most, in US dollars per minute, the call may cost; a call that would cost more is refused with error 30010. Decimal text with at most four places, such as "0.0075" (SignalWire: openapi.yaml MaxPricePerMinute pattern).
        Exactly one of url, twiml, application_sid must be given."""
        result = await self._runner._run_operation("create_call", (), params, request_timeout)
        return cast("CallFields", result)

    def list(
        self,
        *,
        limit: int | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallsParams],
    ) -> AsyncIterator[CallFields]:
        """List calls, newest first, one page at a time.

        Keyword arguments (from the API document):
            to (str):
                Only calls to this phone number, SIP address or client identifier.
            from_ (str):
                Only calls from this phone number, SIP address or client identifier.
            parent_call_sid (str; twilio: at most 34 characters, matches ^CA[0-9a-fA-F]{32}$; signalwire: at most 36 characters, matches ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$):
                Only the child legs of this call.
            status (CallStatus | str):
                Only calls currently in this state.
            started_on (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that started on this day (or at this instant).
            ended_on (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that ended on this day (or at this instant).
            started_before (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that started on or before this day or instant.
            ended_before (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that ended on or before this day or instant.
            started_after (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that started on or after this day or instant.
            ended_after (date | str; twilio: no limit; signalwire: matches ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$):
                Only calls that ended on or after this day or instant.
            page_size (int; 1 <= value <= 1000):
                How many calls one page holds.

        Lazy: pages are requested as the iteration reaches them, and at most `limit` items are returned.
        """
        return self._runner._iterate_operation("list_calls", (), filters, limit, request_timeout)

    async def list_page(
        self,
        *,
        page_token: str | None = None,
        page_url: str | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallsParams],
    ) -> Page[CallFields]:
        """One page of calls and a token for the next (pass it back with the same filters)."""
        page = await self._runner._page_operation("list_calls", (), page_token, page_url, filters, request_timeout)
        return cast("Page[CallFields]", page)

    async def fetch(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> CallFields:
        """Read one call."""
        result = await self._runner._run_operation("fetch_call", (sid,), {}, request_timeout)
        return cast("CallFields", result)

    async def update(
        self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN, **params: Unpack[UpdateCallParams]
    ) -> CallFields:
        """Redirect a live call to new TwiML, or end it.

        Keyword arguments (from the API document):
            url (str):
                Fetch new TwiML from here and run it now.
            twiml (str; twilio only; at most 4000 characters):
                Run this TwiML now, instead of fetching it from Url.
            method (HttpMethod | str):
                How Url is requested.
            status (UpdateStatus | str):
                Ends the call; see UpdateStatus for the difference between the two values.
            fallback_url (str):
                Requested instead when fetching or running the TwiML at Url fails.
            fallback_method (HttpMethod | str):
                How FallbackUrl is requested.
            status_callback (str):
                Receives the call's progress events from now on.
            status_callback_method (HttpMethod | str):
                How StatusCallback is requested.
            time_limit (int; twilio only; 1 <= value):
                The longest the call may last from now, in seconds."""
        result = await self._runner._run_operation("update_call", (sid,), params, request_timeout)
        return cast("CallFields", result)

    async def delete(self, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> None:
        """Remove a finished call's record."""
        await self._runner._run_operation("delete_call", (sid,), {}, request_timeout)
