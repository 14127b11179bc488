# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Each operation's keyword arguments as text, for the client's docstrings."""

LIST_CALLS = """List calls, newest first, one page at a time.

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
"""

CREATE_CALL = """Place a new outbound call.

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
Exactly one of url, twiml, application_sid must be given.
"""

FETCH_CALL = """Read one call.
"""

UPDATE_CALL = """Redirect a live call to new TwiML, or end it.

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
        The longest the call may last from now, in seconds.
"""

DELETE_CALL = """Remove a finished call's record.
"""

LIST_CALL_RECORDINGS = """List a call's recordings, one page at a time.
Offered by twilio only.


Keyword arguments (from the API document):
    created_on (date | str; twilio only):
        Only recordings made on this day (YYYY-MM-DD).
    created_before (date | str; twilio only):
        Only recordings made on or before this day (YYYY-MM-DD).
    created_after (date | str; twilio only):
        Only recordings made on or after this day (YYYY-MM-DD).
    page_size (int; twilio only; 1 <= value <= 1000):
        How many items one page holds (50 when left out).
"""

CREATE_CALL_RECORDING = """Start recording a live call.

Keyword arguments (from the API document):
    recording_status_callback_event (Sequence[RecordingStatusCallbackEvent | str]):
        Which recording events go to RecordingStatusCallback (`completed` when left out); one form key per event.
    recording_status_callback (str):
        Told about the recording's events (those RecordingStatusCallbackEvent names).
    recording_status_callback_method (HttpMethod | str):
        How RecordingStatusCallback is requested (POST by default).
    trim (Trim | str):
        Whether silence at both ends is cut (`do-not-trim` by default here, unlike <Start><Recording>).
    recording_channels (RecordingChannels | str):
        `mono` (the default) mixes every party into one channel; `dual` gives each of two parties its own.
    recording_track (RecordingTrack | str):
        Which audio is recorded - what the platform receives (`inbound`), what it plays (`outbound`), or `both` (the default).
"""

FETCH_CALL_RECORDING = """Read one recording of a call.
Offered by twilio only.

"""

UPDATE_CALL_RECORDING = """Pause, resume or stop a recording of a live call.

Keyword arguments (from the API document):
    status (RecordingUpdateStatus | str; required):
        The state to move the recording to.
    pause_behavior (PauseBehavior | str):
        With Status `paused`: whether the pause is left out of the file (`skip`) or kept as silence (`silence`, the default). Ignored otherwise.
"""

DELETE_CALL_RECORDING = """Delete a recording of a call.
Offered by twilio only.

"""

CREATE_CALL_STREAM = """Start sending a live call's audio to a WebSocket.

Keyword arguments (from the API document):
    url (str; required):
        The WebSocket server the audio goes to, absolute or relative to the call's TwiML URL. Twilio speaks only wss to it; send values through the custom parameters, not a query string.
    name (str):
        A name for the stream, unique on the call, by which it can be stopped.
    track (MediaTrack | str):
        Which audio is streamed (`inbound_track` by default).
    status_callback (str):
        An absolute URL told when the stream starts, stops or fails.
    status_callback_method (HttpMethod | str):
        How StatusCallback is requested (POST by default).
    parameter_1_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_1_value (str):
        The value of the custom parameter with the same number.
    parameter_2_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_2_value (str):
        The value of the custom parameter with the same number.
    parameter_3_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_3_value (str):
        The value of the custom parameter with the same number.
    parameter_4_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_4_value (str):
        The value of the custom parameter with the same number.
    parameter_5_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_5_value (str):
        The value of the custom parameter with the same number.
    parameter_6_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_6_value (str):
        The value of the custom parameter with the same number.
    parameter_7_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_7_value (str):
        The value of the custom parameter with the same number.
    parameter_8_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_8_value (str):
        The value of the custom parameter with the same number.
    parameter_9_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_9_value (str):
        The value of the custom parameter with the same number.
    parameter_10_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_10_value (str):
        The value of the custom parameter with the same number.
    parameter_11_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_11_value (str):
        The value of the custom parameter with the same number.
    parameter_12_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_12_value (str):
        The value of the custom parameter with the same number.
    parameter_13_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_13_value (str):
        The value of the custom parameter with the same number.
    parameter_14_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_14_value (str):
        The value of the custom parameter with the same number.
    parameter_15_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_15_value (str):
        The value of the custom parameter with the same number.
    parameter_16_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_16_value (str):
        The value of the custom parameter with the same number.
    parameter_17_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_17_value (str):
        The value of the custom parameter with the same number.
    parameter_18_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_18_value (str):
        The value of the custom parameter with the same number.
    parameter_19_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_19_value (str):
        The value of the custom parameter with the same number.
    parameter_20_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_20_value (str):
        The value of the custom parameter with the same number.
    parameter_21_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_21_value (str):
        The value of the custom parameter with the same number.
    parameter_22_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_22_value (str):
        The value of the custom parameter with the same number.
    parameter_23_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_23_value (str):
        The value of the custom parameter with the same number.
    parameter_24_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_24_value (str):
        The value of the custom parameter with the same number.
    parameter_25_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_25_value (str):
        The value of the custom parameter with the same number.
    parameter_26_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_26_value (str):
        The value of the custom parameter with the same number.
    parameter_27_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_27_value (str):
        The value of the custom parameter with the same number.
    parameter_28_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_28_value (str):
        The value of the custom parameter with the same number.
    parameter_29_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_29_value (str):
        The value of the custom parameter with the same number.
    parameter_30_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_30_value (str):
        The value of the custom parameter with the same number.
    parameter_31_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_31_value (str):
        The value of the custom parameter with the same number.
    parameter_32_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_32_value (str):
        The value of the custom parameter with the same number.
    parameter_33_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_33_value (str):
        The value of the custom parameter with the same number.
    parameter_34_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_34_value (str):
        The value of the custom parameter with the same number.
    parameter_35_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_35_value (str):
        The value of the custom parameter with the same number.
    parameter_36_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_36_value (str):
        The value of the custom parameter with the same number.
    parameter_37_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_37_value (str):
        The value of the custom parameter with the same number.
    parameter_38_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_38_value (str):
        The value of the custom parameter with the same number.
    parameter_39_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_39_value (str):
        The value of the custom parameter with the same number.
    parameter_40_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_40_value (str):
        The value of the custom parameter with the same number.
    parameter_41_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_41_value (str):
        The value of the custom parameter with the same number.
    parameter_42_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_42_value (str):
        The value of the custom parameter with the same number.
    parameter_43_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_43_value (str):
        The value of the custom parameter with the same number.
    parameter_44_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_44_value (str):
        The value of the custom parameter with the same number.
    parameter_45_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_45_value (str):
        The value of the custom parameter with the same number.
    parameter_46_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_46_value (str):
        The value of the custom parameter with the same number.
    parameter_47_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_47_value (str):
        The value of the custom parameter with the same number.
    parameter_48_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_48_value (str):
        The value of the custom parameter with the same number.
    parameter_49_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_49_value (str):
        The value of the custom parameter with the same number.
    parameter_50_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_50_value (str):
        The value of the custom parameter with the same number.
    parameter_51_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_51_value (str):
        The value of the custom parameter with the same number.
    parameter_52_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_52_value (str):
        The value of the custom parameter with the same number.
    parameter_53_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_53_value (str):
        The value of the custom parameter with the same number.
    parameter_54_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_54_value (str):
        The value of the custom parameter with the same number.
    parameter_55_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_55_value (str):
        The value of the custom parameter with the same number.
    parameter_56_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_56_value (str):
        The value of the custom parameter with the same number.
    parameter_57_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_57_value (str):
        The value of the custom parameter with the same number.
    parameter_58_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_58_value (str):
        The value of the custom parameter with the same number.
    parameter_59_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_59_value (str):
        The value of the custom parameter with the same number.
    parameter_60_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_60_value (str):
        The value of the custom parameter with the same number.
    parameter_61_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_61_value (str):
        The value of the custom parameter with the same number.
    parameter_62_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_62_value (str):
        The value of the custom parameter with the same number.
    parameter_63_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_63_value (str):
        The value of the custom parameter with the same number.
    parameter_64_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_64_value (str):
        The value of the custom parameter with the same number.
    parameter_65_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_65_value (str):
        The value of the custom parameter with the same number.
    parameter_66_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_66_value (str):
        The value of the custom parameter with the same number.
    parameter_67_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_67_value (str):
        The value of the custom parameter with the same number.
    parameter_68_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_68_value (str):
        The value of the custom parameter with the same number.
    parameter_69_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_69_value (str):
        The value of the custom parameter with the same number.
    parameter_70_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_70_value (str):
        The value of the custom parameter with the same number.
    parameter_71_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_71_value (str):
        The value of the custom parameter with the same number.
    parameter_72_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_72_value (str):
        The value of the custom parameter with the same number.
    parameter_73_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_73_value (str):
        The value of the custom parameter with the same number.
    parameter_74_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_74_value (str):
        The value of the custom parameter with the same number.
    parameter_75_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_75_value (str):
        The value of the custom parameter with the same number.
    parameter_76_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_76_value (str):
        The value of the custom parameter with the same number.
    parameter_77_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_77_value (str):
        The value of the custom parameter with the same number.
    parameter_78_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_78_value (str):
        The value of the custom parameter with the same number.
    parameter_79_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_79_value (str):
        The value of the custom parameter with the same number.
    parameter_80_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_80_value (str):
        The value of the custom parameter with the same number.
    parameter_81_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_81_value (str):
        The value of the custom parameter with the same number.
    parameter_82_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_82_value (str):
        The value of the custom parameter with the same number.
    parameter_83_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_83_value (str):
        The value of the custom parameter with the same number.
    parameter_84_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_84_value (str):
        The value of the custom parameter with the same number.
    parameter_85_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_85_value (str):
        The value of the custom parameter with the same number.
    parameter_86_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_86_value (str):
        The value of the custom parameter with the same number.
    parameter_87_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_87_value (str):
        The value of the custom parameter with the same number.
    parameter_88_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_88_value (str):
        The value of the custom parameter with the same number.
    parameter_89_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_89_value (str):
        The value of the custom parameter with the same number.
    parameter_90_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_90_value (str):
        The value of the custom parameter with the same number.
    parameter_91_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_91_value (str):
        The value of the custom parameter with the same number.
    parameter_92_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_92_value (str):
        The value of the custom parameter with the same number.
    parameter_93_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_93_value (str):
        The value of the custom parameter with the same number.
    parameter_94_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_94_value (str):
        The value of the custom parameter with the same number.
    parameter_95_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_95_value (str):
        The value of the custom parameter with the same number.
    parameter_96_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_96_value (str):
        The value of the custom parameter with the same number.
    parameter_97_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_97_value (str):
        The value of the custom parameter with the same number.
    parameter_98_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_98_value (str):
        The value of the custom parameter with the same number.
    parameter_99_name (str):
        The name of one custom parameter, handed to the WebSocket server in the stream's start message.
    parameter_99_value (str):
        The value of the custom parameter with the same number.
    authorization_bearer_token (str; signalwire only):
        A token sent to the WebSocket server as `Authorization: Bearer <token>` when the connection opens (SignalWire: requests.tsp CreateCallStreamRequest).
"""

UPDATE_CALL_STREAM = """Stop a media stream.

Keyword arguments (from the API document):
    status (StreamUpdateStatus | str; required; twilio: one of stopped; signalwire: every value):
        `stopped` ends the stream.
"""

CREATE_CALL_SIPREC = """Start a SIPREC session on a live call.
Offered by twilio only.


Keyword arguments (from the API document):
    name (str; twilio only):
        A name for the session, by which it can be stopped.
    connector_name (str; twilio only):
        The unique name of the SIPREC connector (a Marketplace Add-on configured in the console) that knows the recording server.
    track (MediaTrack | str; twilio only):
        Which audio is sent (both tracks, two of the call's four media forks, when left out).
    status_callback (str; twilio only):
        An absolute URL told about the session's state, such as a failure or an unexpected stop.
    status_callback_method (HttpMethod | str; twilio only):
        How StatusCallback is requested (POST by default).
    parameter_1_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_1_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_2_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_2_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_3_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_3_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_4_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_4_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_5_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_5_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_6_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_6_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_7_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_7_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_8_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_8_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_9_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_9_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_10_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_10_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_11_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_11_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_12_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_12_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_13_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_13_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_14_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_14_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_15_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_15_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_16_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_16_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_17_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_17_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_18_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_18_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_19_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_19_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_20_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_20_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_21_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_21_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_22_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_22_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_23_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_23_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_24_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_24_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_25_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_25_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_26_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_26_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_27_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_27_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_28_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_28_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_29_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_29_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_30_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_30_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_31_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_31_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_32_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_32_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_33_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_33_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_34_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_34_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_35_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_35_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_36_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_36_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_37_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_37_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_38_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_38_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_39_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_39_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_40_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_40_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_41_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_41_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_42_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_42_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_43_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_43_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_44_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_44_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_45_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_45_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_46_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_46_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_47_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_47_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_48_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_48_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_49_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_49_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_50_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_50_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_51_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_51_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_52_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_52_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_53_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_53_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_54_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_54_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_55_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_55_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_56_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_56_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_57_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_57_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_58_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_58_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_59_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_59_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_60_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_60_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_61_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_61_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_62_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_62_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_63_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_63_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_64_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_64_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_65_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_65_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_66_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_66_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_67_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_67_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_68_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_68_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_69_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_69_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_70_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_70_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_71_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_71_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_72_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_72_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_73_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_73_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_74_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_74_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_75_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_75_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_76_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_76_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_77_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_77_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_78_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_78_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_79_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_79_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_80_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_80_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_81_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_81_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_82_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_82_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_83_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_83_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_84_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_84_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_85_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_85_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_86_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_86_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_87_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_87_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_88_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_88_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_89_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_89_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_90_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_90_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_91_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_91_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_92_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_92_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_93_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_93_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_94_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_94_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_95_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_95_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_96_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_96_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_97_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_97_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_98_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_98_value (str; twilio only):
        The value of the custom parameter with the same number.
    parameter_99_name (str; twilio only):
        The name of one custom parameter, passed on to the recording server with the session.
    parameter_99_value (str; twilio only):
        The value of the custom parameter with the same number.
"""

UPDATE_CALL_SIPREC = """Stop a SIPREC session.
Offered by twilio only.


Keyword arguments (from the API document):
    status (SiprecUpdateStatus | str; twilio only):
        `stopped` ends the session.
"""

CREATE_CALL_TRANSCRIPTION = """Start transcribing a live call in real time.
Offered by twilio only.


Keyword arguments (from the API document):
    name (str; twilio only):
        A name for the transcription, by which it can be stopped.
    track (MediaTrack | str; twilio only):
        Which audio is transcribed.
    status_callback_url (str; twilio only):
        An absolute URL that receives the transcription's events, the recognised text among them. (Named StatusCallbackUrl here, not StatusCallback as on streams.)
    status_callback_method (HttpMethod | str; twilio only):
        How StatusCallbackUrl is requested.
    inbound_track_label (str; twilio only):
        A label for the inbound track's speaker in the results.
    outbound_track_label (str; twilio only):
        A label for the outbound track's speaker in the results.
    partial_results (bool; twilio only):
        Whether interim results are sent as well as final ones.
    language_code (str; twilio only):
        The spoken language, as a BCP 47 tag such as `en-US`.
    transcription_engine (str; twilio only):
        Which speech recognition provider transcribes, e.g. `google`.
    profanity_filter (bool; twilio only):
        Whether profanities are masked, keeping only their first letter.
    speech_model (str; twilio only):
        The recognition model of the chosen engine, e.g. `long`.
    hints (str; twilio only):
        Words and phrases the recogniser should expect.
    enable_automatic_punctuation (bool; twilio only):
        Whether the engine punctuates the text.
    intelligence_service (str; twilio only):
        The SID or unique name of a Conversational Intelligence service that keeps the transcript and runs its operators after the call.
    conversation_configuration (str; twilio only):
        The Conversations configuration applied in the Intelligence service.
    conversation_id (str; twilio only):
        An existing conversation of the Intelligence service this transcription joins.
    configuration_id (str; twilio only):
        A stored real-time transcription configuration that sets every non-default option at once. (twilio-python from 9.10.6 sends it as TranscriptionConfigurationId; twilio-oai 2.6.7 names it so.)
    enable_provider_data (bool; twilio only):
        Whether the engine's raw data is included in the callbacks.
"""

UPDATE_CALL_TRANSCRIPTION = """Stop a real-time transcription.
Offered by twilio only.


Keyword arguments (from the API document):
    status (TranscriptionUpdateStatus | str; twilio only):
        `stopped` ends the transcription.
"""

CREATE_CALL_PAYMENT = """Start a payment session on a live call.
Offered by twilio only.


Keyword arguments (from the API document):
    idempotency_key (str; twilio only):
        A value unique to this request: a repeat with the same key starts no second session, so a request that timed out can be sent again.
    status_callback (str; twilio only):
        Told how the session goes; an absolute URL, or one relative to the call's TwiML URL.
    payment_connector (str; twilio only):
        The unique name of the installed Pay connector that processes the payment (`Default` by default).
    payment_method (PaymentMethod | str; twilio only):
        What the caller pays with (`credit-card` by default).
    bank_account_type (BankAccountType | str; twilio only):
        For ACH, the kind of account (`consumer-checking` by default).
    token_type (TokenType | str; twilio only):
        The token to make when nothing is charged (`reusable` by default); a ChargeAmount charges instead.
    valid_card_types (str; twilio only):
        The card brands accepted, separated by spaces (`visa mastercard amex` by default; others such as maestro, discover, jcb, diners-club exist).
    currency (str; twilio only):
        The ISO 4217 code ChargeAmount is in (`USD` by default); the connector decides which it takes.
    charge_amount (Decimal | int | str; twilio only; matches ^[0-9]{1,6}(\\.[0-9]+)?$):
        The amount to charge, positive and below 1,000,000, in Currency. Zero or left out makes a token instead of a charge.
    description (str; twilio only):
        A note about the payment, passed to the connector with the transaction.
    input_ (PaymentInput | str; twilio only):
        How the caller enters the data (keypad tones, the only way).
    min_postal_code_length (int; twilio only; 1 <= value):
        The fewest digits a postal code may have.
    parameter (str; twilio only):
        Extra settings for the connector, as the text of a flat JSON object (required by the connectors for ACH); which keys it takes depends on the connector.
    postal_code (bool; twilio only):
        Whether the caller must give the card's postal code (true by default).
    security_code (bool; twilio only):
        Whether the caller must give the card's security code (true by default).
    timeout (int; twilio only; 1 <= value <= 600):
        Seconds to wait for the caller's next digit before checking what was entered (5 by default).
    require_matching_inputs (str; twilio only; matches ^(payment-card-number|expiration-date|security-code|postal-code)(,(payment-card-number|expiration-date|security-code|postal-code))*$):
        The data the caller must enter twice, identically, separated by commas; any of payment-card-number, expiration-date, security-code and postal-code.
    confirmation (PaymentConfirmation | bool | str; twilio only):
        Whether the caller confirms the data before it is submitted (`false` by default).
"""

UPDATE_CALL_PAYMENT = """Ask for one piece of payment data, or complete or cancel the session.
Offered by twilio only.


Keyword arguments (from the API document):
    idempotency_key (str; twilio only):
        A value unique to this update, so a repeat with the same key changes nothing more.
    status_callback (str; twilio only):
        Told the outcome of this update; an absolute URL, or one relative to the call's TwiML URL.
    capture (PaymentCapture | str; twilio only):
        The piece of payment data to ask the caller for now.
    status (PaymentUpdateStatus | str; twilio only):
        Ends the session - sends the data to the connector, or cancels.
"""

CREATE_USER_DEFINED_MESSAGE = """Send a message to the Voice SDK client on a call.
Offered by twilio only.


Keyword arguments (from the API document):
    content (str; twilio only):
        The message, as the text of a JSON value (the form encoding escapes it).
    idempotency_key (str; twilio only):
        A value unique to this request, so a repeat with the same key is delivered once.
"""

CREATE_USER_DEFINED_MESSAGE_SUBSCRIPTION = """Forward a Voice SDK client's messages on a call to a URL.
Offered by twilio only.


Keyword arguments (from the API document):
    callback (str; twilio only):
        Receives each message the Voice SDK client sends, as a JSON body; its host name must be valid (no underscores).
    method (HttpMethod | str; twilio only):
        How Callback is requested (POST by default).
    idempotency_key (str; twilio only):
        A value unique to this request, so a repeat with the same key makes one subscription.
"""

DELETE_USER_DEFINED_MESSAGE_SUBSCRIPTION = """Stop forwarding a Voice SDK client's messages.
Offered by twilio only.

"""

LIST_CALL_EVENTS = """List the requests made for a call, one page at a time.
Offered by twilio only.


Keyword arguments (from the API document):
    page_size (int; twilio only; 1 <= value <= 1000):
        How many items one page holds (50 when left out).
"""

LIST_CALL_NOTIFICATIONS = """List the errors and warnings logged for a call, one page at a time.
Offered by twilio only.


Keyword arguments (from the API document):
    log (int; twilio only; 0 <= value <= 1):
        Only errors (0) or only warnings (1); both when left out.
    logged_on (date | str; twilio only):
        Only notifications logged on this day (YYYY-MM-DD).
    logged_before (date | str; twilio only):
        Only notifications logged on or before this day (YYYY-MM-DD).
    logged_after (date | str; twilio only):
        Only notifications logged on or after this day (YYYY-MM-DD).
    page_size (int; twilio only; 1 <= value <= 1000):
        How many items one page holds (50 when left out).
"""

FETCH_CALL_NOTIFICATION = """Read one error or warning logged for a call.
Offered by twilio only.

"""
