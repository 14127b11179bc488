# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""The API surface of openapi/calls.yaml as data, for the client, its CLI and its sandbox.

Each provider's operations with every parameter's constraints, the rules across parameters, the response
fields with how each is read, the typed keyword arguments of each operation and the typed attributes of a
call. Enum and model classes are named here, not imported (they live in .models), so reading these tables
does not load attrs.
"""

from typing import TYPE_CHECKING, NamedTuple, Required, TypedDict

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime
    from decimal import Decimal

    from .models import (
        AnsweredBy,
        AsyncAmd,
        CallStatus,
        Direction,
        HttpMethod,
        MachineDetection,
        RecordingChannels,
        RecordingStatusCallbackEvent,
        RecordingTrack,
        StatusCallbackEvent,
        Trim,
        UpdateStatus,
    )


class Param(NamedTuple):
    """One request parameter, as the document states it.

    `wire` is its name in the request, `name` the client's keyword, `attr` the generated model's attribute (or
    the generated operation's keyword; with `group`, an attribute of the `group_model` object passed as the
    keyword `group`). `type` is string, integer, number, boolean, enum or array (of `enum` values when named).
    `style` is how an array goes on the wire: "form" (one key per item) or "spaceDelimited" (one key).
    """

    wire: str
    name: str
    attr: str
    type: str
    location: str
    description: str
    required: bool = False
    enum: str | None = None
    values: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    pattern: str | None = None
    format: str | None = None
    normalize: str | None = None
    error_code: int | None = None
    group: str | None = None
    group_model: str | None = None
    paging: bool = False
    style: str | None = None


class Operation(NamedTuple):
    """One operation: its parameters and the rules across them (wire names).

    `module` is the generated operation module, relative to this package (its `_get_kwargs` builds the request).
    """

    id: str
    module: str
    method: str
    path: str
    success: int
    summary: str
    description: str
    body_model: str | None
    path_params: tuple[Param, ...]
    params: tuple[Param, ...]
    exactly_one_of: tuple[str, ...] = ()
    at_most_one_of: tuple[str, ...] = ()
    at_least_one_of: tuple[str, ...] = ()
    idempotent: bool = True
    idempotent_unless: tuple[str, ...] = ()
    additional_params: bool = True
    """False when the provider refuses parameters the document does not list (additionalProperties: false)."""
    paging_keys: tuple[str, ...] = ()
    """Query keys a page's next_page_uri carries to the next request (x-paging), such as Page and PageToken."""
    page_size: str | None = None
    """The query key of the page size (x-paging: page-size), if the operation pages."""
    page_items: str | None = None
    """In a paged answer, the key of its list of items."""
    page_next: str | None = None
    """In a paged answer, the key of the next page's URI (x-paging: next)."""
    resource: str = ""
    """The resource it acts on (its tag): the client's attribute, client.recordings, and the CLI's command."""
    action: str = ""
    """What it does (create, list, fetch, update or delete): the method's name on the resource."""
    response: str | None = None
    """The schema of what a success answers (of each item, for a list), a key of FIELDS; None for no body."""


class Provider(NamedTuple):
    """One provider's server: its base URL (the document's first server, with {variables}), the JSON types of
    each field of a call it sends and the fields of a page, and its info.x-provider, what OpenAPI has no
    keyword for. `sid_formats` are patterns with {hex32} (32 lowercase hex digits) or {uuid}; `listed_errors`
    the operations whose refusals come as {"errors": [...]}; `page_uri_suffix` how a page's URIs end."""

    name: str
    base_url: str
    request_id_header: str | None
    auth_realm: str
    error_more_info: str | None
    outbound_direction: str
    page_uri_suffix: str
    charges: str
    sid_formats: dict[str, str]
    month_spellings: dict[str, str]
    listed_errors: tuple[str, ...]
    subresources: tuple[str, ...]
    null_subresources: tuple[str, ...]
    signature_headers: tuple[str, ...]
    call_fields: dict[str, tuple[str, ...]]
    page_fields: tuple[str, ...]


class Field(NamedTuple):
    """One response field (of a call, a recording...): its JSON key, attribute name, how it is read (`normalize`)."""

    key: str
    name: str
    normalize: str
    description: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    enum: str | None = None


PROVIDERS: tuple[str, ...] = ("twilio", "signalwire")
"""Providers the document describes; the first is the default."""

OPERATIONS: dict[str, dict[str, Operation]] = {
    "twilio": {
        "list_calls": Operation(
            id="list_calls",
            module="api.calls.list_calls",
            method="GET",
            path="/2010-04-01/Accounts/{AccountSid}/Calls.json",
            success=200,
            summary="List calls, newest first, one page at a time",
            description="Returns one page of calls matching every filter given. Follow `next_page_uri` for the next page. Date filters take a day (YYYY-MM-DD) or an ISO 8601 timestamp. The inclusive bounds `StartTime<`, `StartTime>`, `EndTime<` and `EndTime>` travel as their own query keys; they are grouped in the `Before` and `After` objects, which are exploded into separate keys, so that each has a distinct name in generated code.",
            body_model=None,
            path_params=(
                Param(
                    "AccountSid",
                    "account_sid",
                    "account_sid",
                    "string",
                    "path",
                    "The account that owns the calls (twilio-oai 2.6.7 AccountSid pattern).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^AC[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "To",
                    "to",
                    "to",
                    "string",
                    "query",
                    "Only calls to this phone number, SIP address or client identifier.",
                ),
                Param(
                    "From",
                    "from_",
                    "from_",
                    "string",
                    "query",
                    "Only calls from this phone number, SIP address or client identifier.",
                ),
                Param(
                    "ParentCallSid",
                    "parent_call_sid",
                    "parent_call_sid",
                    "string",
                    "query",
                    "Only the child legs of this call.",
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "query",
                    "Only calls currently in this state.",
                    enum="CallStatus",
                    values=("queued", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"),
                ),
                Param(
                    "StartTime",
                    "started_on",
                    "start_time",
                    "string",
                    "query",
                    "Only calls that started on this day (or at this instant).",
                    normalize="date-filter",
                ),
                Param(
                    "EndTime",
                    "ended_on",
                    "end_time",
                    "string",
                    "query",
                    "Only calls that ended on this day (or at this instant).",
                    normalize="date-filter",
                ),
                Param(
                    "StartTime<",
                    "started_before",
                    "start_time",
                    "string",
                    "query",
                    "Only calls that started on or before this day or instant.",
                    normalize="date-filter",
                    group="before",
                    group_model="TimesBefore",
                ),
                Param(
                    "EndTime<",
                    "ended_before",
                    "end_time",
                    "string",
                    "query",
                    "Only calls that ended on or before this day or instant.",
                    normalize="date-filter",
                    group="before",
                    group_model="TimesBefore",
                ),
                Param(
                    "StartTime>",
                    "started_after",
                    "start_time",
                    "string",
                    "query",
                    "Only calls that started on or after this day or instant.",
                    normalize="date-filter",
                    group="after",
                    group_model="TimesAfter",
                ),
                Param(
                    "EndTime>",
                    "ended_after",
                    "end_time",
                    "string",
                    "query",
                    "Only calls that ended on or after this day or instant.",
                    normalize="date-filter",
                    group="after",
                    group_model="TimesAfter",
                ),
                Param(
                    "PageSize",
                    "page_size",
                    "page_size",
                    "integer",
                    "query",
                    "How many calls one page holds.",
                    minimum=1,
                    maximum=1000,
                ),
                Param(
                    "Page",
                    "page",
                    "page",
                    "integer",
                    "query",
                    "Zero-based page number; only meaningful together with PageToken.",
                    minimum=0,
                    paging=True,
                ),
                Param(
                    "PageToken",
                    "page_token",
                    "page_token",
                    "string",
                    "query",
                    "Opaque cursor taken from a previous page's next_page_uri.",
                    paging=True,
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            paging_keys=("PageSize", "Page", "PageToken"),
            page_size="PageSize",
            page_items="calls",
            page_next="next_page_uri",
            resource="calls",
            action="list",
            response="Call",
        ),
        "create_call": Operation(
            id="create_call",
            module="api.calls.create_call",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls.json",
            success=201,
            summary="Place a new outbound call",
            description="Dials `To` from `From` and runs the TwiML given by exactly one of `Url`, `Twiml` or `ApplicationSid` once the call connects. The call is created in the queued state.",
            body_model="CreateCallForm",
            path_params=(
                Param(
                    "AccountSid",
                    "account_sid",
                    "account_sid",
                    "string",
                    "path",
                    "The account that owns the calls (twilio-oai 2.6.7 AccountSid pattern).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^AC[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "To",
                    "to",
                    "to",
                    "string",
                    "body",
                    "Who is called - a phone number in E.164 form, a SIP address or `client:name`.",
                    required=True,
                    min_length=1,
                    error_code=21201,
                ),
                Param(
                    "From",
                    "from_",
                    "from_",
                    "string",
                    "body",
                    "The caller ID: a number of the account or a verified caller ID; a phone number whenever To is one.",
                    required=True,
                    min_length=1,
                    error_code=21213,
                ),
                Param(
                    "Url",
                    "url",
                    "url",
                    "string",
                    "body",
                    "Where the TwiML that runs once the call connects is fetched from.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "Twiml",
                    "twiml",
                    "twiml",
                    "string",
                    "body",
                    "The TwiML to run, given inline instead of Url.",
                    max_length=4000,
                ),
                Param(
                    "ApplicationSid",
                    "application_sid",
                    "application_sid",
                    "string",
                    "body",
                    "An application whose voice settings handle the call, instead of Url or Twiml.",
                    min_length=34,
                    max_length=34,
                    pattern="^AP[0-9a-fA-F]{32}$",
                    error_code=21218,
                ),
                Param(
                    "Method",
                    "method",
                    "method",
                    "enum",
                    "body",
                    "How Url is requested (POST by default).",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "FallbackUrl",
                    "fallback_url",
                    "fallback_url",
                    "string",
                    "body",
                    "Requested instead when fetching or running the TwiML at Url fails.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "FallbackMethod",
                    "fallback_method",
                    "fallback_method",
                    "enum",
                    "body",
                    "How FallbackUrl is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "StatusCallback",
                    "status_callback",
                    "status_callback",
                    "string",
                    "body",
                    "Receives the call's progress events (only `completed` unless StatusCallbackEvent says more).",
                    format="uri",
                    error_code=21609,
                ),
                Param(
                    "StatusCallbackEvent",
                    "status_callback_event",
                    "status_callback_event",
                    "array",
                    "body",
                    "Which progress events go to StatusCallback; one form key per event.",
                    enum="StatusCallbackEvent",
                    values=("initiated", "ringing", "answered", "completed"),
                    style="form",
                ),
                Param(
                    "StatusCallbackMethod",
                    "status_callback_method",
                    "status_callback_method",
                    "enum",
                    "body",
                    "How StatusCallback is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "SendDigits",
                    "send_digits",
                    "send_digits",
                    "string",
                    "body",
                    "Keys pressed once the call connects - digits, the letters A to D, `#`, `*`, `w` for a half-second pause and `W` for a one-second pause; at most 32 (Twilio: twilio-oai 2.6.7 CreateCall SendDigits, widened to A-D and W in 2.3.0; SignalWire's compatibility openapi.yaml allows only digits, # * w W).",
                    max_length=32,
                    pattern="^[0-9A-D#*wW]*$",
                    error_code=21206,
                ),
                Param(
                    "Timeout",
                    "timeout",
                    "timeout",
                    "integer",
                    "body",
                    "Seconds to let the phone ring before giving up as no-answer (60 by default).",
                    minimum=1,
                    maximum=600,
                    error_code=21208,
                ),
                Param("Record", "record", "record", "boolean", "body", "Whether to record the whole call."),
                Param(
                    "RecordingChannels",
                    "recording_channels",
                    "recording_channels",
                    "enum",
                    "body",
                    "Channel layout of the recording.",
                    enum="RecordingChannels",
                    values=("mono", "dual"),
                ),
                Param(
                    "RecordingStatusCallback",
                    "recording_status_callback",
                    "recording_status_callback",
                    "string",
                    "body",
                    "Told when the recording changes state.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "RecordingStatusCallbackMethod",
                    "recording_status_callback_method",
                    "recording_status_callback_method",
                    "enum",
                    "body",
                    "How RecordingStatusCallback is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "RecordingStatusCallbackEvent",
                    "recording_status_callback_event",
                    "recording_status_callback_event",
                    "array",
                    "body",
                    "Which recording events go to RecordingStatusCallback (`completed` by default).",
                    enum="RecordingStatusCallbackEvent",
                    values=("in-progress", "completed", "absent"),
                    style="form",
                ),
                Param(
                    "RecordingTrack",
                    "recording_track",
                    "recording_track",
                    "enum",
                    "body",
                    "Which audio is recorded.",
                    enum="RecordingTrack",
                    values=("inbound", "outbound", "both"),
                ),
                Param(
                    "Trim",
                    "trim",
                    "trim",
                    "enum",
                    "body",
                    "Whether leading and trailing silence is cut from the recording.",
                    enum="Trim",
                    values=("trim-silence", "do-not-trim"),
                ),
                Param(
                    "SipAuthUsername",
                    "sip_auth_username",
                    "sip_auth_username",
                    "string",
                    "body",
                    "User name for a SIP destination that asks for authentication.",
                ),
                Param(
                    "SipAuthPassword",
                    "sip_auth_password",
                    "sip_auth_password",
                    "string",
                    "body",
                    "Password for a SIP destination that asks for authentication.",
                ),
                Param(
                    "MachineDetection",
                    "machine_detection",
                    "machine_detection",
                    "enum",
                    "body",
                    "Turns on answering machine detection. Ignored when SendDigits is given.",
                    enum="MachineDetection",
                    values=("Enable", "DetectMessageEnd"),
                ),
                Param(
                    "MachineDetectionTimeout",
                    "machine_detection_timeout",
                    "machine_detection_timeout",
                    "integer",
                    "body",
                    "Seconds allowed for detection before AnsweredBy is reported as unknown (30 by default); 3 to 59 (Twilio's answering machine detection guide; twilio-oai 2.6.7 states no bound).",
                    minimum=3,
                    maximum=59,
                ),
                Param(
                    "MachineDetectionSpeechThreshold",
                    "machine_detection_speech_threshold",
                    "machine_detection_speech_threshold",
                    "integer",
                    "body",
                    "Milliseconds of speech separating a human (shorter) from a machine (longer); 2400 by default.",
                    minimum=1000,
                    maximum=6000,
                ),
                Param(
                    "MachineDetectionSpeechEndThreshold",
                    "machine_detection_speech_end_threshold",
                    "machine_detection_speech_end_threshold",
                    "integer",
                    "body",
                    "Milliseconds of silence after speech that end the speech; 1200 by default.",
                    minimum=500,
                    maximum=5000,
                ),
                Param(
                    "MachineDetectionSilenceTimeout",
                    "machine_detection_silence_timeout",
                    "machine_detection_silence_timeout",
                    "integer",
                    "body",
                    "Milliseconds of silence at the start after which AnsweredBy is unknown; 5000 by default.",
                    minimum=2000,
                    maximum=10000,
                ),
                Param(
                    "AsyncAmd",
                    "async_amd",
                    "async_amd",
                    "enum",
                    "body",
                    "`true` runs detection in the background instead of holding the TwiML until it finishes.",
                    enum="AsyncAmd",
                    values=("true", "false"),
                ),
                Param(
                    "AsyncAmdStatusCallback",
                    "async_amd_status_callback",
                    "async_amd_status_callback",
                    "string",
                    "body",
                    "Told the detection result when AsyncAmd is `true`.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "AsyncAmdStatusCallbackMethod",
                    "async_amd_status_callback_method",
                    "async_amd_status_callback_method",
                    "enum",
                    "body",
                    "How AsyncAmdStatusCallback is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "CallerId",
                    "caller_id",
                    "caller_id",
                    "string",
                    "body",
                    "The caller ID shown for a SIP or client call.",
                ),
                Param(
                    "CallReason",
                    "call_reason",
                    "call_reason",
                    "string",
                    "body",
                    "Why the call is placed, shown on the callee's phone where branded calling is available.",
                ),
                Param(
                    "CallToken",
                    "call_token",
                    "call_token",
                    "string",
                    "body",
                    "The call_token of an incoming call, passed on so a forwarded call may keep its caller ID.",
                ),
                Param(
                    "Byoc",
                    "byoc",
                    "byoc",
                    "string",
                    "body",
                    "A Bring-Your-Own-Carrier trunk to route the call through (phone numbers only).",
                    min_length=34,
                    max_length=34,
                    pattern="^BY[0-9a-fA-F]{32}$",
                ),
                Param(
                    "TimeLimit",
                    "time_limit",
                    "time_limit",
                    "integer",
                    "body",
                    "The longest the call may last, in seconds.",
                    minimum=1,
                ),
                Param(
                    "ClientNotificationUrl",
                    "client_notification_url",
                    "client_notification_url",
                    "string",
                    "body",
                    "Where to send the push notification for a call to a Voice SDK client.",
                    format="uri",
                    error_code=21205,
                ),
            ),
            exactly_one_of=("Url", "Twiml", "ApplicationSid"),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=False,
            idempotent_unless=(),
            resource="calls",
            action="create",
            response="Call",
        ),
        "fetch_call": Operation(
            id="fetch_call",
            module="api.calls.fetch_call",
            method="GET",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
            success=200,
            summary="Read one call",
            description="",
            body_model=None,
            path_params=(
                Param(
                    "AccountSid",
                    "account_sid",
                    "account_sid",
                    "string",
                    "path",
                    "The account that owns the calls (twilio-oai 2.6.7 AccountSid pattern).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^AC[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The call's SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="calls",
            action="fetch",
            response="Call",
        ),
        "update_call": Operation(
            id="update_call",
            module="api.calls.update_call",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
            success=200,
            summary="Redirect a live call to new TwiML, or end it",
            description="With `Url` or `Twiml`, the call leaves whatever TwiML it is running and runs the new instructions. With `Status=completed` the call is hung up whatever its state; with `Status=canceled` it ends only if it is still queued or ringing.",
            body_model="UpdateCallForm",
            path_params=(
                Param(
                    "AccountSid",
                    "account_sid",
                    "account_sid",
                    "string",
                    "path",
                    "The account that owns the calls (twilio-oai 2.6.7 AccountSid pattern).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^AC[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The call's SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "Url",
                    "url",
                    "url",
                    "string",
                    "body",
                    "Fetch new TwiML from here and run it now.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "Twiml",
                    "twiml",
                    "twiml",
                    "string",
                    "body",
                    "Run this TwiML now, instead of fetching it from Url.",
                    max_length=4000,
                ),
                Param(
                    "Method",
                    "method",
                    "method",
                    "enum",
                    "body",
                    "How Url is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "body",
                    "Ends the call; see UpdateStatus for the difference between the two values.",
                    enum="UpdateStatus",
                    values=("canceled", "completed"),
                ),
                Param(
                    "FallbackUrl",
                    "fallback_url",
                    "fallback_url",
                    "string",
                    "body",
                    "Requested instead when fetching or running the TwiML at Url fails.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "FallbackMethod",
                    "fallback_method",
                    "fallback_method",
                    "enum",
                    "body",
                    "How FallbackUrl is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "StatusCallback",
                    "status_callback",
                    "status_callback",
                    "string",
                    "body",
                    "Receives the call's progress events from now on.",
                    format="uri",
                    error_code=21609,
                ),
                Param(
                    "StatusCallbackMethod",
                    "status_callback_method",
                    "status_callback_method",
                    "enum",
                    "body",
                    "How StatusCallback is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "TimeLimit",
                    "time_limit",
                    "time_limit",
                    "integer",
                    "body",
                    "The longest the call may last from now, in seconds.",
                    minimum=1,
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=("Url", "Twiml"),
            at_least_one_of=("Url", "Twiml", "Status", "StatusCallback", "FallbackUrl", "TimeLimit"),
            idempotent=False,
            idempotent_unless=("Url", "Twiml"),
            resource="calls",
            action="update",
            response="Call",
        ),
        "delete_call": Operation(
            id="delete_call",
            module="api.calls.delete_call",
            method="DELETE",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
            success=204,
            summary="Remove a finished call's record",
            description="Only calls that have ended can be deleted; their recordings and logs are not touched.",
            body_model=None,
            path_params=(
                Param(
                    "AccountSid",
                    "account_sid",
                    "account_sid",
                    "string",
                    "path",
                    "The account that owns the calls (twilio-oai 2.6.7 AccountSid pattern).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^AC[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The call's SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="calls",
            action="delete",
        ),
    },
    "signalwire": {
        "list_calls": Operation(
            id="list_calls",
            module="api.calls.list_calls",
            method="GET",
            path="/2010-04-01/Accounts/{AccountSid}/Calls.json",
            success=200,
            summary="List calls, newest first, one page at a time",
            description="Returns one page of calls matching every filter given. Follow `next_page_uri` for the next page. Date filters take a day (YYYY-MM-DD) or an ISO 8601 timestamp. The inclusive bounds `StartTime<`, `StartTime>`, `EndTime<` and `EndTime>` travel as their own query keys; they are grouped in the `Before` and `After` objects, which are exploded into separate keys, so that each has a distinct name in generated code.",
            body_model=None,
            path_params=(
                Param(
                    "AccountSid",
                    "account_sid",
                    "account_sid",
                    "string",
                    "path",
                    "The SignalWire project that owns the calls (openapi.yaml AccountSid, format uuid).",
                    required=True,
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
            ),
            params=(
                Param(
                    "To",
                    "to",
                    "to",
                    "string",
                    "query",
                    "Only calls to this phone number, SIP address or client identifier.",
                ),
                Param(
                    "From",
                    "from_",
                    "from_",
                    "string",
                    "query",
                    "Only calls from this phone number, SIP address or client identifier.",
                ),
                Param(
                    "ParentCallSid",
                    "parent_call_sid",
                    "parent_call_sid",
                    "string",
                    "query",
                    "Only the child legs of this call.",
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "query",
                    "Only calls currently in this state.",
                    enum="CallStatus",
                    values=("queued", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"),
                ),
                Param(
                    "StartTime",
                    "started_on",
                    "start_time",
                    "string",
                    "query",
                    "Only calls that started on this day or at this time; sent as an RFC 2822 GMT timestamp.",
                    normalize="rfc2822-date-filter",
                ),
                Param(
                    "EndTime",
                    "ended_on",
                    "end_time",
                    "string",
                    "query",
                    "Only calls that ended on this day or at this time; sent as an RFC 2822 GMT timestamp.",
                    normalize="rfc2822-date-filter",
                ),
                Param(
                    "StartTime<",
                    "started_before",
                    "start_time",
                    "string",
                    "query",
                    "Only calls that started on or before this day or instant.",
                    normalize="rfc2822-date-filter",
                    group="before",
                    group_model="TimesBefore",
                ),
                Param(
                    "EndTime<",
                    "ended_before",
                    "end_time",
                    "string",
                    "query",
                    "Only calls that ended on or before this day or instant.",
                    normalize="rfc2822-date-filter",
                    group="before",
                    group_model="TimesBefore",
                ),
                Param(
                    "StartTime>",
                    "started_after",
                    "start_time",
                    "string",
                    "query",
                    "Only calls that started on or after this day or instant.",
                    normalize="rfc2822-date-filter",
                    group="after",
                    group_model="TimesAfter",
                ),
                Param(
                    "EndTime>",
                    "ended_after",
                    "end_time",
                    "string",
                    "query",
                    "Only calls that ended on or after this day or instant.",
                    normalize="rfc2822-date-filter",
                    group="after",
                    group_model="TimesAfter",
                ),
                Param(
                    "PageSize",
                    "page_size",
                    "page_size",
                    "integer",
                    "query",
                    "How many calls one page holds.",
                    minimum=1,
                    maximum=1000,
                ),
                Param(
                    "Page",
                    "page",
                    "page",
                    "integer",
                    "query",
                    "Zero-based page number; only meaningful together with PageToken.",
                    minimum=0,
                    paging=True,
                ),
                Param(
                    "PageToken",
                    "page_token",
                    "page_token",
                    "string",
                    "query",
                    "Opaque cursor taken from a previous page's next_page_uri.",
                    paging=True,
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            paging_keys=("PageSize", "Page", "PageToken"),
            page_size="PageSize",
            page_items="calls",
            page_next="next_page_uri",
            resource="calls",
            action="list",
            response="Call",
        ),
        "create_call": Operation(
            id="create_call",
            module="api.calls.create_call",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls.json",
            success=200,
            summary="Place a new outbound call",
            description="Dials `To` from `From` and runs the TwiML given by exactly one of `Url`, `Twiml` or `ApplicationSid` once the call connects. The call is created in the queued state.",
            body_model="CreateCallForm",
            path_params=(
                Param(
                    "AccountSid",
                    "account_sid",
                    "account_sid",
                    "string",
                    "path",
                    "The SignalWire project that owns the calls (openapi.yaml AccountSid, format uuid).",
                    required=True,
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
            ),
            params=(
                Param(
                    "To",
                    "to",
                    "to",
                    "string",
                    "body",
                    "Who is called - a phone number in E.164 form, a SIP address or `client:name`.",
                    required=True,
                    min_length=1,
                    error_code=21201,
                ),
                Param(
                    "From",
                    "from_",
                    "from_",
                    "string",
                    "body",
                    "The caller ID: a number of the account or a verified caller ID; a phone number whenever To is one.",
                    required=True,
                    min_length=1,
                    error_code=21213,
                ),
                Param(
                    "Url",
                    "url",
                    "url",
                    "string",
                    "body",
                    "Where the TwiML that runs once the call connects is fetched from.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "ApplicationSid",
                    "application_sid",
                    "application_sid",
                    "string",
                    "body",
                    "An application whose voice settings handle the call, instead of Url or Twiml.",
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                    error_code=21218,
                ),
                Param(
                    "Method",
                    "method",
                    "method",
                    "enum",
                    "body",
                    "How Url is requested (POST by default).",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "FallbackUrl",
                    "fallback_url",
                    "fallback_url",
                    "string",
                    "body",
                    "Requested instead when fetching or running the TwiML at Url fails.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "FallbackMethod",
                    "fallback_method",
                    "fallback_method",
                    "enum",
                    "body",
                    "How FallbackUrl is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "StatusCallback",
                    "status_callback",
                    "status_callback",
                    "string",
                    "body",
                    "Receives the call's progress events (only `completed` unless StatusCallbackEvent says more).",
                    format="uri",
                    error_code=21609,
                ),
                Param(
                    "StatusCallbackEvent",
                    "status_callback_event",
                    "status_callback_event",
                    "array",
                    "body",
                    "Which progress events go to StatusCallback; one form key per event.",
                    enum="StatusCallbackEvent",
                    values=("initiated", "ringing", "answered", "completed", "ringing_forwarded", "ringing_queued"),
                    style="form",
                ),
                Param(
                    "StatusCallbackMethod",
                    "status_callback_method",
                    "status_callback_method",
                    "enum",
                    "body",
                    "How StatusCallback is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "SendDigits",
                    "send_digits",
                    "send_digits",
                    "string",
                    "body",
                    "Keys pressed once the call connects - digits, `#`, `*`, `w` (half-second pause) and `W` (one-second pause); 1 to 32 of them (SignalWire: openapi.yaml SendDigits pattern; no letters A-D, unlike Twilio).",
                    min_length=1,
                    max_length=32,
                    pattern="^[0-9#*wW]{1,32}$",
                    error_code=21206,
                ),
                Param(
                    "Timeout",
                    "timeout",
                    "timeout",
                    "integer",
                    "body",
                    "Seconds to let the phone ring before giving up as no-answer (60 by default).",
                    minimum=1,
                    maximum=600,
                    error_code=21208,
                ),
                Param("Record", "record", "record", "boolean", "body", "Whether to record the whole call."),
                Param(
                    "RecordingChannels",
                    "recording_channels",
                    "recording_channels",
                    "enum",
                    "body",
                    "Channel layout of the recording.",
                    enum="RecordingChannels",
                    values=("mono", "dual"),
                ),
                Param(
                    "RecordingStatusCallback",
                    "recording_status_callback",
                    "recording_status_callback",
                    "string",
                    "body",
                    "Told when the recording changes state.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "RecordingStatusCallbackMethod",
                    "recording_status_callback_method",
                    "recording_status_callback_method",
                    "enum",
                    "body",
                    "How RecordingStatusCallback is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "RecordingStatusCallbackEvent",
                    "recording_status_callback_event",
                    "recording_status_callback_event",
                    "array",
                    "body",
                    "Which recording events go to RecordingStatusCallback (`completed` by default), sent as one space-separated value (SignalWire: openapi.yaml RecordingStatusCallbackEvent).",
                    enum="RecordingStatusCallbackEvent",
                    values=("in-progress", "completed", "absent"),
                    style="spaceDelimited",
                ),
                Param(
                    "RecordingTrack",
                    "recording_track",
                    "recording_track",
                    "enum",
                    "body",
                    "Which audio is recorded.",
                    enum="RecordingTrack",
                    values=("inbound", "outbound", "both"),
                ),
                Param(
                    "Trim",
                    "trim",
                    "trim",
                    "enum",
                    "body",
                    "Whether leading and trailing silence is cut from the recording.",
                    enum="Trim",
                    values=("trim-silence", "do-not-trim"),
                ),
                Param(
                    "SipAuthUsername",
                    "sip_auth_username",
                    "sip_auth_username",
                    "string",
                    "body",
                    "User name for a SIP destination that asks for authentication.",
                ),
                Param(
                    "SipAuthPassword",
                    "sip_auth_password",
                    "sip_auth_password",
                    "string",
                    "body",
                    "Password for a SIP destination that asks for authentication.",
                ),
                Param(
                    "MachineDetection",
                    "machine_detection",
                    "machine_detection",
                    "enum",
                    "body",
                    "Turns on answering machine detection. Ignored when SendDigits is given.",
                    enum="MachineDetection",
                    values=("Enable", "DetectMessageEnd", "none"),
                ),
                Param(
                    "MachineDetectionTimeout",
                    "machine_detection_timeout",
                    "machine_detection_timeout",
                    "integer",
                    "body",
                    "Seconds allowed for detection before AnsweredBy is reported as unknown (30 by default); 1 to 120 (SignalWire: requests.tsp MachineDetectionTimeout).",
                    minimum=1,
                    maximum=120,
                ),
                Param(
                    "MachineDetectionSpeechThreshold",
                    "machine_detection_speech_threshold",
                    "machine_detection_speech_threshold",
                    "integer",
                    "body",
                    "Milliseconds of speech separating a human (shorter) from a machine (longer); 2400 by default.",
                    minimum=1000,
                    maximum=6000,
                ),
                Param(
                    "MachineDetectionSpeechEndThreshold",
                    "machine_detection_speech_end_threshold",
                    "machine_detection_speech_end_threshold",
                    "integer",
                    "body",
                    "Milliseconds of silence after speech that end the speech; 1200 by default.",
                    minimum=500,
                    maximum=5000,
                ),
                Param(
                    "MachineDetectionSilenceTimeout",
                    "machine_detection_silence_timeout",
                    "machine_detection_silence_timeout",
                    "integer",
                    "body",
                    "Milliseconds of silence at the start after which AnsweredBy is unknown; 5000 by default.",
                    minimum=2000,
                    maximum=10000,
                ),
                Param(
                    "AsyncAmd",
                    "async_amd",
                    "async_amd",
                    "enum",
                    "body",
                    "`true` runs detection in the background instead of holding the TwiML until it finishes.",
                    enum="AsyncAmd",
                    values=("true", "false"),
                ),
                Param(
                    "AsyncAmdStatusCallback",
                    "async_amd_status_callback",
                    "async_amd_status_callback",
                    "string",
                    "body",
                    "Told the detection result when AsyncAmd is `true`.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "AsyncAmdStatusCallbackMethod",
                    "async_amd_status_callback_method",
                    "async_amd_status_callback_method",
                    "enum",
                    "body",
                    "How AsyncAmdStatusCallback is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "CallerId",
                    "caller_id",
                    "caller_id",
                    "string",
                    "body",
                    "The caller ID shown for a SIP or client call.",
                ),
                Param(
                    "MachineWordsThreshold",
                    "machine_words_threshold",
                    "machine_words_threshold",
                    "integer",
                    "body",
                    "How many words of the greeting make the answer a machine (6 by default); 1 to 100 (SignalWire: requests.tsp MachineWordsThreshold).",
                    minimum=1,
                    maximum=100,
                ),
                Param(
                    "AsyncAmdPartialResults",
                    "async_amd_partial_results",
                    "async_amd_partial_results",
                    "boolean",
                    "body",
                    "Whether interim detection results are also sent to AsyncAmdStatusCallback (false by default) (SignalWire: requests.tsp AsyncAmdPartialResults).",
                ),
                Param(
                    "MaxPricePerMinute",
                    "max_price_per_minute",
                    "max_price_per_minute",
                    "string",
                    "body",
                    'The most, in US dollars per minute, the call may cost; a call that would cost more is refused with error 30010. Decimal text with at most four places, such as "0.0075" (SignalWire: openapi.yaml MaxPricePerMinute pattern).',
                    pattern="^\\d+\\.?\\d{0,4}$",
                    normalize="decimal",
                ),
            ),
            exactly_one_of=("Url", "ApplicationSid"),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=False,
            idempotent_unless=(),
            additional_params=False,
            resource="calls",
            action="create",
            response="Call",
        ),
        "fetch_call": Operation(
            id="fetch_call",
            module="api.calls.fetch_call",
            method="GET",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
            success=200,
            summary="Read one call",
            description="",
            body_model=None,
            path_params=(
                Param(
                    "AccountSid",
                    "account_sid",
                    "account_sid",
                    "string",
                    "path",
                    "The SignalWire project that owns the calls (openapi.yaml AccountSid, format uuid).",
                    required=True,
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The call's SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
            ),
            params=(),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="calls",
            action="fetch",
            response="Call",
        ),
        "update_call": Operation(
            id="update_call",
            module="api.calls.update_call",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
            success=200,
            summary="Redirect a live call to new TwiML, or end it",
            description="With `Url` or `Twiml`, the call leaves whatever TwiML it is running and runs the new instructions. With `Status=completed` the call is hung up whatever its state; with `Status=canceled` it ends only if it is still queued or ringing.",
            body_model="UpdateCallForm",
            path_params=(
                Param(
                    "AccountSid",
                    "account_sid",
                    "account_sid",
                    "string",
                    "path",
                    "The SignalWire project that owns the calls (openapi.yaml AccountSid, format uuid).",
                    required=True,
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The call's SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
            ),
            params=(
                Param(
                    "Url",
                    "url",
                    "url",
                    "string",
                    "body",
                    "Fetch new TwiML from here and run it now.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "Method",
                    "method",
                    "method",
                    "enum",
                    "body",
                    "How Url is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "body",
                    "Ends the call; see UpdateStatus for the difference between the two values.",
                    enum="UpdateStatus",
                    values=("canceled", "completed"),
                ),
                Param(
                    "FallbackUrl",
                    "fallback_url",
                    "fallback_url",
                    "string",
                    "body",
                    "Requested instead when fetching or running the TwiML at Url fails.",
                    format="uri",
                    error_code=21205,
                ),
                Param(
                    "FallbackMethod",
                    "fallback_method",
                    "fallback_method",
                    "enum",
                    "body",
                    "How FallbackUrl is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
                Param(
                    "StatusCallback",
                    "status_callback",
                    "status_callback",
                    "string",
                    "body",
                    "Receives the call's progress events from now on.",
                    format="uri",
                    error_code=21609,
                ),
                Param(
                    "StatusCallbackMethod",
                    "status_callback_method",
                    "status_callback_method",
                    "enum",
                    "body",
                    "How StatusCallback is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    error_code=21209,
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=("Url", "Status", "StatusCallback", "FallbackUrl"),
            idempotent=False,
            idempotent_unless=("Url",),
            additional_params=False,
            resource="calls",
            action="update",
            response="Call",
        ),
        "delete_call": Operation(
            id="delete_call",
            module="api.calls.delete_call",
            method="DELETE",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
            success=204,
            summary="Remove a finished call's record",
            description="Only calls that have ended can be deleted; their recordings and logs are not touched.",
            body_model=None,
            path_params=(
                Param(
                    "AccountSid",
                    "account_sid",
                    "account_sid",
                    "string",
                    "path",
                    "The SignalWire project that owns the calls (openapi.yaml AccountSid, format uuid).",
                    required=True,
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The call's SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
            ),
            params=(),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="calls",
            action="delete",
        ),
    },
}
"""Each provider's operations by operationId."""

PROVIDER_FACTS: dict[str, Provider] = {
    "twilio": Provider(
        name="twilio",
        base_url="https://api.twilio.com",
        request_id_header="Twilio-Request-Id",
        auth_realm="Twilio API",
        error_more_info="https://www.twilio.com/docs/errors/{code}",
        outbound_direction="outbound-api",
        page_uri_suffix=".json",
        charges="negative",
        sid_formats={"account": "AC{hex32}", "call": "CA{hex32}", "phone-number": "PN{hex32}"},
        month_spellings={},
        listed_errors=(),
        subresources=(
            "events",
            "feedback",
            "notifications",
            "payments",
            "recordings",
            "siprec",
            "streams",
            "transcriptions",
        ),
        null_subresources=(),
        signature_headers=("X-Twilio-Signature",),
        call_fields={
            "sid": ("string",),
            "account_sid": ("string",),
            "parent_call_sid": ("string", "null"),
            "phone_number_sid": ("string", "null"),
            "group_sid": ("string", "null"),
            "trunk_sid": ("string", "null"),
            "date_created": ("string", "null"),
            "date_updated": ("string", "null"),
            "start_time": ("string", "null"),
            "end_time": ("string", "null"),
            "to": ("string", "null"),
            "to_formatted": ("string", "null"),
            "from": ("string", "null"),
            "from_formatted": ("string", "null"),
            "status": (),
            "direction": (),
            "answered_by": (),
            "duration": ("string", "null"),
            "price": ("string", "null"),
            "price_unit": ("string", "null"),
            "queue_time": ("string", "null"),
            "api_version": ("string", "null"),
            "forwarded_from": ("string", "null"),
            "caller_name": ("string", "null"),
            "annotation": ("string", "null"),
            "uri": ("string", "null"),
            "subresource_uris": ("object", "null"),
        },
        page_fields=(
            "calls",
            "page",
            "page_size",
            "start",
            "end",
            "uri",
            "first_page_uri",
            "next_page_uri",
            "previous_page_uri",
        ),
    ),
    "signalwire": Provider(
        name="signalwire",
        base_url="https://{space}.signalwire.com/api/laml",
        request_id_header=None,
        auth_realm="SignalWire LaML API",
        error_more_info=None,
        outbound_direction="outbound",
        page_uri_suffix="",
        charges="positive",
        sid_formats={"account": "{uuid}", "call": "{uuid}", "phone-number": "{uuid}"},
        month_spellings={"Sep": "Sept"},
        listed_errors=("create_call",),
        subresources=("recordings",),
        null_subresources=("notifications",),
        signature_headers=("X-SignalWire-Signature", "X-Twilio-Signature"),
        call_fields={
            "sid": ("string",),
            "account_sid": ("string",),
            "parent_call_sid": ("string", "null"),
            "phone_number_sid": ("string", "null"),
            "group_sid": ("string", "null"),
            "date_created": ("string", "null"),
            "date_updated": ("string", "null"),
            "start_time": ("string", "null"),
            "end_time": ("string", "null"),
            "to": ("string", "null"),
            "to_formatted": ("string", "null"),
            "from": ("string", "null"),
            "from_formatted": ("string", "null"),
            "status": (),
            "direction": (),
            "answered_by": (),
            "duration": ("integer", "null"),
            "price": ("number", "null"),
            "price_unit": ("string", "null"),
            "api_version": ("string", "null"),
            "forwarded_from": ("string", "null"),
            "caller_name": ("string", "null"),
            "annotation": ("string", "null"),
            "uri": ("string", "null"),
            "subresource_uris": ("object", "null"),
            "formatted_to": ("string", "null"),
            "formatted_from": ("string", "null"),
            "audio_in_mos": ("number", "null"),
            "sip_result_code": ("string", "null"),
            "audio_rtt_avg": ("integer", "null"),
            "audio_rtt_min": ("integer", "null"),
            "audio_rtt_max": ("integer", "null"),
            "audio_out_jitter_avg": ("integer", "null"),
            "audio_out_jitter_min": ("integer", "null"),
            "audio_out_jitter_max": ("integer", "null"),
            "audio_out_lost": ("integer", "null"),
        },
        page_fields=("calls", "page", "page_size", "uri", "first_page_uri", "next_page_uri", "previous_page_uri"),
    ),
}
"""Each provider's server: base URL, response shapes and info.x-provider."""

FINAL_VALUES: dict[str, tuple[str, ...]] = {"CallStatus": ("completed", "busy", "failed", "no-answer", "canceled")}
"""Values of an enum that are never left (x-final-values), by enum class name."""

FIELDS: dict[str, tuple[Field, ...]] = {
    "Call": (
        Field("sid", "sid", "text", "The call's identifier.", required=True),
        Field("account_sid", "account_sid", "text", "The account that owns the call.", required=True),
        Field("parent_call_sid", "parent_call_sid", "text", "The call that created this leg, if any."),
        Field("phone_number_sid", "phone_number_sid", "text", "The number or caller ID resource used."),
        Field("group_sid", "group_sid", "text", "The group the call belongs to, if any."),
        Field("trunk_sid", "trunk_sid", "text", "The trunk that carried the call, if any."),
        Field("date_created", "date_created", "timestamp", "When the record was created (RFC 2822, GMT)."),
        Field("date_updated", "date_updated", "timestamp", "When the record last changed (RFC 2822, GMT)."),
        Field("start_time", "start_time", "timestamp", "When dialing began (RFC 2822); empty before that."),
        Field("end_time", "end_time", "timestamp", "When the call ended (RFC 2822); empty until then."),
        Field("to", "to", "text", "Who was called."),
        Field("to_formatted", "to_formatted", "text", "To, formatted for display.", aliases=("formatted_to",)),
        Field("from", "from_", "text", "Who called."),
        Field("from_formatted", "from_formatted", "text", "From, formatted for display.", aliases=("formatted_from",)),
        Field(
            "status",
            "status",
            "enum",
            "The call's state; a state this document does not list is kept as a plain string.",
            enum="CallStatus",
        ),
        Field(
            "direction",
            "direction",
            "enum",
            "Which way the call went; unknown values are kept as plain strings.",
            enum="Direction",
        ),
        Field(
            "answered_by",
            "answered_by",
            "enum",
            "Answering machine detection's verdict; unknown values are kept as plain strings.",
            enum="AnsweredBy",
        ),
        Field("duration", "duration", "integer", "Seconds the call lasted, as text."),
        Field("price", "price", "decimal", "What the call cost (negative is a charge), as text."),
        Field("price_unit", "price_unit", "text", "Currency of price (ISO 4217)."),
        Field("queue_time", "queue_time", "integer", "Milliseconds the call waited before it was placed."),
        Field("api_version", "api_version", "text", "The API version that created the call."),
        Field("forwarded_from", "forwarded_from", "text", "The forwarding number of an inbound call, if known."),
        Field("caller_name", "caller_name", "text", "The caller's name, when caller name lookup is on."),
        Field("annotation", "annotation", "text", "A note attached to the call."),
        Field("uri", "uri", "text", "This call's own URI, relative to the API host."),
        Field(
            "subresource_uris",
            "subresource_uris",
            "uri-map",
            "Related resources by name, as URIs relative to the API host; a null URI is left out.",
        ),
        Field("formatted_to", "formatted_to", "text", "To, formatted for display (Twilio's to_formatted)."),
        Field("formatted_from", "formatted_from", "text", "From, formatted for display (Twilio's from_formatted)."),
        Field(
            "audio_in_mos", "audio_in_mos", "decimal", "SignalWire: mean opinion score of the received audio (1 to 5)."
        ),
        Field("sip_result_code", "sip_result_code", "text", "SignalWire: the SIP response code that ended the call."),
        Field(
            "audio_rtt_avg", "audio_rtt_avg", "integer", "SignalWire: average audio round-trip time, in milliseconds."
        ),
        Field(
            "audio_rtt_min", "audio_rtt_min", "integer", "SignalWire: shortest audio round-trip time, in milliseconds."
        ),
        Field(
            "audio_rtt_max", "audio_rtt_max", "integer", "SignalWire: longest audio round-trip time, in milliseconds."
        ),
        Field(
            "audio_out_jitter_avg",
            "audio_out_jitter_avg",
            "integer",
            "SignalWire: average jitter of the sent audio, in milliseconds.",
        ),
        Field(
            "audio_out_jitter_min",
            "audio_out_jitter_min",
            "integer",
            "SignalWire: lowest jitter of the sent audio, in milliseconds.",
        ),
        Field(
            "audio_out_jitter_max",
            "audio_out_jitter_max",
            "integer",
            "SignalWire: highest jitter of the sent audio, in milliseconds.",
        ),
        Field("audio_out_lost", "audio_out_lost", "integer", "SignalWire: packets of sent audio that were lost."),
    ),
}
"""The fields of each schema an operation answers with, by schema name (Operation.response)."""

CALL_FIELDS: tuple[Field, ...] = FIELDS.get("Call", ())


class ListCallsParams(TypedDict, total=False):
    """Keyword arguments of list_calls: List calls, newest first, one page at a time."""

    to: "str"
    """Only calls to this phone number, SIP address or client identifier."""
    from_: "str"
    """Only calls from this phone number, SIP address or client identifier."""
    parent_call_sid: "str"
    """Only the child legs of this call."""
    status: "CallStatus | str"
    """Only calls currently in this state."""
    started_on: "date | str"
    """Only calls that started on this day (or at this instant)."""
    ended_on: "date | str"
    """Only calls that ended on this day (or at this instant)."""
    started_before: "date | str"
    """Only calls that started on or before this day or instant."""
    ended_before: "date | str"
    """Only calls that ended on or before this day or instant."""
    started_after: "date | str"
    """Only calls that started on or after this day or instant."""
    ended_after: "date | str"
    """Only calls that ended on or after this day or instant."""
    page_size: "int"
    """How many calls one page holds."""


class CreateCallParams(TypedDict, total=False):
    """Keyword arguments of create_call: Place a new outbound call."""

    to: Required["str"]
    """Who is called - a phone number in E.164 form, a SIP address or `client:name`."""
    from_: Required["str"]
    """The caller ID: a number of the account or a verified caller ID; a phone number whenever To is one."""
    url: "str"
    """Where the TwiML that runs once the call connects is fetched from."""
    twiml: "str"
    """The TwiML to run, given inline instead of Url."""
    application_sid: "str"
    """An application whose voice settings handle the call, instead of Url or Twiml."""
    method: "HttpMethod | str"
    """How Url is requested (POST by default)."""
    fallback_url: "str"
    """Requested instead when fetching or running the TwiML at Url fails."""
    fallback_method: "HttpMethod | str"
    """How FallbackUrl is requested."""
    status_callback: "str"
    """Receives the call's progress events (only `completed` unless StatusCallbackEvent says more)."""
    status_callback_event: "Sequence[StatusCallbackEvent | str]"
    """Which progress events go to StatusCallback; one form key per event."""
    status_callback_method: "HttpMethod | str"
    """How StatusCallback is requested."""
    send_digits: "str"
    """Keys pressed once the call connects - digits, the letters A to D, `#`, `*`, `w` for a half-second pause and `W` for a one-second pause; at most 32 (Twilio: twilio-oai 2.6.7 CreateCall SendDigits, widened to A-D and W in 2.3.0; SignalWire's compatibility openapi.yaml allows only digits, # * w W)."""
    timeout: "int"
    """Seconds to let the phone ring before giving up as no-answer (60 by default)."""
    record: "bool"
    """Whether to record the whole call."""
    recording_channels: "RecordingChannels | str"
    """Channel layout of the recording."""
    recording_status_callback: "str"
    """Told when the recording changes state."""
    recording_status_callback_method: "HttpMethod | str"
    """How RecordingStatusCallback is requested."""
    recording_status_callback_event: "Sequence[RecordingStatusCallbackEvent | str]"
    """Which recording events go to RecordingStatusCallback (`completed` by default)."""
    recording_track: "RecordingTrack | str"
    """Which audio is recorded."""
    trim: "Trim | str"
    """Whether leading and trailing silence is cut from the recording."""
    sip_auth_username: "str"
    """User name for a SIP destination that asks for authentication."""
    sip_auth_password: "str"
    """Password for a SIP destination that asks for authentication."""
    machine_detection: "MachineDetection | str"
    """Turns on answering machine detection. Ignored when SendDigits is given."""
    machine_detection_timeout: "int"
    """Seconds allowed for detection before AnsweredBy is reported as unknown (30 by default); 3 to 59 (Twilio's answering machine detection guide; twilio-oai 2.6.7 states no bound)."""
    machine_detection_speech_threshold: "int"
    """Milliseconds of speech separating a human (shorter) from a machine (longer); 2400 by default."""
    machine_detection_speech_end_threshold: "int"
    """Milliseconds of silence after speech that end the speech; 1200 by default."""
    machine_detection_silence_timeout: "int"
    """Milliseconds of silence at the start after which AnsweredBy is unknown; 5000 by default."""
    async_amd: "AsyncAmd | bool | str"
    """`true` runs detection in the background instead of holding the TwiML until it finishes."""
    async_amd_status_callback: "str"
    """Told the detection result when AsyncAmd is `true`."""
    async_amd_status_callback_method: "HttpMethod | str"
    """How AsyncAmdStatusCallback is requested."""
    caller_id: "str"
    """The caller ID shown for a SIP or client call."""
    call_reason: "str"
    """Why the call is placed, shown on the callee's phone where branded calling is available."""
    call_token: "str"
    """The call_token of an incoming call, passed on so a forwarded call may keep its caller ID."""
    byoc: "str"
    """A Bring-Your-Own-Carrier trunk to route the call through (phone numbers only)."""
    time_limit: "int"
    """The longest the call may last, in seconds."""
    client_notification_url: "str"
    """Where to send the push notification for a call to a Voice SDK client."""
    machine_words_threshold: "int"
    """How many words of the greeting make the answer a machine (6 by default); 1 to 100 (SignalWire: requests.tsp MachineWordsThreshold)."""
    async_amd_partial_results: "bool"
    """Whether interim detection results are also sent to AsyncAmdStatusCallback (false by default) (SignalWire: requests.tsp AsyncAmdPartialResults)."""
    max_price_per_minute: "Decimal | int | str"
    """The most, in US dollars per minute, the call may cost; a call that would cost more is refused with error 30010. Decimal text with at most four places, such as "0.0075" (SignalWire: openapi.yaml MaxPricePerMinute pattern)."""


class UpdateCallParams(TypedDict, total=False):
    """Keyword arguments of update_call: Redirect a live call to new TwiML, or end it."""

    url: "str"
    """Fetch new TwiML from here and run it now."""
    twiml: "str"
    """Run this TwiML now, instead of fetching it from Url."""
    method: "HttpMethod | str"
    """How Url is requested."""
    status: "UpdateStatus | str"
    """Ends the call; see UpdateStatus for the difference between the two values."""
    fallback_url: "str"
    """Requested instead when fetching or running the TwiML at Url fails."""
    fallback_method: "HttpMethod | str"
    """How FallbackUrl is requested."""
    status_callback: "str"
    """Receives the call's progress events from now on."""
    status_callback_method: "HttpMethod | str"
    """How StatusCallback is requested."""
    time_limit: "int"
    """The longest the call may last from now, in seconds."""


class CallFields:
    """The typed attributes of a Call; the client installs a reader for each of FIELDS['Call']."""

    __slots__ = ()

    sid: "str"
    """The call's identifier."""
    account_sid: "str"
    """The account that owns the call."""
    parent_call_sid: "str | None"
    """The call that created this leg, if any."""
    phone_number_sid: "str | None"
    """The number or caller ID resource used."""
    group_sid: "str | None"
    """The group the call belongs to, if any."""
    trunk_sid: "str | None"
    """The trunk that carried the call, if any."""
    date_created: "datetime | None"
    """When the record was created (RFC 2822, GMT)."""
    date_updated: "datetime | None"
    """When the record last changed (RFC 2822, GMT)."""
    start_time: "datetime | None"
    """When dialing began (RFC 2822); empty before that."""
    end_time: "datetime | None"
    """When the call ended (RFC 2822); empty until then."""
    to: "str | None"
    """Who was called."""
    to_formatted: "str | None"
    """To, formatted for display."""
    from_: "str | None"
    """Who called."""
    from_formatted: "str | None"
    """From, formatted for display."""
    status: "CallStatus | str | None"
    """The call's state; a state this document does not list is kept as a plain string."""
    direction: "Direction | str | None"
    """Which way the call went; unknown values are kept as plain strings."""
    answered_by: "AnsweredBy | str | None"
    """Answering machine detection's verdict; unknown values are kept as plain strings."""
    duration: "int | None"
    """Seconds the call lasted, as text."""
    price: "Decimal | None"
    """What the call cost (negative is a charge), as text."""
    price_unit: "str | None"
    """Currency of price (ISO 4217)."""
    queue_time: "int | None"
    """Milliseconds the call waited before it was placed."""
    api_version: "str | None"
    """The API version that created the call."""
    forwarded_from: "str | None"
    """The forwarding number of an inbound call, if known."""
    caller_name: "str | None"
    """The caller's name, when caller name lookup is on."""
    annotation: "str | None"
    """A note attached to the call."""
    uri: "str | None"
    """This call's own URI, relative to the API host."""
    subresource_uris: "dict[str, str] | None"
    """Related resources by name, as URIs relative to the API host; a null URI is left out."""
    formatted_to: "str | None"
    """To, formatted for display (Twilio's to_formatted)."""
    formatted_from: "str | None"
    """From, formatted for display (Twilio's from_formatted)."""
    audio_in_mos: "Decimal | None"
    """SignalWire: mean opinion score of the received audio (1 to 5)."""
    sip_result_code: "str | None"
    """SignalWire: the SIP response code that ended the call."""
    audio_rtt_avg: "int | None"
    """SignalWire: average audio round-trip time, in milliseconds."""
    audio_rtt_min: "int | None"
    """SignalWire: shortest audio round-trip time, in milliseconds."""
    audio_rtt_max: "int | None"
    """SignalWire: longest audio round-trip time, in milliseconds."""
    audio_out_jitter_avg: "int | None"
    """SignalWire: average jitter of the sent audio, in milliseconds."""
    audio_out_jitter_min: "int | None"
    """SignalWire: lowest jitter of the sent audio, in milliseconds."""
    audio_out_jitter_max: "int | None"
    """SignalWire: highest jitter of the sent audio, in milliseconds."""
    audio_out_lost: "int | None"
    """SignalWire: packets of sent audio that were lost."""
