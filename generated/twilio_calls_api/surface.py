# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""The API surface of openapi/calls.yaml as data, for the client, its CLI and its sandbox.

Each provider's operations with every parameter's constraints, the rules across parameters, the response
fields with how each is read, the typed keyword arguments of each operation and the typed attributes of a
call. Enum and model classes are named here, not imported (they live in .models), so reading these tables
does not load attrs.
"""

from typing import TYPE_CHECKING, Any, NamedTuple, Required, TypedDict

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime
    from decimal import Decimal

    from .models import (
        AnsweredBy,
        AsyncAmd,
        BankAccountType,
        CallStatus,
        Direction,
        HttpMethod,
        MachineDetection,
        MediaTrack,
        PauseBehavior,
        PaymentCapture,
        PaymentConfirmation,
        PaymentInput,
        PaymentMethod,
        PaymentUpdateStatus,
        RecordingChannels,
        RecordingSource,
        RecordingStatus,
        RecordingStatusCallbackEvent,
        RecordingTrack,
        RecordingUpdateStatus,
        SiprecStatus,
        SiprecUpdateStatus,
        StatusCallbackEvent,
        StreamStatus,
        StreamUpdateStatus,
        TokenType,
        TranscriptionStatus,
        TranscriptionUpdateStatus,
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
    default: str | int | float | bool | tuple[str, ...] | None = None
    """What the server assumes when the parameter is left out, as the document states it (never sent)."""


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
    fields: dict[str, dict[str, tuple[str, ...]]]
    """The JSON types of each field the provider sends, by response schema (Call, Recording...) and key."""
    field_values: dict[str, dict[str, tuple[str, ...]]]
    """The values the provider sends in each enum field, by response schema and key."""
    item_sids: dict[str, str]
    """The SID format of the items of each response schema whose `sid` has a pattern ({hex32} or {uuid})."""
    spellings: dict[str, dict[str, str]]
    """The provider's own spelling of another document's enum values (x-spelling-of), by enum class."""


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
                    format="date|date-time",
                    normalize="date-filter",
                ),
                Param(
                    "EndTime",
                    "ended_on",
                    "end_time",
                    "string",
                    "query",
                    "Only calls that ended on this day (or at this instant).",
                    format="date|date-time",
                    normalize="date-filter",
                ),
                Param(
                    "StartTime<",
                    "started_before",
                    "start_time",
                    "string",
                    "query",
                    "Only calls that started on or before this day or instant.",
                    format="date|date-time",
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
                    format="date|date-time",
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
                    format="date|date-time",
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
                    format="date|date-time",
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
        "list_call_recordings": Operation(
            id="list_call_recordings",
            module="api.recordings.list_call_recordings",
            method="GET",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json",
            success=200,
            summary="List a call's recordings, one page at a time",
            description="Returns one page of the call's recordings matching every filter given. Follow `next_page_uri` for the next page. The inclusive bounds `DateCreated<` and `DateCreated>` travel as their own query keys; they are grouped in the `Before` and `After` objects, exploded into separate keys, so that each has a distinct name in generated code.",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "DateCreated",
                    "created_on",
                    "date_created",
                    "string",
                    "query",
                    "Only recordings made on this day (YYYY-MM-DD).",
                    format="date",
                    normalize="date-filter",
                ),
                Param(
                    "DateCreated<",
                    "created_before",
                    "date_created",
                    "string",
                    "query",
                    "Only recordings made on or before this day (YYYY-MM-DD).",
                    format="date",
                    normalize="date-filter",
                    group="before",
                    group_model="CreatedBefore",
                ),
                Param(
                    "DateCreated>",
                    "created_after",
                    "date_created",
                    "string",
                    "query",
                    "Only recordings made on or after this day (YYYY-MM-DD).",
                    format="date",
                    normalize="date-filter",
                    group="after",
                    group_model="CreatedAfter",
                ),
                Param(
                    "PageSize",
                    "page_size",
                    "page_size",
                    "integer",
                    "query",
                    "How many items one page holds (50 when left out).",
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
            page_items="recordings",
            page_next="next_page_uri",
            resource="recordings",
            action="list",
            response="Recording",
        ),
        "create_call_recording": Operation(
            id="create_call_recording",
            module="api.recordings.create_call_recording",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json",
            success=201,
            summary="Start recording a live call",
            description="Begins a new recording of a call that is in progress; the answer shows it `in-progress`. Its events go to RecordingStatusCallback if one is given.",
            body_model="CreateRecordingForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "RecordingStatusCallbackEvent",
                    "recording_status_callback_event",
                    "recording_status_callback_event",
                    "array",
                    "body",
                    "Which recording events go to RecordingStatusCallback (`completed` when left out); one form key per event.",
                    enum="RecordingStatusCallbackEvent",
                    values=("in-progress", "completed", "absent"),
                    style="form",
                    default=("completed",),
                ),
                Param(
                    "RecordingStatusCallback",
                    "recording_status_callback",
                    "recording_status_callback",
                    "string",
                    "body",
                    "Told about the recording's events (those RecordingStatusCallbackEvent names).",
                    format="uri",
                ),
                Param(
                    "RecordingStatusCallbackMethod",
                    "recording_status_callback_method",
                    "recording_status_callback_method",
                    "enum",
                    "body",
                    "How RecordingStatusCallback is requested (POST by default).",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    default="POST",
                ),
                Param(
                    "Trim",
                    "trim",
                    "trim",
                    "enum",
                    "body",
                    "Whether silence at both ends is cut (`do-not-trim` by default here, unlike <Start><Recording>).",
                    enum="Trim",
                    values=("trim-silence", "do-not-trim"),
                    default="do-not-trim",
                ),
                Param(
                    "RecordingChannels",
                    "recording_channels",
                    "recording_channels",
                    "enum",
                    "body",
                    "`mono` (the default) mixes every party into one channel; `dual` gives each of two parties its own.",
                    enum="RecordingChannels",
                    values=("mono", "dual"),
                    default="mono",
                ),
                Param(
                    "RecordingTrack",
                    "recording_track",
                    "recording_track",
                    "enum",
                    "body",
                    "Which audio is recorded - what the platform receives (`inbound`), what it plays (`outbound`), or `both` (the default).",
                    enum="RecordingTrack",
                    values=("inbound", "outbound", "both"),
                    default="both",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=False,
            idempotent_unless=(),
            resource="recordings",
            action="create",
            response="Recording",
        ),
        "fetch_call_recording": Operation(
            id="fetch_call_recording",
            module="api.recordings.fetch_call_recording",
            method="GET",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
            success=200,
            summary="Read one recording of a call",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The recording's SID.",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^RE[0-9a-fA-F]{32}$",
                ),
            ),
            params=(),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="recordings",
            action="fetch",
            response="Recording",
        ),
        "update_call_recording": Operation(
            id="update_call_recording",
            module="api.recordings.update_call_recording",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
            success=200,
            summary="Pause, resume or stop a recording of a live call",
            description="Moves the recording to `paused`, back to `in-progress`, or to `stopped`. The SID may be replaced by `Twilio.CURRENT` to mean the recording the call is making now. The server may answer 408 when it could not apply the change in time (twilio-oai 2.6.7 declares it).",
            body_model="UpdateRecordingForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The recording's SID, or `Twilio.CURRENT` for the recording the call is making now (twilio-oai 2.6.7 UpdateCallRecording).",
                    required=True,
                    pattern="^(RE[0-9a-fA-F]{32}|Twilio\\.CURRENT)$",
                ),
            ),
            params=(
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "body",
                    "The state to move the recording to.",
                    required=True,
                    enum="RecordingUpdateStatus",
                    values=("in-progress", "paused", "stopped"),
                ),
                Param(
                    "PauseBehavior",
                    "pause_behavior",
                    "pause_behavior",
                    "enum",
                    "body",
                    "With Status `paused`: whether the pause is left out of the file (`skip`) or kept as silence (`silence`, the default). Ignored otherwise.",
                    enum="PauseBehavior",
                    values=("skip", "silence"),
                    default="silence",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="recordings",
            action="update",
            response="Recording",
        ),
        "delete_call_recording": Operation(
            id="delete_call_recording",
            module="api.recordings.delete_call_recording",
            method="DELETE",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
            success=204,
            summary="Delete a recording of a call",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The recording's SID.",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^RE[0-9a-fA-F]{32}$",
                ),
            ),
            params=(),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="recordings",
            action="delete",
        ),
        "create_call_stream": Operation(
            id="create_call_stream",
            module="api.streams.create_call_stream",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams.json",
            success=200,
            summary="Start sending a live call's audio to a WebSocket",
            description="Opens a one-way media stream: the call's audio (the tracks chosen) flows to the WebSocket server at `Url` until the stream is stopped or the call ends. Give it a Name to stop it by name later.",
            body_model="CreateStreamForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
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
                    "The WebSocket server the audio goes to, absolute or relative to the call's TwiML URL. Twilio speaks only wss to it; send values through the custom parameters, not a query string.",
                    required=True,
                    format="uri-reference",
                ),
                Param(
                    "Name",
                    "name",
                    "name",
                    "string",
                    "body",
                    "A name for the stream, unique on the call, by which it can be stopped.",
                ),
                Param(
                    "Track",
                    "track",
                    "track",
                    "enum",
                    "body",
                    "Which audio is streamed (`inbound_track` by default).",
                    enum="MediaTrack",
                    values=("inbound_track", "outbound_track", "both_tracks"),
                    default="inbound_track",
                ),
                Param(
                    "StatusCallback",
                    "status_callback",
                    "status_callback",
                    "string",
                    "body",
                    "An absolute URL told when the stream starts, stops or fails.",
                    format="uri",
                ),
                Param(
                    "StatusCallbackMethod",
                    "status_callback_method",
                    "status_callback_method",
                    "enum",
                    "body",
                    "How StatusCallback is requested (POST by default).",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    default="POST",
                ),
                Param(
                    "Parameter1.Name",
                    "parameter_1_name",
                    "parameter_1_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter1.Value",
                    "parameter_1_value",
                    "parameter_1_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter2.Name",
                    "parameter_2_name",
                    "parameter_2_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter2.Value",
                    "parameter_2_value",
                    "parameter_2_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter3.Name",
                    "parameter_3_name",
                    "parameter_3_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter3.Value",
                    "parameter_3_value",
                    "parameter_3_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter4.Name",
                    "parameter_4_name",
                    "parameter_4_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter4.Value",
                    "parameter_4_value",
                    "parameter_4_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter5.Name",
                    "parameter_5_name",
                    "parameter_5_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter5.Value",
                    "parameter_5_value",
                    "parameter_5_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter6.Name",
                    "parameter_6_name",
                    "parameter_6_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter6.Value",
                    "parameter_6_value",
                    "parameter_6_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter7.Name",
                    "parameter_7_name",
                    "parameter_7_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter7.Value",
                    "parameter_7_value",
                    "parameter_7_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter8.Name",
                    "parameter_8_name",
                    "parameter_8_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter8.Value",
                    "parameter_8_value",
                    "parameter_8_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter9.Name",
                    "parameter_9_name",
                    "parameter_9_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter9.Value",
                    "parameter_9_value",
                    "parameter_9_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter10.Name",
                    "parameter_10_name",
                    "parameter_10_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter10.Value",
                    "parameter_10_value",
                    "parameter_10_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter11.Name",
                    "parameter_11_name",
                    "parameter_11_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter11.Value",
                    "parameter_11_value",
                    "parameter_11_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter12.Name",
                    "parameter_12_name",
                    "parameter_12_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter12.Value",
                    "parameter_12_value",
                    "parameter_12_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter13.Name",
                    "parameter_13_name",
                    "parameter_13_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter13.Value",
                    "parameter_13_value",
                    "parameter_13_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter14.Name",
                    "parameter_14_name",
                    "parameter_14_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter14.Value",
                    "parameter_14_value",
                    "parameter_14_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter15.Name",
                    "parameter_15_name",
                    "parameter_15_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter15.Value",
                    "parameter_15_value",
                    "parameter_15_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter16.Name",
                    "parameter_16_name",
                    "parameter_16_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter16.Value",
                    "parameter_16_value",
                    "parameter_16_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter17.Name",
                    "parameter_17_name",
                    "parameter_17_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter17.Value",
                    "parameter_17_value",
                    "parameter_17_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter18.Name",
                    "parameter_18_name",
                    "parameter_18_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter18.Value",
                    "parameter_18_value",
                    "parameter_18_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter19.Name",
                    "parameter_19_name",
                    "parameter_19_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter19.Value",
                    "parameter_19_value",
                    "parameter_19_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter20.Name",
                    "parameter_20_name",
                    "parameter_20_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter20.Value",
                    "parameter_20_value",
                    "parameter_20_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter21.Name",
                    "parameter_21_name",
                    "parameter_21_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter21.Value",
                    "parameter_21_value",
                    "parameter_21_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter22.Name",
                    "parameter_22_name",
                    "parameter_22_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter22.Value",
                    "parameter_22_value",
                    "parameter_22_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter23.Name",
                    "parameter_23_name",
                    "parameter_23_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter23.Value",
                    "parameter_23_value",
                    "parameter_23_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter24.Name",
                    "parameter_24_name",
                    "parameter_24_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter24.Value",
                    "parameter_24_value",
                    "parameter_24_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter25.Name",
                    "parameter_25_name",
                    "parameter_25_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter25.Value",
                    "parameter_25_value",
                    "parameter_25_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter26.Name",
                    "parameter_26_name",
                    "parameter_26_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter26.Value",
                    "parameter_26_value",
                    "parameter_26_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter27.Name",
                    "parameter_27_name",
                    "parameter_27_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter27.Value",
                    "parameter_27_value",
                    "parameter_27_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter28.Name",
                    "parameter_28_name",
                    "parameter_28_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter28.Value",
                    "parameter_28_value",
                    "parameter_28_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter29.Name",
                    "parameter_29_name",
                    "parameter_29_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter29.Value",
                    "parameter_29_value",
                    "parameter_29_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter30.Name",
                    "parameter_30_name",
                    "parameter_30_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter30.Value",
                    "parameter_30_value",
                    "parameter_30_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter31.Name",
                    "parameter_31_name",
                    "parameter_31_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter31.Value",
                    "parameter_31_value",
                    "parameter_31_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter32.Name",
                    "parameter_32_name",
                    "parameter_32_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter32.Value",
                    "parameter_32_value",
                    "parameter_32_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter33.Name",
                    "parameter_33_name",
                    "parameter_33_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter33.Value",
                    "parameter_33_value",
                    "parameter_33_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter34.Name",
                    "parameter_34_name",
                    "parameter_34_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter34.Value",
                    "parameter_34_value",
                    "parameter_34_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter35.Name",
                    "parameter_35_name",
                    "parameter_35_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter35.Value",
                    "parameter_35_value",
                    "parameter_35_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter36.Name",
                    "parameter_36_name",
                    "parameter_36_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter36.Value",
                    "parameter_36_value",
                    "parameter_36_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter37.Name",
                    "parameter_37_name",
                    "parameter_37_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter37.Value",
                    "parameter_37_value",
                    "parameter_37_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter38.Name",
                    "parameter_38_name",
                    "parameter_38_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter38.Value",
                    "parameter_38_value",
                    "parameter_38_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter39.Name",
                    "parameter_39_name",
                    "parameter_39_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter39.Value",
                    "parameter_39_value",
                    "parameter_39_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter40.Name",
                    "parameter_40_name",
                    "parameter_40_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter40.Value",
                    "parameter_40_value",
                    "parameter_40_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter41.Name",
                    "parameter_41_name",
                    "parameter_41_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter41.Value",
                    "parameter_41_value",
                    "parameter_41_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter42.Name",
                    "parameter_42_name",
                    "parameter_42_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter42.Value",
                    "parameter_42_value",
                    "parameter_42_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter43.Name",
                    "parameter_43_name",
                    "parameter_43_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter43.Value",
                    "parameter_43_value",
                    "parameter_43_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter44.Name",
                    "parameter_44_name",
                    "parameter_44_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter44.Value",
                    "parameter_44_value",
                    "parameter_44_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter45.Name",
                    "parameter_45_name",
                    "parameter_45_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter45.Value",
                    "parameter_45_value",
                    "parameter_45_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter46.Name",
                    "parameter_46_name",
                    "parameter_46_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter46.Value",
                    "parameter_46_value",
                    "parameter_46_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter47.Name",
                    "parameter_47_name",
                    "parameter_47_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter47.Value",
                    "parameter_47_value",
                    "parameter_47_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter48.Name",
                    "parameter_48_name",
                    "parameter_48_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter48.Value",
                    "parameter_48_value",
                    "parameter_48_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter49.Name",
                    "parameter_49_name",
                    "parameter_49_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter49.Value",
                    "parameter_49_value",
                    "parameter_49_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter50.Name",
                    "parameter_50_name",
                    "parameter_50_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter50.Value",
                    "parameter_50_value",
                    "parameter_50_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter51.Name",
                    "parameter_51_name",
                    "parameter_51_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter51.Value",
                    "parameter_51_value",
                    "parameter_51_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter52.Name",
                    "parameter_52_name",
                    "parameter_52_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter52.Value",
                    "parameter_52_value",
                    "parameter_52_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter53.Name",
                    "parameter_53_name",
                    "parameter_53_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter53.Value",
                    "parameter_53_value",
                    "parameter_53_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter54.Name",
                    "parameter_54_name",
                    "parameter_54_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter54.Value",
                    "parameter_54_value",
                    "parameter_54_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter55.Name",
                    "parameter_55_name",
                    "parameter_55_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter55.Value",
                    "parameter_55_value",
                    "parameter_55_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter56.Name",
                    "parameter_56_name",
                    "parameter_56_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter56.Value",
                    "parameter_56_value",
                    "parameter_56_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter57.Name",
                    "parameter_57_name",
                    "parameter_57_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter57.Value",
                    "parameter_57_value",
                    "parameter_57_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter58.Name",
                    "parameter_58_name",
                    "parameter_58_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter58.Value",
                    "parameter_58_value",
                    "parameter_58_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter59.Name",
                    "parameter_59_name",
                    "parameter_59_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter59.Value",
                    "parameter_59_value",
                    "parameter_59_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter60.Name",
                    "parameter_60_name",
                    "parameter_60_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter60.Value",
                    "parameter_60_value",
                    "parameter_60_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter61.Name",
                    "parameter_61_name",
                    "parameter_61_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter61.Value",
                    "parameter_61_value",
                    "parameter_61_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter62.Name",
                    "parameter_62_name",
                    "parameter_62_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter62.Value",
                    "parameter_62_value",
                    "parameter_62_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter63.Name",
                    "parameter_63_name",
                    "parameter_63_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter63.Value",
                    "parameter_63_value",
                    "parameter_63_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter64.Name",
                    "parameter_64_name",
                    "parameter_64_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter64.Value",
                    "parameter_64_value",
                    "parameter_64_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter65.Name",
                    "parameter_65_name",
                    "parameter_65_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter65.Value",
                    "parameter_65_value",
                    "parameter_65_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter66.Name",
                    "parameter_66_name",
                    "parameter_66_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter66.Value",
                    "parameter_66_value",
                    "parameter_66_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter67.Name",
                    "parameter_67_name",
                    "parameter_67_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter67.Value",
                    "parameter_67_value",
                    "parameter_67_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter68.Name",
                    "parameter_68_name",
                    "parameter_68_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter68.Value",
                    "parameter_68_value",
                    "parameter_68_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter69.Name",
                    "parameter_69_name",
                    "parameter_69_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter69.Value",
                    "parameter_69_value",
                    "parameter_69_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter70.Name",
                    "parameter_70_name",
                    "parameter_70_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter70.Value",
                    "parameter_70_value",
                    "parameter_70_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter71.Name",
                    "parameter_71_name",
                    "parameter_71_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter71.Value",
                    "parameter_71_value",
                    "parameter_71_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter72.Name",
                    "parameter_72_name",
                    "parameter_72_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter72.Value",
                    "parameter_72_value",
                    "parameter_72_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter73.Name",
                    "parameter_73_name",
                    "parameter_73_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter73.Value",
                    "parameter_73_value",
                    "parameter_73_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter74.Name",
                    "parameter_74_name",
                    "parameter_74_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter74.Value",
                    "parameter_74_value",
                    "parameter_74_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter75.Name",
                    "parameter_75_name",
                    "parameter_75_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter75.Value",
                    "parameter_75_value",
                    "parameter_75_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter76.Name",
                    "parameter_76_name",
                    "parameter_76_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter76.Value",
                    "parameter_76_value",
                    "parameter_76_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter77.Name",
                    "parameter_77_name",
                    "parameter_77_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter77.Value",
                    "parameter_77_value",
                    "parameter_77_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter78.Name",
                    "parameter_78_name",
                    "parameter_78_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter78.Value",
                    "parameter_78_value",
                    "parameter_78_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter79.Name",
                    "parameter_79_name",
                    "parameter_79_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter79.Value",
                    "parameter_79_value",
                    "parameter_79_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter80.Name",
                    "parameter_80_name",
                    "parameter_80_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter80.Value",
                    "parameter_80_value",
                    "parameter_80_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter81.Name",
                    "parameter_81_name",
                    "parameter_81_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter81.Value",
                    "parameter_81_value",
                    "parameter_81_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter82.Name",
                    "parameter_82_name",
                    "parameter_82_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter82.Value",
                    "parameter_82_value",
                    "parameter_82_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter83.Name",
                    "parameter_83_name",
                    "parameter_83_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter83.Value",
                    "parameter_83_value",
                    "parameter_83_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter84.Name",
                    "parameter_84_name",
                    "parameter_84_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter84.Value",
                    "parameter_84_value",
                    "parameter_84_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter85.Name",
                    "parameter_85_name",
                    "parameter_85_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter85.Value",
                    "parameter_85_value",
                    "parameter_85_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter86.Name",
                    "parameter_86_name",
                    "parameter_86_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter86.Value",
                    "parameter_86_value",
                    "parameter_86_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter87.Name",
                    "parameter_87_name",
                    "parameter_87_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter87.Value",
                    "parameter_87_value",
                    "parameter_87_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter88.Name",
                    "parameter_88_name",
                    "parameter_88_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter88.Value",
                    "parameter_88_value",
                    "parameter_88_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter89.Name",
                    "parameter_89_name",
                    "parameter_89_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter89.Value",
                    "parameter_89_value",
                    "parameter_89_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter90.Name",
                    "parameter_90_name",
                    "parameter_90_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter90.Value",
                    "parameter_90_value",
                    "parameter_90_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter91.Name",
                    "parameter_91_name",
                    "parameter_91_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter91.Value",
                    "parameter_91_value",
                    "parameter_91_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter92.Name",
                    "parameter_92_name",
                    "parameter_92_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter92.Value",
                    "parameter_92_value",
                    "parameter_92_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter93.Name",
                    "parameter_93_name",
                    "parameter_93_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter93.Value",
                    "parameter_93_value",
                    "parameter_93_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter94.Name",
                    "parameter_94_name",
                    "parameter_94_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter94.Value",
                    "parameter_94_value",
                    "parameter_94_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter95.Name",
                    "parameter_95_name",
                    "parameter_95_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter95.Value",
                    "parameter_95_value",
                    "parameter_95_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter96.Name",
                    "parameter_96_name",
                    "parameter_96_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter96.Value",
                    "parameter_96_value",
                    "parameter_96_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter97.Name",
                    "parameter_97_name",
                    "parameter_97_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter97.Value",
                    "parameter_97_value",
                    "parameter_97_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter98.Name",
                    "parameter_98_name",
                    "parameter_98_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter98.Value",
                    "parameter_98_value",
                    "parameter_98_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter99.Name",
                    "parameter_99_name",
                    "parameter_99_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter99.Value",
                    "parameter_99_value",
                    "parameter_99_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=False,
            idempotent_unless=(),
            resource="streams",
            action="create",
            response="Stream",
        ),
        "update_call_stream": Operation(
            id="update_call_stream",
            module="api.streams.update_call_stream",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams/{Sid}.json",
            success=200,
            summary="Stop a media stream",
            description="",
            body_model="UpdateStreamForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The stream's SID (MZ...) or the Name it was started with.",
                    required=True,
                    min_length=1,
                ),
            ),
            params=(
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "body",
                    "`stopped` ends the stream.",
                    required=True,
                    enum="StreamUpdateStatus",
                    values=("stopped",),
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="streams",
            action="update",
            response="Stream",
        ),
        "create_call_siprec": Operation(
            id="create_call_siprec",
            module="api.siprec.create_call_siprec",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec.json",
            success=200,
            summary="Start a SIPREC session on a live call",
            description="Forks the call's audio to the recording server behind a SIPREC connector until the session is stopped or the call ends. Give it a Name to stop it by name later.",
            body_model="CreateSiprecForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param("Name", "name", "name", "string", "body", "A name for the session, by which it can be stopped."),
                Param(
                    "ConnectorName",
                    "connector_name",
                    "connector_name",
                    "string",
                    "body",
                    "The unique name of the SIPREC connector (a Marketplace Add-on configured in the console) that knows the recording server.",
                ),
                Param(
                    "Track",
                    "track",
                    "track",
                    "enum",
                    "body",
                    "Which audio is sent (both tracks, two of the call's four media forks, when left out).",
                    enum="MediaTrack",
                    values=("inbound_track", "outbound_track", "both_tracks"),
                    default="both_tracks",
                ),
                Param(
                    "StatusCallback",
                    "status_callback",
                    "status_callback",
                    "string",
                    "body",
                    "An absolute URL told about the session's state, such as a failure or an unexpected stop.",
                    format="uri",
                ),
                Param(
                    "StatusCallbackMethod",
                    "status_callback_method",
                    "status_callback_method",
                    "enum",
                    "body",
                    "How StatusCallback is requested (POST by default).",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    default="POST",
                ),
                Param(
                    "Parameter1.Name",
                    "parameter_1_name",
                    "parameter_1_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter1.Value",
                    "parameter_1_value",
                    "parameter_1_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter2.Name",
                    "parameter_2_name",
                    "parameter_2_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter2.Value",
                    "parameter_2_value",
                    "parameter_2_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter3.Name",
                    "parameter_3_name",
                    "parameter_3_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter3.Value",
                    "parameter_3_value",
                    "parameter_3_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter4.Name",
                    "parameter_4_name",
                    "parameter_4_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter4.Value",
                    "parameter_4_value",
                    "parameter_4_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter5.Name",
                    "parameter_5_name",
                    "parameter_5_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter5.Value",
                    "parameter_5_value",
                    "parameter_5_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter6.Name",
                    "parameter_6_name",
                    "parameter_6_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter6.Value",
                    "parameter_6_value",
                    "parameter_6_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter7.Name",
                    "parameter_7_name",
                    "parameter_7_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter7.Value",
                    "parameter_7_value",
                    "parameter_7_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter8.Name",
                    "parameter_8_name",
                    "parameter_8_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter8.Value",
                    "parameter_8_value",
                    "parameter_8_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter9.Name",
                    "parameter_9_name",
                    "parameter_9_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter9.Value",
                    "parameter_9_value",
                    "parameter_9_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter10.Name",
                    "parameter_10_name",
                    "parameter_10_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter10.Value",
                    "parameter_10_value",
                    "parameter_10_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter11.Name",
                    "parameter_11_name",
                    "parameter_11_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter11.Value",
                    "parameter_11_value",
                    "parameter_11_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter12.Name",
                    "parameter_12_name",
                    "parameter_12_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter12.Value",
                    "parameter_12_value",
                    "parameter_12_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter13.Name",
                    "parameter_13_name",
                    "parameter_13_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter13.Value",
                    "parameter_13_value",
                    "parameter_13_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter14.Name",
                    "parameter_14_name",
                    "parameter_14_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter14.Value",
                    "parameter_14_value",
                    "parameter_14_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter15.Name",
                    "parameter_15_name",
                    "parameter_15_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter15.Value",
                    "parameter_15_value",
                    "parameter_15_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter16.Name",
                    "parameter_16_name",
                    "parameter_16_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter16.Value",
                    "parameter_16_value",
                    "parameter_16_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter17.Name",
                    "parameter_17_name",
                    "parameter_17_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter17.Value",
                    "parameter_17_value",
                    "parameter_17_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter18.Name",
                    "parameter_18_name",
                    "parameter_18_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter18.Value",
                    "parameter_18_value",
                    "parameter_18_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter19.Name",
                    "parameter_19_name",
                    "parameter_19_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter19.Value",
                    "parameter_19_value",
                    "parameter_19_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter20.Name",
                    "parameter_20_name",
                    "parameter_20_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter20.Value",
                    "parameter_20_value",
                    "parameter_20_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter21.Name",
                    "parameter_21_name",
                    "parameter_21_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter21.Value",
                    "parameter_21_value",
                    "parameter_21_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter22.Name",
                    "parameter_22_name",
                    "parameter_22_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter22.Value",
                    "parameter_22_value",
                    "parameter_22_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter23.Name",
                    "parameter_23_name",
                    "parameter_23_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter23.Value",
                    "parameter_23_value",
                    "parameter_23_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter24.Name",
                    "parameter_24_name",
                    "parameter_24_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter24.Value",
                    "parameter_24_value",
                    "parameter_24_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter25.Name",
                    "parameter_25_name",
                    "parameter_25_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter25.Value",
                    "parameter_25_value",
                    "parameter_25_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter26.Name",
                    "parameter_26_name",
                    "parameter_26_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter26.Value",
                    "parameter_26_value",
                    "parameter_26_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter27.Name",
                    "parameter_27_name",
                    "parameter_27_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter27.Value",
                    "parameter_27_value",
                    "parameter_27_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter28.Name",
                    "parameter_28_name",
                    "parameter_28_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter28.Value",
                    "parameter_28_value",
                    "parameter_28_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter29.Name",
                    "parameter_29_name",
                    "parameter_29_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter29.Value",
                    "parameter_29_value",
                    "parameter_29_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter30.Name",
                    "parameter_30_name",
                    "parameter_30_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter30.Value",
                    "parameter_30_value",
                    "parameter_30_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter31.Name",
                    "parameter_31_name",
                    "parameter_31_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter31.Value",
                    "parameter_31_value",
                    "parameter_31_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter32.Name",
                    "parameter_32_name",
                    "parameter_32_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter32.Value",
                    "parameter_32_value",
                    "parameter_32_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter33.Name",
                    "parameter_33_name",
                    "parameter_33_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter33.Value",
                    "parameter_33_value",
                    "parameter_33_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter34.Name",
                    "parameter_34_name",
                    "parameter_34_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter34.Value",
                    "parameter_34_value",
                    "parameter_34_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter35.Name",
                    "parameter_35_name",
                    "parameter_35_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter35.Value",
                    "parameter_35_value",
                    "parameter_35_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter36.Name",
                    "parameter_36_name",
                    "parameter_36_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter36.Value",
                    "parameter_36_value",
                    "parameter_36_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter37.Name",
                    "parameter_37_name",
                    "parameter_37_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter37.Value",
                    "parameter_37_value",
                    "parameter_37_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter38.Name",
                    "parameter_38_name",
                    "parameter_38_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter38.Value",
                    "parameter_38_value",
                    "parameter_38_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter39.Name",
                    "parameter_39_name",
                    "parameter_39_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter39.Value",
                    "parameter_39_value",
                    "parameter_39_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter40.Name",
                    "parameter_40_name",
                    "parameter_40_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter40.Value",
                    "parameter_40_value",
                    "parameter_40_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter41.Name",
                    "parameter_41_name",
                    "parameter_41_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter41.Value",
                    "parameter_41_value",
                    "parameter_41_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter42.Name",
                    "parameter_42_name",
                    "parameter_42_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter42.Value",
                    "parameter_42_value",
                    "parameter_42_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter43.Name",
                    "parameter_43_name",
                    "parameter_43_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter43.Value",
                    "parameter_43_value",
                    "parameter_43_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter44.Name",
                    "parameter_44_name",
                    "parameter_44_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter44.Value",
                    "parameter_44_value",
                    "parameter_44_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter45.Name",
                    "parameter_45_name",
                    "parameter_45_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter45.Value",
                    "parameter_45_value",
                    "parameter_45_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter46.Name",
                    "parameter_46_name",
                    "parameter_46_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter46.Value",
                    "parameter_46_value",
                    "parameter_46_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter47.Name",
                    "parameter_47_name",
                    "parameter_47_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter47.Value",
                    "parameter_47_value",
                    "parameter_47_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter48.Name",
                    "parameter_48_name",
                    "parameter_48_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter48.Value",
                    "parameter_48_value",
                    "parameter_48_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter49.Name",
                    "parameter_49_name",
                    "parameter_49_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter49.Value",
                    "parameter_49_value",
                    "parameter_49_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter50.Name",
                    "parameter_50_name",
                    "parameter_50_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter50.Value",
                    "parameter_50_value",
                    "parameter_50_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter51.Name",
                    "parameter_51_name",
                    "parameter_51_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter51.Value",
                    "parameter_51_value",
                    "parameter_51_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter52.Name",
                    "parameter_52_name",
                    "parameter_52_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter52.Value",
                    "parameter_52_value",
                    "parameter_52_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter53.Name",
                    "parameter_53_name",
                    "parameter_53_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter53.Value",
                    "parameter_53_value",
                    "parameter_53_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter54.Name",
                    "parameter_54_name",
                    "parameter_54_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter54.Value",
                    "parameter_54_value",
                    "parameter_54_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter55.Name",
                    "parameter_55_name",
                    "parameter_55_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter55.Value",
                    "parameter_55_value",
                    "parameter_55_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter56.Name",
                    "parameter_56_name",
                    "parameter_56_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter56.Value",
                    "parameter_56_value",
                    "parameter_56_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter57.Name",
                    "parameter_57_name",
                    "parameter_57_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter57.Value",
                    "parameter_57_value",
                    "parameter_57_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter58.Name",
                    "parameter_58_name",
                    "parameter_58_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter58.Value",
                    "parameter_58_value",
                    "parameter_58_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter59.Name",
                    "parameter_59_name",
                    "parameter_59_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter59.Value",
                    "parameter_59_value",
                    "parameter_59_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter60.Name",
                    "parameter_60_name",
                    "parameter_60_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter60.Value",
                    "parameter_60_value",
                    "parameter_60_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter61.Name",
                    "parameter_61_name",
                    "parameter_61_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter61.Value",
                    "parameter_61_value",
                    "parameter_61_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter62.Name",
                    "parameter_62_name",
                    "parameter_62_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter62.Value",
                    "parameter_62_value",
                    "parameter_62_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter63.Name",
                    "parameter_63_name",
                    "parameter_63_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter63.Value",
                    "parameter_63_value",
                    "parameter_63_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter64.Name",
                    "parameter_64_name",
                    "parameter_64_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter64.Value",
                    "parameter_64_value",
                    "parameter_64_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter65.Name",
                    "parameter_65_name",
                    "parameter_65_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter65.Value",
                    "parameter_65_value",
                    "parameter_65_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter66.Name",
                    "parameter_66_name",
                    "parameter_66_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter66.Value",
                    "parameter_66_value",
                    "parameter_66_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter67.Name",
                    "parameter_67_name",
                    "parameter_67_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter67.Value",
                    "parameter_67_value",
                    "parameter_67_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter68.Name",
                    "parameter_68_name",
                    "parameter_68_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter68.Value",
                    "parameter_68_value",
                    "parameter_68_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter69.Name",
                    "parameter_69_name",
                    "parameter_69_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter69.Value",
                    "parameter_69_value",
                    "parameter_69_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter70.Name",
                    "parameter_70_name",
                    "parameter_70_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter70.Value",
                    "parameter_70_value",
                    "parameter_70_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter71.Name",
                    "parameter_71_name",
                    "parameter_71_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter71.Value",
                    "parameter_71_value",
                    "parameter_71_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter72.Name",
                    "parameter_72_name",
                    "parameter_72_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter72.Value",
                    "parameter_72_value",
                    "parameter_72_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter73.Name",
                    "parameter_73_name",
                    "parameter_73_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter73.Value",
                    "parameter_73_value",
                    "parameter_73_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter74.Name",
                    "parameter_74_name",
                    "parameter_74_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter74.Value",
                    "parameter_74_value",
                    "parameter_74_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter75.Name",
                    "parameter_75_name",
                    "parameter_75_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter75.Value",
                    "parameter_75_value",
                    "parameter_75_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter76.Name",
                    "parameter_76_name",
                    "parameter_76_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter76.Value",
                    "parameter_76_value",
                    "parameter_76_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter77.Name",
                    "parameter_77_name",
                    "parameter_77_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter77.Value",
                    "parameter_77_value",
                    "parameter_77_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter78.Name",
                    "parameter_78_name",
                    "parameter_78_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter78.Value",
                    "parameter_78_value",
                    "parameter_78_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter79.Name",
                    "parameter_79_name",
                    "parameter_79_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter79.Value",
                    "parameter_79_value",
                    "parameter_79_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter80.Name",
                    "parameter_80_name",
                    "parameter_80_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter80.Value",
                    "parameter_80_value",
                    "parameter_80_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter81.Name",
                    "parameter_81_name",
                    "parameter_81_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter81.Value",
                    "parameter_81_value",
                    "parameter_81_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter82.Name",
                    "parameter_82_name",
                    "parameter_82_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter82.Value",
                    "parameter_82_value",
                    "parameter_82_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter83.Name",
                    "parameter_83_name",
                    "parameter_83_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter83.Value",
                    "parameter_83_value",
                    "parameter_83_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter84.Name",
                    "parameter_84_name",
                    "parameter_84_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter84.Value",
                    "parameter_84_value",
                    "parameter_84_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter85.Name",
                    "parameter_85_name",
                    "parameter_85_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter85.Value",
                    "parameter_85_value",
                    "parameter_85_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter86.Name",
                    "parameter_86_name",
                    "parameter_86_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter86.Value",
                    "parameter_86_value",
                    "parameter_86_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter87.Name",
                    "parameter_87_name",
                    "parameter_87_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter87.Value",
                    "parameter_87_value",
                    "parameter_87_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter88.Name",
                    "parameter_88_name",
                    "parameter_88_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter88.Value",
                    "parameter_88_value",
                    "parameter_88_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter89.Name",
                    "parameter_89_name",
                    "parameter_89_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter89.Value",
                    "parameter_89_value",
                    "parameter_89_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter90.Name",
                    "parameter_90_name",
                    "parameter_90_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter90.Value",
                    "parameter_90_value",
                    "parameter_90_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter91.Name",
                    "parameter_91_name",
                    "parameter_91_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter91.Value",
                    "parameter_91_value",
                    "parameter_91_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter92.Name",
                    "parameter_92_name",
                    "parameter_92_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter92.Value",
                    "parameter_92_value",
                    "parameter_92_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter93.Name",
                    "parameter_93_name",
                    "parameter_93_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter93.Value",
                    "parameter_93_value",
                    "parameter_93_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter94.Name",
                    "parameter_94_name",
                    "parameter_94_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter94.Value",
                    "parameter_94_value",
                    "parameter_94_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter95.Name",
                    "parameter_95_name",
                    "parameter_95_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter95.Value",
                    "parameter_95_value",
                    "parameter_95_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter96.Name",
                    "parameter_96_name",
                    "parameter_96_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter96.Value",
                    "parameter_96_value",
                    "parameter_96_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter97.Name",
                    "parameter_97_name",
                    "parameter_97_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter97.Value",
                    "parameter_97_value",
                    "parameter_97_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter98.Name",
                    "parameter_98_name",
                    "parameter_98_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter98.Value",
                    "parameter_98_value",
                    "parameter_98_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter99.Name",
                    "parameter_99_name",
                    "parameter_99_name",
                    "string",
                    "body",
                    "The name of one custom parameter, passed on to the recording server with the session.",
                ),
                Param(
                    "Parameter99.Value",
                    "parameter_99_value",
                    "parameter_99_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=False,
            idempotent_unless=(),
            resource="siprec",
            action="create",
            response="Siprec",
        ),
        "update_call_siprec": Operation(
            id="update_call_siprec",
            module="api.siprec.update_call_siprec",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json",
            success=200,
            summary="Stop a SIPREC session",
            description="",
            body_model="UpdateSiprecForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The SIPREC session's SID (SR...) or the Name it was started with.",
                    required=True,
                    min_length=1,
                ),
            ),
            params=(
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "body",
                    "`stopped` ends the session.",
                    required=True,
                    enum="SiprecUpdateStatus",
                    values=("stopped",),
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="siprec",
            action="update",
            response="Siprec",
        ),
        "create_call_transcription": Operation(
            id="create_call_transcription",
            module="api.transcriptions.create_call_transcription",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions.json",
            success=200,
            summary="Start transcribing a live call in real time",
            description="Transcribes the chosen tracks of a call that is in progress and reports the text to StatusCallbackUrl as it is recognised, until the transcription is stopped or the call ends.",
            body_model="CreateTranscriptionForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "Name",
                    "name",
                    "name",
                    "string",
                    "body",
                    "A name for the transcription, by which it can be stopped.",
                ),
                Param(
                    "Track",
                    "track",
                    "track",
                    "enum",
                    "body",
                    "Which audio is transcribed.",
                    enum="MediaTrack",
                    values=("inbound_track", "outbound_track", "both_tracks"),
                ),
                Param(
                    "StatusCallbackUrl",
                    "status_callback_url",
                    "status_callback_url",
                    "string",
                    "body",
                    "An absolute URL that receives the transcription's events, the recognised text among them. (Named StatusCallbackUrl here, not StatusCallback as on streams.)",
                    format="uri",
                ),
                Param(
                    "StatusCallbackMethod",
                    "status_callback_method",
                    "status_callback_method",
                    "enum",
                    "body",
                    "How StatusCallbackUrl is requested.",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                ),
                Param(
                    "InboundTrackLabel",
                    "inbound_track_label",
                    "inbound_track_label",
                    "string",
                    "body",
                    "A label for the inbound track's speaker in the results.",
                ),
                Param(
                    "OutboundTrackLabel",
                    "outbound_track_label",
                    "outbound_track_label",
                    "string",
                    "body",
                    "A label for the outbound track's speaker in the results.",
                ),
                Param(
                    "PartialResults",
                    "partial_results",
                    "partial_results",
                    "boolean",
                    "body",
                    "Whether interim results are sent as well as final ones.",
                ),
                Param(
                    "LanguageCode",
                    "language_code",
                    "language_code",
                    "string",
                    "body",
                    "The spoken language, as a BCP 47 tag such as `en-US`.",
                ),
                Param(
                    "TranscriptionEngine",
                    "transcription_engine",
                    "transcription_engine",
                    "string",
                    "body",
                    "Which speech recognition provider transcribes, e.g. `google`.",
                ),
                Param(
                    "ProfanityFilter",
                    "profanity_filter",
                    "profanity_filter",
                    "boolean",
                    "body",
                    "Whether profanities are masked, keeping only their first letter.",
                ),
                Param(
                    "SpeechModel",
                    "speech_model",
                    "speech_model",
                    "string",
                    "body",
                    "The recognition model of the chosen engine, e.g. `long`.",
                ),
                Param("Hints", "hints", "hints", "string", "body", "Words and phrases the recogniser should expect."),
                Param(
                    "EnableAutomaticPunctuation",
                    "enable_automatic_punctuation",
                    "enable_automatic_punctuation",
                    "boolean",
                    "body",
                    "Whether the engine punctuates the text.",
                ),
                Param(
                    "IntelligenceService",
                    "intelligence_service",
                    "intelligence_service",
                    "string",
                    "body",
                    "The SID or unique name of a Conversational Intelligence service that keeps the transcript and runs its operators after the call.",
                ),
                Param(
                    "ConversationConfiguration",
                    "conversation_configuration",
                    "conversation_configuration",
                    "string",
                    "body",
                    "The Conversations configuration applied in the Intelligence service.",
                ),
                Param(
                    "ConversationId",
                    "conversation_id",
                    "conversation_id",
                    "string",
                    "body",
                    "An existing conversation of the Intelligence service this transcription joins.",
                ),
                Param(
                    "ConfigurationId",
                    "configuration_id",
                    "configuration_id",
                    "string",
                    "body",
                    "A stored real-time transcription configuration that sets every non-default option at once. (twilio-python from 9.10.6 sends it as TranscriptionConfigurationId; twilio-oai 2.6.7 names it so.)",
                ),
                Param(
                    "EnableProviderData",
                    "enable_provider_data",
                    "enable_provider_data",
                    "boolean",
                    "body",
                    "Whether the engine's raw data is included in the callbacks.",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=False,
            idempotent_unless=(),
            resource="transcriptions",
            action="create",
            response="RealtimeTranscription",
        ),
        "update_call_transcription": Operation(
            id="update_call_transcription",
            module="api.transcriptions.update_call_transcription",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions/{Sid}.json",
            success=200,
            summary="Stop a real-time transcription",
            description="",
            body_model="UpdateTranscriptionForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The transcription's SID (GT...) or the Name it was started with.",
                    required=True,
                    min_length=1,
                ),
            ),
            params=(
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "body",
                    "`stopped` ends the transcription.",
                    required=True,
                    enum="TranscriptionUpdateStatus",
                    values=("stopped",),
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="transcriptions",
            action="update",
            response="RealtimeTranscription",
        ),
        "create_call_payment": Operation(
            id="create_call_payment",
            module="api.payments.create_call_payment",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments.json",
            success=201,
            summary="Start a payment session on a live call",
            description="Opens an agent-assisted payment session: the agent then asks for each piece of card or bank data with an update (Capture), the caller keys it in (the agent does not hear the tones), and a final update completes or cancels the session. Progress is reported to StatusCallback.",
            body_model="CreatePaymentForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "IdempotencyKey",
                    "idempotency_key",
                    "idempotency_key",
                    "string",
                    "body",
                    "A value unique to this request: a repeat with the same key starts no second session, so a request that timed out can be sent again.",
                    required=True,
                    min_length=1,
                ),
                Param(
                    "StatusCallback",
                    "status_callback",
                    "status_callback",
                    "string",
                    "body",
                    "Told how the session goes; an absolute URL, or one relative to the call's TwiML URL.",
                    required=True,
                    min_length=1,
                    format="uri-reference",
                ),
                Param(
                    "PaymentConnector",
                    "payment_connector",
                    "payment_connector",
                    "string",
                    "body",
                    "The unique name of the installed Pay connector that processes the payment (`Default` by default).",
                    default="Default",
                ),
                Param(
                    "PaymentMethod",
                    "payment_method",
                    "payment_method",
                    "enum",
                    "body",
                    "What the caller pays with (`credit-card` by default).",
                    enum="PaymentMethod",
                    values=("credit-card", "ach-debit"),
                    default="credit-card",
                ),
                Param(
                    "BankAccountType",
                    "bank_account_type",
                    "bank_account_type",
                    "enum",
                    "body",
                    "For ACH, the kind of account (`consumer-checking` by default).",
                    enum="BankAccountType",
                    values=("consumer-checking", "consumer-savings", "commercial-checking"),
                    default="consumer-checking",
                ),
                Param(
                    "TokenType",
                    "token_type",
                    "token_type",
                    "enum",
                    "body",
                    "The token to make when nothing is charged (`reusable` by default); a ChargeAmount charges instead.",
                    enum="TokenType",
                    values=("one-time", "reusable", "payment-method"),
                    default="reusable",
                ),
                Param(
                    "ValidCardTypes",
                    "valid_card_types",
                    "valid_card_types",
                    "string",
                    "body",
                    "The card brands accepted, separated by spaces (`visa mastercard amex` by default; others such as maestro, discover, jcb, diners-club exist).",
                    default="visa mastercard amex",
                ),
                Param(
                    "Currency",
                    "currency",
                    "currency",
                    "string",
                    "body",
                    "The ISO 4217 code ChargeAmount is in (`USD` by default); the connector decides which it takes.",
                    default="USD",
                ),
                Param(
                    "ChargeAmount",
                    "charge_amount",
                    "charge_amount",
                    "string",
                    "body",
                    "The amount to charge, positive and below 1,000,000, in Currency. Zero or left out makes a token instead of a charge.",
                    pattern="^[0-9]{1,6}(\\.[0-9]+)?$",
                    normalize="decimal",
                ),
                Param(
                    "Description",
                    "description",
                    "description",
                    "string",
                    "body",
                    "A note about the payment, passed to the connector with the transaction.",
                ),
                Param(
                    "Input",
                    "input_",
                    "input_",
                    "enum",
                    "body",
                    "How the caller enters the data (keypad tones, the only way).",
                    enum="PaymentInput",
                    values=("dtmf",),
                ),
                Param(
                    "MinPostalCodeLength",
                    "min_postal_code_length",
                    "min_postal_code_length",
                    "integer",
                    "body",
                    "The fewest digits a postal code may have.",
                    minimum=1,
                ),
                Param(
                    "Parameter",
                    "parameter",
                    "parameter",
                    "string",
                    "body",
                    "Extra settings for the connector, as the text of a flat JSON object (required by the connectors for ACH); which keys it takes depends on the connector.",
                ),
                Param(
                    "PostalCode",
                    "postal_code",
                    "postal_code",
                    "boolean",
                    "body",
                    "Whether the caller must give the card's postal code (true by default).",
                    default=True,
                ),
                Param(
                    "SecurityCode",
                    "security_code",
                    "security_code",
                    "boolean",
                    "body",
                    "Whether the caller must give the card's security code (true by default).",
                    default=True,
                ),
                Param(
                    "Timeout",
                    "timeout",
                    "timeout",
                    "integer",
                    "body",
                    "Seconds to wait for the caller's next digit before checking what was entered (5 by default).",
                    minimum=1,
                    maximum=600,
                    default=5,
                ),
                Param(
                    "RequireMatchingInputs",
                    "require_matching_inputs",
                    "require_matching_inputs",
                    "string",
                    "body",
                    "The data the caller must enter twice, identically, separated by commas; any of payment-card-number, expiration-date, security-code and postal-code.",
                    pattern="^(payment-card-number|expiration-date|security-code|postal-code)(,(payment-card-number|expiration-date|security-code|postal-code))*$",
                ),
                Param(
                    "Confirmation",
                    "confirmation",
                    "confirmation",
                    "enum",
                    "body",
                    "Whether the caller confirms the data before it is submitted (`false` by default).",
                    enum="PaymentConfirmation",
                    values=("true", "false"),
                    default="false",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="payments",
            action="create",
            response="Payment",
        ),
        "update_call_payment": Operation(
            id="update_call_payment",
            module="api.payments.update_call_payment",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments/{Sid}.json",
            success=202,
            summary="Ask for one piece of payment data, or complete or cancel the session",
            description="With Capture, the caller is prompted for that piece of data; with Status, the session is sent to the payment connector (`complete`) or dropped (`cancel`). The server accepts the change and reports its outcome to StatusCallback (202).",
            body_model="UpdatePaymentForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The payment session's SID.",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^PK[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "IdempotencyKey",
                    "idempotency_key",
                    "idempotency_key",
                    "string",
                    "body",
                    "A value unique to this update, so a repeat with the same key changes nothing more.",
                    required=True,
                    min_length=1,
                ),
                Param(
                    "StatusCallback",
                    "status_callback",
                    "status_callback",
                    "string",
                    "body",
                    "Told the outcome of this update; an absolute URL, or one relative to the call's TwiML URL.",
                    required=True,
                    min_length=1,
                    format="uri-reference",
                ),
                Param(
                    "Capture",
                    "capture",
                    "capture",
                    "enum",
                    "body",
                    "The piece of payment data to ask the caller for now.",
                    enum="PaymentCapture",
                    values=(
                        "payment-card-number",
                        "expiration-date",
                        "security-code",
                        "postal-code",
                        "bank-routing-number",
                        "bank-account-number",
                        "payment-card-number-matcher",
                        "expiration-date-matcher",
                        "security-code-matcher",
                        "postal-code-matcher",
                    ),
                ),
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "body",
                    "Ends the session - sends the data to the connector, or cancels.",
                    enum="PaymentUpdateStatus",
                    values=("complete", "cancel"),
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="payments",
            action="update",
            response="Payment",
        ),
        "create_user_defined_message": Operation(
            id="create_user_defined_message",
            module="api.user_defined_messages.create_user_defined_message",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json",
            success=201,
            summary="Send a message to the Voice SDK client on a call",
            description="Delivers Content to the Voice SDK application on the call's leg; only while the call is active and connected to a Voice SDK client.",
            body_model="CreateUserDefinedMessageForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "Content",
                    "content",
                    "content",
                    "string",
                    "body",
                    "The message, as the text of a JSON value (the form encoding escapes it).",
                    required=True,
                    min_length=1,
                ),
                Param(
                    "IdempotencyKey",
                    "idempotency_key",
                    "idempotency_key",
                    "string",
                    "body",
                    "A value unique to this request, so a repeat with the same key is delivered once.",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=False,
            idempotent_unless=(),
            resource="user_defined_messages",
            action="create",
            response="UserDefinedMessage",
        ),
        "create_user_defined_message_subscription": Operation(
            id="create_user_defined_message_subscription",
            module="api.user_defined_message_subscriptions.create_user_defined_message_subscription",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json",
            success=201,
            summary="Forward a Voice SDK client's messages on a call to a URL",
            description="From now until the subscription is deleted or the call ends, each message the Voice SDK client on this call's leg sends is delivered to Callback (as a JSON body). Only while the call is active.",
            body_model="CreateUserDefinedMessageSubscriptionForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "Callback",
                    "callback",
                    "callback",
                    "string",
                    "body",
                    "Receives each message the Voice SDK client sends, as a JSON body; its host name must be valid (no underscores).",
                    required=True,
                    format="uri",
                ),
                Param(
                    "Method",
                    "method",
                    "method",
                    "enum",
                    "body",
                    "How Callback is requested (POST by default).",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    default="POST",
                ),
                Param(
                    "IdempotencyKey",
                    "idempotency_key",
                    "idempotency_key",
                    "string",
                    "body",
                    "A value unique to this request, so a repeat with the same key makes one subscription.",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=False,
            idempotent_unless=(),
            resource="user_defined_message_subscriptions",
            action="create",
            response="UserDefinedMessageSubscription",
        ),
        "delete_user_defined_message_subscription": Operation(
            id="delete_user_defined_message_subscription",
            module="api.user_defined_message_subscriptions.delete_user_defined_message_subscription",
            method="DELETE",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json",
            success=204,
            summary="Stop forwarding a Voice SDK client's messages",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The subscription's SID.",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^ZY[0-9a-fA-F]{32}$",
                ),
            ),
            params=(),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="user_defined_message_subscriptions",
            action="delete",
        ),
        "list_call_events": Operation(
            id="list_call_events",
            module="api.events.list_call_events",
            method="GET",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json",
            success=200,
            summary="List the requests made for a call, one page at a time",
            description="Each event is one HTTP request the platform made for the call (TwiML fetches, status callbacks, and the API request that created it) with the answer it got. Twilio makes them readable some 15 minutes after the call ends.",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "PageSize",
                    "page_size",
                    "page_size",
                    "integer",
                    "query",
                    "How many items one page holds (50 when left out).",
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
            page_items="events",
            page_next="next_page_uri",
            resource="events",
            action="list",
            response="Event",
        ),
        "list_call_notifications": Operation(
            id="list_call_notifications",
            module="api.notifications.list_call_notifications",
            method="GET",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json",
            success=200,
            summary="List the errors and warnings logged for a call, one page at a time",
            description="Returns one page of the call's notifications matching every filter given. Follow `next_page_uri` for the next page. The inclusive bounds `MessageDate<` and `MessageDate>` travel as their own query keys, grouped in the `Before` and `After` objects like the date bounds of the other lists.",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
            ),
            params=(
                Param(
                    "Log",
                    "log",
                    "log",
                    "integer",
                    "query",
                    "Only errors (0) or only warnings (1); both when left out.",
                    minimum=0,
                    maximum=1,
                ),
                Param(
                    "MessageDate",
                    "logged_on",
                    "message_date",
                    "string",
                    "query",
                    "Only notifications logged on this day (YYYY-MM-DD).",
                    format="date",
                    normalize="date-filter",
                ),
                Param(
                    "MessageDate<",
                    "logged_before",
                    "message_date",
                    "string",
                    "query",
                    "Only notifications logged on or before this day (YYYY-MM-DD).",
                    format="date",
                    normalize="date-filter",
                    group="before",
                    group_model="LoggedBefore",
                ),
                Param(
                    "MessageDate>",
                    "logged_after",
                    "message_date",
                    "string",
                    "query",
                    "Only notifications logged on or after this day (YYYY-MM-DD).",
                    format="date",
                    normalize="date-filter",
                    group="after",
                    group_model="LoggedAfter",
                ),
                Param(
                    "PageSize",
                    "page_size",
                    "page_size",
                    "integer",
                    "query",
                    "How many items one page holds (50 when left out).",
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
            page_items="notifications",
            page_next="next_page_uri",
            resource="notifications",
            action="list",
            response="Notification",
        ),
        "fetch_call_notification": Operation(
            id="fetch_call_notification",
            module="api.notifications.fetch_call_notification",
            method="GET",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json",
            success=200,
            summary="Read one error or warning logged for a call",
            description="Unlike the list, the answer also carries the request and response that caused it.",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^CA[0-9a-fA-F]{32}$",
                ),
                Param(
                    "Sid",
                    "sid",
                    "sid",
                    "string",
                    "path",
                    "The notification's SID.",
                    required=True,
                    min_length=34,
                    max_length=34,
                    pattern="^NO[0-9a-fA-F]{32}$",
                ),
            ),
            params=(),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            resource="notifications",
            action="fetch",
            response="Notification",
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
                    pattern="^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$",
                    normalize="rfc2822-date-filter",
                ),
                Param(
                    "EndTime",
                    "ended_on",
                    "end_time",
                    "string",
                    "query",
                    "Only calls that ended on this day or at this time; sent as an RFC 2822 GMT timestamp.",
                    pattern="^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$",
                    normalize="rfc2822-date-filter",
                ),
                Param(
                    "StartTime<",
                    "started_before",
                    "start_time",
                    "string",
                    "query",
                    "Only calls that started on or before this day or instant.",
                    pattern="^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$",
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
                    pattern="^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$",
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
                    pattern="^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$",
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
                    pattern="^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ((0[1-9]|1\\d|2[0-8]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|31 (Jan|Mar|May|Jul|Aug|Oct|Dec) (000[1-9]|00[1-9]\\d|0[1-9]\\d\\d|[1-9]\\d{3})|29 Feb (\\d\\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)) ([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d GMT$",
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
        "create_call_recording": Operation(
            id="create_call_recording",
            module="api.recordings.create_call_recording",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json",
            success=200,
            summary="Start recording a live call",
            description="Begins a new recording of a call that is in progress; the answer shows it `in-progress`. Its events go to RecordingStatusCallback if one is given.",
            body_model="CreateRecordingForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
                    required=True,
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
            ),
            params=(
                Param(
                    "RecordingStatusCallbackEvent",
                    "recording_status_callback_event",
                    "recording_status_callback_event",
                    "array",
                    "body",
                    "Which recording events go to RecordingStatusCallback (`completed` by default), sent as one space-separated value; an unknown event is refused with error 13621 (SignalWire: requests.tsp RecordingStatusCallbackEvent; error-codes.mdx).",
                    enum="RecordingStatusCallbackEvent",
                    values=("in-progress", "completed", "absent"),
                    error_code=13621,
                    style="spaceDelimited",
                    default=("completed",),
                ),
                Param(
                    "RecordingStatusCallback",
                    "recording_status_callback",
                    "recording_status_callback",
                    "string",
                    "body",
                    "Told about the recording's events (those RecordingStatusCallbackEvent names).",
                    format="uri",
                ),
                Param(
                    "RecordingStatusCallbackMethod",
                    "recording_status_callback_method",
                    "recording_status_callback_method",
                    "enum",
                    "body",
                    "How RecordingStatusCallback is requested (POST by default).",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    default="POST",
                ),
                Param(
                    "Trim",
                    "trim",
                    "trim",
                    "enum",
                    "body",
                    "Whether silence at both ends is cut; an unknown value is refused with error 13699 (SignalWire: requests.tsp Trim, whose stated default changed between revisions of its docs; error-codes.mdx).",
                    enum="Trim",
                    values=("trim-silence", "do-not-trim"),
                    error_code=13699,
                    default="do-not-trim",
                ),
                Param(
                    "RecordingChannels",
                    "recording_channels",
                    "recording_channels",
                    "enum",
                    "body",
                    "`mono` (the default) mixes every party into one channel; `dual` gives each of two parties its own.",
                    enum="RecordingChannels",
                    values=("mono", "dual"),
                    default="mono",
                ),
                Param(
                    "RecordingTrack",
                    "recording_track",
                    "recording_track",
                    "enum",
                    "body",
                    "Which audio is recorded - what the platform receives (`inbound`), what it plays (`outbound`), or `both` (the default).",
                    enum="RecordingTrack",
                    values=("inbound", "outbound", "both"),
                    default="both",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=False,
            idempotent_unless=(),
            additional_params=False,
            resource="recordings",
            action="create",
            response="Recording",
        ),
        "update_call_recording": Operation(
            id="update_call_recording",
            module="api.recordings.update_call_recording",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
            success=200,
            summary="Pause, resume or stop a recording of a live call",
            description="Moves the recording to `paused`, back to `in-progress`, or to `stopped`. The SID may be replaced by `Twilio.CURRENT` to mean the recording the call is making now. The server may answer 408 when it could not apply the change in time (twilio-oai 2.6.7 declares it).",
            body_model="UpdateRecordingForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
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
                    "The recording's UUID (recordings core.tsp RecordingSidPath, format uuid).",
                    required=True,
                    min_length=36,
                    max_length=36,
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
            ),
            params=(
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "body",
                    "The state to move the recording to.",
                    required=True,
                    enum="RecordingUpdateStatus",
                    values=("in-progress", "paused", "stopped"),
                ),
                Param(
                    "PauseBehavior",
                    "pause_behavior",
                    "pause_behavior",
                    "enum",
                    "body",
                    "With Status `paused`: whether the pause is left out of the file (`skip`) or kept as silence (`silence`, the default). Ignored otherwise.",
                    enum="PauseBehavior",
                    values=("skip", "silence"),
                    default="silence",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            additional_params=False,
            resource="recordings",
            action="update",
            response="Recording",
        ),
        "create_call_stream": Operation(
            id="create_call_stream",
            module="api.streams.create_call_stream",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams.json",
            success=200,
            summary="Start sending a live call's audio to a WebSocket",
            description="Opens a one-way media stream: the call's audio (the tracks chosen) flows to the WebSocket server at `Url` until the stream is stopped or the call ends. Give it a Name to stop it by name later.",
            body_model="CreateStreamForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
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
                    "The WebSocket server the audio goes to, absolute or relative to the call's TwiML URL. Twilio speaks only wss to it; send values through the custom parameters, not a query string.",
                    required=True,
                    format="uri-reference",
                ),
                Param(
                    "Name",
                    "name",
                    "name",
                    "string",
                    "body",
                    "A name for the stream, unique on the call, by which it can be stopped.",
                ),
                Param(
                    "Track",
                    "track",
                    "track",
                    "enum",
                    "body",
                    "Which audio is streamed (`both_tracks` by default at SignalWire's REST API, unlike Twilio).",
                    enum="MediaTrack",
                    values=("inbound_track", "outbound_track", "both_tracks"),
                    default="both_tracks",
                ),
                Param(
                    "StatusCallback",
                    "status_callback",
                    "status_callback",
                    "string",
                    "body",
                    "An absolute URL told when the stream starts, stops or fails.",
                    format="uri",
                ),
                Param(
                    "StatusCallbackMethod",
                    "status_callback_method",
                    "status_callback_method",
                    "enum",
                    "body",
                    "How StatusCallback is requested (POST by default).",
                    enum="HttpMethod",
                    values=("GET", "POST"),
                    default="POST",
                ),
                Param(
                    "Parameter1.Name",
                    "parameter_1_name",
                    "parameter_1_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter1.Value",
                    "parameter_1_value",
                    "parameter_1_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter2.Name",
                    "parameter_2_name",
                    "parameter_2_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter2.Value",
                    "parameter_2_value",
                    "parameter_2_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter3.Name",
                    "parameter_3_name",
                    "parameter_3_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter3.Value",
                    "parameter_3_value",
                    "parameter_3_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter4.Name",
                    "parameter_4_name",
                    "parameter_4_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter4.Value",
                    "parameter_4_value",
                    "parameter_4_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter5.Name",
                    "parameter_5_name",
                    "parameter_5_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter5.Value",
                    "parameter_5_value",
                    "parameter_5_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter6.Name",
                    "parameter_6_name",
                    "parameter_6_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter6.Value",
                    "parameter_6_value",
                    "parameter_6_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter7.Name",
                    "parameter_7_name",
                    "parameter_7_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter7.Value",
                    "parameter_7_value",
                    "parameter_7_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter8.Name",
                    "parameter_8_name",
                    "parameter_8_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter8.Value",
                    "parameter_8_value",
                    "parameter_8_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter9.Name",
                    "parameter_9_name",
                    "parameter_9_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter9.Value",
                    "parameter_9_value",
                    "parameter_9_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter10.Name",
                    "parameter_10_name",
                    "parameter_10_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter10.Value",
                    "parameter_10_value",
                    "parameter_10_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter11.Name",
                    "parameter_11_name",
                    "parameter_11_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter11.Value",
                    "parameter_11_value",
                    "parameter_11_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter12.Name",
                    "parameter_12_name",
                    "parameter_12_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter12.Value",
                    "parameter_12_value",
                    "parameter_12_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter13.Name",
                    "parameter_13_name",
                    "parameter_13_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter13.Value",
                    "parameter_13_value",
                    "parameter_13_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter14.Name",
                    "parameter_14_name",
                    "parameter_14_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter14.Value",
                    "parameter_14_value",
                    "parameter_14_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter15.Name",
                    "parameter_15_name",
                    "parameter_15_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter15.Value",
                    "parameter_15_value",
                    "parameter_15_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter16.Name",
                    "parameter_16_name",
                    "parameter_16_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter16.Value",
                    "parameter_16_value",
                    "parameter_16_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter17.Name",
                    "parameter_17_name",
                    "parameter_17_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter17.Value",
                    "parameter_17_value",
                    "parameter_17_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter18.Name",
                    "parameter_18_name",
                    "parameter_18_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter18.Value",
                    "parameter_18_value",
                    "parameter_18_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter19.Name",
                    "parameter_19_name",
                    "parameter_19_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter19.Value",
                    "parameter_19_value",
                    "parameter_19_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter20.Name",
                    "parameter_20_name",
                    "parameter_20_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter20.Value",
                    "parameter_20_value",
                    "parameter_20_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter21.Name",
                    "parameter_21_name",
                    "parameter_21_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter21.Value",
                    "parameter_21_value",
                    "parameter_21_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter22.Name",
                    "parameter_22_name",
                    "parameter_22_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter22.Value",
                    "parameter_22_value",
                    "parameter_22_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter23.Name",
                    "parameter_23_name",
                    "parameter_23_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter23.Value",
                    "parameter_23_value",
                    "parameter_23_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter24.Name",
                    "parameter_24_name",
                    "parameter_24_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter24.Value",
                    "parameter_24_value",
                    "parameter_24_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter25.Name",
                    "parameter_25_name",
                    "parameter_25_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter25.Value",
                    "parameter_25_value",
                    "parameter_25_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter26.Name",
                    "parameter_26_name",
                    "parameter_26_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter26.Value",
                    "parameter_26_value",
                    "parameter_26_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter27.Name",
                    "parameter_27_name",
                    "parameter_27_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter27.Value",
                    "parameter_27_value",
                    "parameter_27_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter28.Name",
                    "parameter_28_name",
                    "parameter_28_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter28.Value",
                    "parameter_28_value",
                    "parameter_28_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter29.Name",
                    "parameter_29_name",
                    "parameter_29_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter29.Value",
                    "parameter_29_value",
                    "parameter_29_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter30.Name",
                    "parameter_30_name",
                    "parameter_30_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter30.Value",
                    "parameter_30_value",
                    "parameter_30_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter31.Name",
                    "parameter_31_name",
                    "parameter_31_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter31.Value",
                    "parameter_31_value",
                    "parameter_31_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter32.Name",
                    "parameter_32_name",
                    "parameter_32_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter32.Value",
                    "parameter_32_value",
                    "parameter_32_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter33.Name",
                    "parameter_33_name",
                    "parameter_33_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter33.Value",
                    "parameter_33_value",
                    "parameter_33_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter34.Name",
                    "parameter_34_name",
                    "parameter_34_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter34.Value",
                    "parameter_34_value",
                    "parameter_34_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter35.Name",
                    "parameter_35_name",
                    "parameter_35_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter35.Value",
                    "parameter_35_value",
                    "parameter_35_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter36.Name",
                    "parameter_36_name",
                    "parameter_36_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter36.Value",
                    "parameter_36_value",
                    "parameter_36_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter37.Name",
                    "parameter_37_name",
                    "parameter_37_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter37.Value",
                    "parameter_37_value",
                    "parameter_37_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter38.Name",
                    "parameter_38_name",
                    "parameter_38_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter38.Value",
                    "parameter_38_value",
                    "parameter_38_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter39.Name",
                    "parameter_39_name",
                    "parameter_39_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter39.Value",
                    "parameter_39_value",
                    "parameter_39_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter40.Name",
                    "parameter_40_name",
                    "parameter_40_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter40.Value",
                    "parameter_40_value",
                    "parameter_40_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter41.Name",
                    "parameter_41_name",
                    "parameter_41_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter41.Value",
                    "parameter_41_value",
                    "parameter_41_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter42.Name",
                    "parameter_42_name",
                    "parameter_42_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter42.Value",
                    "parameter_42_value",
                    "parameter_42_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter43.Name",
                    "parameter_43_name",
                    "parameter_43_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter43.Value",
                    "parameter_43_value",
                    "parameter_43_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter44.Name",
                    "parameter_44_name",
                    "parameter_44_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter44.Value",
                    "parameter_44_value",
                    "parameter_44_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter45.Name",
                    "parameter_45_name",
                    "parameter_45_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter45.Value",
                    "parameter_45_value",
                    "parameter_45_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter46.Name",
                    "parameter_46_name",
                    "parameter_46_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter46.Value",
                    "parameter_46_value",
                    "parameter_46_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter47.Name",
                    "parameter_47_name",
                    "parameter_47_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter47.Value",
                    "parameter_47_value",
                    "parameter_47_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter48.Name",
                    "parameter_48_name",
                    "parameter_48_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter48.Value",
                    "parameter_48_value",
                    "parameter_48_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter49.Name",
                    "parameter_49_name",
                    "parameter_49_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter49.Value",
                    "parameter_49_value",
                    "parameter_49_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter50.Name",
                    "parameter_50_name",
                    "parameter_50_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter50.Value",
                    "parameter_50_value",
                    "parameter_50_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter51.Name",
                    "parameter_51_name",
                    "parameter_51_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter51.Value",
                    "parameter_51_value",
                    "parameter_51_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter52.Name",
                    "parameter_52_name",
                    "parameter_52_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter52.Value",
                    "parameter_52_value",
                    "parameter_52_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter53.Name",
                    "parameter_53_name",
                    "parameter_53_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter53.Value",
                    "parameter_53_value",
                    "parameter_53_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter54.Name",
                    "parameter_54_name",
                    "parameter_54_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter54.Value",
                    "parameter_54_value",
                    "parameter_54_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter55.Name",
                    "parameter_55_name",
                    "parameter_55_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter55.Value",
                    "parameter_55_value",
                    "parameter_55_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter56.Name",
                    "parameter_56_name",
                    "parameter_56_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter56.Value",
                    "parameter_56_value",
                    "parameter_56_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter57.Name",
                    "parameter_57_name",
                    "parameter_57_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter57.Value",
                    "parameter_57_value",
                    "parameter_57_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter58.Name",
                    "parameter_58_name",
                    "parameter_58_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter58.Value",
                    "parameter_58_value",
                    "parameter_58_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter59.Name",
                    "parameter_59_name",
                    "parameter_59_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter59.Value",
                    "parameter_59_value",
                    "parameter_59_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter60.Name",
                    "parameter_60_name",
                    "parameter_60_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter60.Value",
                    "parameter_60_value",
                    "parameter_60_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter61.Name",
                    "parameter_61_name",
                    "parameter_61_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter61.Value",
                    "parameter_61_value",
                    "parameter_61_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter62.Name",
                    "parameter_62_name",
                    "parameter_62_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter62.Value",
                    "parameter_62_value",
                    "parameter_62_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter63.Name",
                    "parameter_63_name",
                    "parameter_63_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter63.Value",
                    "parameter_63_value",
                    "parameter_63_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter64.Name",
                    "parameter_64_name",
                    "parameter_64_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter64.Value",
                    "parameter_64_value",
                    "parameter_64_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter65.Name",
                    "parameter_65_name",
                    "parameter_65_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter65.Value",
                    "parameter_65_value",
                    "parameter_65_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter66.Name",
                    "parameter_66_name",
                    "parameter_66_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter66.Value",
                    "parameter_66_value",
                    "parameter_66_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter67.Name",
                    "parameter_67_name",
                    "parameter_67_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter67.Value",
                    "parameter_67_value",
                    "parameter_67_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter68.Name",
                    "parameter_68_name",
                    "parameter_68_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter68.Value",
                    "parameter_68_value",
                    "parameter_68_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter69.Name",
                    "parameter_69_name",
                    "parameter_69_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter69.Value",
                    "parameter_69_value",
                    "parameter_69_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter70.Name",
                    "parameter_70_name",
                    "parameter_70_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter70.Value",
                    "parameter_70_value",
                    "parameter_70_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter71.Name",
                    "parameter_71_name",
                    "parameter_71_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter71.Value",
                    "parameter_71_value",
                    "parameter_71_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter72.Name",
                    "parameter_72_name",
                    "parameter_72_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter72.Value",
                    "parameter_72_value",
                    "parameter_72_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter73.Name",
                    "parameter_73_name",
                    "parameter_73_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter73.Value",
                    "parameter_73_value",
                    "parameter_73_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter74.Name",
                    "parameter_74_name",
                    "parameter_74_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter74.Value",
                    "parameter_74_value",
                    "parameter_74_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter75.Name",
                    "parameter_75_name",
                    "parameter_75_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter75.Value",
                    "parameter_75_value",
                    "parameter_75_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter76.Name",
                    "parameter_76_name",
                    "parameter_76_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter76.Value",
                    "parameter_76_value",
                    "parameter_76_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter77.Name",
                    "parameter_77_name",
                    "parameter_77_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter77.Value",
                    "parameter_77_value",
                    "parameter_77_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter78.Name",
                    "parameter_78_name",
                    "parameter_78_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter78.Value",
                    "parameter_78_value",
                    "parameter_78_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter79.Name",
                    "parameter_79_name",
                    "parameter_79_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter79.Value",
                    "parameter_79_value",
                    "parameter_79_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter80.Name",
                    "parameter_80_name",
                    "parameter_80_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter80.Value",
                    "parameter_80_value",
                    "parameter_80_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter81.Name",
                    "parameter_81_name",
                    "parameter_81_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter81.Value",
                    "parameter_81_value",
                    "parameter_81_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter82.Name",
                    "parameter_82_name",
                    "parameter_82_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter82.Value",
                    "parameter_82_value",
                    "parameter_82_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter83.Name",
                    "parameter_83_name",
                    "parameter_83_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter83.Value",
                    "parameter_83_value",
                    "parameter_83_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter84.Name",
                    "parameter_84_name",
                    "parameter_84_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter84.Value",
                    "parameter_84_value",
                    "parameter_84_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter85.Name",
                    "parameter_85_name",
                    "parameter_85_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter85.Value",
                    "parameter_85_value",
                    "parameter_85_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter86.Name",
                    "parameter_86_name",
                    "parameter_86_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter86.Value",
                    "parameter_86_value",
                    "parameter_86_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter87.Name",
                    "parameter_87_name",
                    "parameter_87_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter87.Value",
                    "parameter_87_value",
                    "parameter_87_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter88.Name",
                    "parameter_88_name",
                    "parameter_88_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter88.Value",
                    "parameter_88_value",
                    "parameter_88_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter89.Name",
                    "parameter_89_name",
                    "parameter_89_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter89.Value",
                    "parameter_89_value",
                    "parameter_89_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter90.Name",
                    "parameter_90_name",
                    "parameter_90_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter90.Value",
                    "parameter_90_value",
                    "parameter_90_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter91.Name",
                    "parameter_91_name",
                    "parameter_91_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter91.Value",
                    "parameter_91_value",
                    "parameter_91_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter92.Name",
                    "parameter_92_name",
                    "parameter_92_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter92.Value",
                    "parameter_92_value",
                    "parameter_92_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter93.Name",
                    "parameter_93_name",
                    "parameter_93_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter93.Value",
                    "parameter_93_value",
                    "parameter_93_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter94.Name",
                    "parameter_94_name",
                    "parameter_94_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter94.Value",
                    "parameter_94_value",
                    "parameter_94_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter95.Name",
                    "parameter_95_name",
                    "parameter_95_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter95.Value",
                    "parameter_95_value",
                    "parameter_95_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter96.Name",
                    "parameter_96_name",
                    "parameter_96_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter96.Value",
                    "parameter_96_value",
                    "parameter_96_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter97.Name",
                    "parameter_97_name",
                    "parameter_97_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter97.Value",
                    "parameter_97_value",
                    "parameter_97_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter98.Name",
                    "parameter_98_name",
                    "parameter_98_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter98.Value",
                    "parameter_98_value",
                    "parameter_98_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "Parameter99.Name",
                    "parameter_99_name",
                    "parameter_99_name",
                    "string",
                    "body",
                    "The name of one custom parameter, handed to the WebSocket server in the stream's start message.",
                ),
                Param(
                    "Parameter99.Value",
                    "parameter_99_value",
                    "parameter_99_value",
                    "string",
                    "body",
                    "The value of the custom parameter with the same number.",
                ),
                Param(
                    "AuthorizationBearerToken",
                    "authorization_bearer_token",
                    "authorization_bearer_token",
                    "string",
                    "body",
                    "A token sent to the WebSocket server as `Authorization: Bearer <token>` when the connection opens (SignalWire: requests.tsp CreateCallStreamRequest).",
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=False,
            idempotent_unless=(),
            additional_params=False,
            resource="streams",
            action="create",
            response="Stream",
        ),
        "update_call_stream": Operation(
            id="update_call_stream",
            module="api.streams.update_call_stream",
            method="POST",
            path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams/{Sid}.json",
            success=200,
            summary="Stop a media stream",
            description="",
            body_model="UpdateStreamForm",
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
                    "CallSid",
                    "call_sid",
                    "call_sid",
                    "string",
                    "path",
                    "The call the subresource belongs to - its SID (Twilio) or UUID (SignalWire).",
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
                    "The stream's UUID, or the Name it was started with.",
                    required=True,
                    min_length=1,
                ),
            ),
            params=(
                Param(
                    "Status",
                    "status",
                    "status",
                    "enum",
                    "body",
                    "`stopped` ends the stream.",
                    required=True,
                    enum="StreamUpdateStatus",
                    values=("in-progress", "stopped"),
                ),
            ),
            exactly_one_of=(),
            at_most_one_of=(),
            at_least_one_of=(),
            idempotent=True,
            idempotent_unless=(),
            additional_params=False,
            resource="streams",
            action="update",
            response="Stream",
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
            "status": ("string", "null"),
            "direction": ("string", "null"),
            "answered_by": ("string", "null"),
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
        fields={
            "Call": {
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
                "status": ("string", "null"),
                "direction": ("string", "null"),
                "answered_by": ("string", "null"),
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
            "Event": {"request": ("object", "null"), "response": ("object", "null")},
            "Notification": {
                "sid": ("string",),
                "account_sid": ("string",),
                "call_sid": ("string", "null"),
                "api_version": ("string", "null"),
                "date_created": ("string", "null"),
                "date_updated": ("string", "null"),
                "error_code": ("string", "null"),
                "log": ("string", "null"),
                "message_date": ("string", "null"),
                "message_text": ("string", "null"),
                "more_info": ("string", "null"),
                "request_method": ("string", "null"),
                "request_url": ("string", "null"),
                "request_variables": ("string", "null"),
                "response_body": ("string", "null"),
                "response_headers": ("string", "null"),
                "uri": ("string", "null"),
            },
            "Payment": {
                "sid": ("string",),
                "account_sid": ("string",),
                "call_sid": ("string", "null"),
                "date_created": ("string", "null"),
                "date_updated": ("string", "null"),
                "uri": ("string", "null"),
            },
            "RealtimeTranscription": {
                "sid": ("string",),
                "account_sid": ("string",),
                "call_sid": ("string", "null"),
                "name": ("string", "null"),
                "status": ("string", "null"),
                "date_updated": ("string", "null"),
                "uri": ("string", "null"),
            },
            "Recording": {
                "sid": ("string",),
                "account_sid": ("string",),
                "call_sid": ("string", "null"),
                "conference_sid": ("string", "null"),
                "api_version": ("string", "null"),
                "date_created": ("string", "null"),
                "date_updated": ("string", "null"),
                "start_time": ("string", "null"),
                "duration": ("string", "null"),
                "price": ("string", "number", "null"),
                "price_unit": ("string", "null"),
                "status": ("string", "null"),
                "channels": ("integer", "null"),
                "source": ("string", "null"),
                "error_code": ("integer", "null"),
                "track": ("string", "null"),
                "encryption_details": ("object", "null"),
                "uri": ("string", "null"),
            },
            "Siprec": {
                "sid": ("string",),
                "account_sid": ("string",),
                "call_sid": ("string", "null"),
                "name": ("string", "null"),
                "status": ("string", "null"),
                "date_updated": ("string", "null"),
                "uri": ("string", "null"),
            },
            "Stream": {
                "sid": ("string",),
                "account_sid": ("string",),
                "call_sid": ("string", "null"),
                "name": ("string", "null"),
                "status": ("string", "null"),
                "date_updated": ("string", "null"),
                "uri": ("string", "null"),
            },
            "UserDefinedMessage": {
                "sid": ("string",),
                "account_sid": ("string",),
                "call_sid": ("string", "null"),
                "date_created": ("string", "null"),
            },
            "UserDefinedMessageSubscription": {
                "sid": ("string",),
                "account_sid": ("string",),
                "call_sid": ("string", "null"),
                "date_created": ("string", "null"),
                "uri": ("string", "null"),
            },
        },
        field_values={
            "Call": {
                "status": ("queued", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"),
                "direction": (
                    "inbound",
                    "outbound-api",
                    "outbound-dial",
                    "trunking-terminating",
                    "trunking-originating",
                ),
                "answered_by": (
                    "human",
                    "machine",
                    "machine_start",
                    "machine_end_beep",
                    "machine_end_silence",
                    "machine_end_other",
                    "fax",
                    "unknown",
                ),
            },
            "Event": {},
            "Notification": {"request_method": ("GET", "POST")},
            "Payment": {},
            "RealtimeTranscription": {"status": ("in-progress", "stopped")},
            "Recording": {
                "status": ("in-progress", "paused", "stopped", "processing", "completed", "absent"),
                "source": (
                    "DialVerb",
                    "Conference",
                    "OutboundAPI",
                    "Trunking",
                    "RecordVerb",
                    "StartCallRecordingAPI",
                    "StartConferenceRecordingAPI",
                ),
                "track": ("inbound", "outbound", "both"),
            },
            "Siprec": {"status": ("in-progress", "stopped")},
            "Stream": {"status": ("in-progress", "stopped")},
            "UserDefinedMessage": {},
            "UserDefinedMessageSubscription": {},
        },
        item_sids={
            "Notification": "NO{hex32}",
            "Payment": "PK{hex32}",
            "RealtimeTranscription": "GT{hex32}",
            "Recording": "RE{hex32}",
            "Siprec": "SR{hex32}",
            "Stream": "MZ{hex32}",
            "UserDefinedMessage": "KX{hex32}",
            "UserDefinedMessageSubscription": "ZY{hex32}",
        },
        spellings={},
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
            "status": ("string", "null"),
            "direction": ("string", "null"),
            "answered_by": ("string", "null"),
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
        fields={
            "Call": {
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
                "status": ("string", "null"),
                "direction": ("string", "null"),
                "answered_by": ("string", "null"),
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
            "Recording": {
                "sid": ("string",),
                "account_sid": ("string",),
                "call_sid": ("string", "null"),
                "conference_sid": ("string", "null"),
                "api_version": ("string", "null"),
                "date_created": ("string", "null"),
                "date_updated": ("string", "null"),
                "start_time": ("string", "null"),
                "duration": ("integer", "null"),
                "price": ("string", "null"),
                "price_unit": ("string", "null"),
                "status": ("string", "null"),
                "channels": ("string", "null"),
                "source": ("string", "null"),
                "error_code": ("string", "null"),
                "encryption_details": ("object", "null"),
                "uri": ("string", "null"),
                "channel": ("string", "null"),
                "end_time": ("string", "null"),
                "trim": ("string", "null"),
                "subresource_uris": ("object", "null"),
            },
            "Stream": {
                "sid": ("string",),
                "account_sid": ("string",),
                "call_sid": ("string", "null"),
                "name": ("string", "null"),
                "status": ("string", "null"),
                "date_updated": ("string", "null"),
                "uri": ("string", "null"),
            },
        },
        field_values={
            "Call": {
                "status": ("queued", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"),
                "direction": ("inbound", "outbound"),
                "answered_by": (
                    "human",
                    "machine",
                    "machine_start",
                    "machine_end_beep",
                    "machine_end_silence",
                    "machine_end_other",
                    "fax",
                    "unknown",
                ),
            },
            "Recording": {
                "status": ("queued", "in-progress", "paused", "resumed", "completed", "absent", "stopped"),
                "source": (
                    "DialVerb",
                    "Conference",
                    "OutBoundApi",
                    "Trunking",
                    "RecordVerb",
                    "StartCallRecordingApi",
                    "StartConferenceRecording",
                ),
                "trim": ("trim-silence", "do-not-trim"),
            },
            "Stream": {"status": ("queued", "in-progress", "stopped")},
        },
        item_sids={"Recording": "{uuid}", "Stream": "{uuid}"},
        spellings={
            "RecordingSource": {
                "OutboundAPI": "OutBoundApi",
                "StartCallRecordingAPI": "StartCallRecordingApi",
                "StartConferenceRecordingAPI": "StartConferenceRecording",
            }
        },
    ),
}
"""Each provider's server: base URL, response shapes and info.x-provider."""

FINAL_VALUES: dict[str, tuple[str, ...]] = {
    "CallStatus": ("completed", "busy", "failed", "no-answer", "canceled"),
    "RecordingStatus": ("completed", "absent"),
    "StreamStatus": ("stopped",),
    "SiprecStatus": ("stopped",),
    "TranscriptionStatus": ("stopped",),
}
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
    "Event": (
        Field("request", "request", "object", "The request as sent."),
        Field("response", "response", "object", "The answer as received."),
    ),
    "Notification": (
        Field("sid", "sid", "text", "The notification's identifier (NO...).", required=True),
        Field("account_sid", "account_sid", "text", "The account that owns the notification.", required=True),
        Field("call_sid", "call_sid", "text", "The call it is about."),
        Field("api_version", "api_version", "text", "The API version in use when it was logged."),
        Field("date_created", "date_created", "timestamp", "When the record was created (RFC 2822, GMT)."),
        Field("date_updated", "date_updated", "timestamp", "When the record last changed (RFC 2822, GMT)."),
        Field("error_code", "error_code", "integer", 'The error or warning code, as text (e.g. "15003").'),
        Field("log", "log", "integer", "0 for an error, 1 for a warning, as text."),
        Field("message_date", "message_date", "timestamp", "When the problem happened (RFC 2822, GMT)."),
        Field("message_text", "message_text", "text", "What happened, as URL-encoded key=value pairs."),
        Field("more_info", "more_info", "text", "A page explaining the code."),
        Field(
            "request_method",
            "request_method",
            "enum",
            "How the failing request was made, if there was one; unknown values are kept as plain strings.",
            enum="HttpMethod",
        ),
        Field("request_url", "request_url", "text", "The URL of the failing request; may be empty."),
        Field("request_variables", "request_variables", "text", "What the failing request carried (fetch only)."),
        Field("response_body", "response_body", "text", "The body your server answered with (fetch only)."),
        Field("response_headers", "response_headers", "text", "The headers your server answered with (fetch only)."),
        Field("uri", "uri", "text", "This notification's own URI, relative to the API host."),
    ),
    "Payment": (
        Field("sid", "sid", "text", "The session's identifier (PK...).", required=True),
        Field("account_sid", "account_sid", "text", "The account that owns the session.", required=True),
        Field("call_sid", "call_sid", "text", "The call the caller pays on."),
        Field("date_created", "date_created", "timestamp", "When the session was opened (RFC 2822, GMT)."),
        Field("date_updated", "date_updated", "timestamp", "When the session last changed (RFC 2822, GMT)."),
        Field("uri", "uri", "text", "This session's own URI, relative to the API host."),
    ),
    "RealtimeTranscription": (
        Field("sid", "sid", "text", "The transcription's identifier (GT...).", required=True),
        Field("account_sid", "account_sid", "text", "The account that owns the transcription.", required=True),
        Field("call_sid", "call_sid", "text", "The call being transcribed."),
        Field("name", "name", "text", "The name given at the start; null if none was."),
        Field(
            "status",
            "status",
            "enum",
            "Whether the transcription runs; unknown values are kept as plain strings.",
            enum="TranscriptionStatus",
        ),
        Field("date_updated", "date_updated", "timestamp", "When the transcription last changed (RFC 2822, GMT)."),
        Field("uri", "uri", "text", "This transcription's own URI, relative to the API host."),
    ),
    "Recording": (
        Field("sid", "sid", "text", "The recording's identifier (RE...).", required=True),
        Field("account_sid", "account_sid", "text", "The account that owns the recording.", required=True),
        Field("call_sid", "call_sid", "text", "The call that was recorded."),
        Field("conference_sid", "conference_sid", "text", "The conference that was recorded, if it was one."),
        Field("api_version", "api_version", "text", "The API version that made the recording."),
        Field("date_created", "date_created", "timestamp", "When the record was created (RFC 2822, GMT)."),
        Field("date_updated", "date_updated", "timestamp", "When the record last changed (RFC 2822, GMT)."),
        Field("start_time", "start_time", "timestamp", "When recording began (RFC 2822, GMT)."),
        Field("duration", "duration", "integer", "Seconds recorded, as text; null while recording."),
        Field("price", "price", "decimal", "What the recording cost (negative is a charge); null until known."),
        Field("price_unit", "price_unit", "text", "Currency of price (ISO 4217)."),
        Field(
            "status",
            "status",
            "enum",
            "The recording's state; a state this document does not list is kept as a plain string.",
            enum="RecordingStatus",
        ),
        Field(
            "channels", "channels", "integer", "How many audio channels the file has (1 or 2).", aliases=("channel",)
        ),
        Field(
            "source",
            "source",
            "enum",
            "What started the recording; unknown values are kept as plain strings.",
            enum="RecordingSource",
        ),
        Field(
            "error_code", "error_code", "integer", "Why the recording is absent (e.g. 16101 too short); null otherwise."
        ),
        Field(
            "track",
            "track",
            "enum",
            "Which audio was recorded; unknown values are kept as plain strings.",
            enum="RecordingTrack",
        ),
        Field(
            "encryption_details",
            "encryption_details",
            "object",
            "For an encrypted recording, what is needed to decrypt it (the public key's SID, the encrypted content key and the IV); null otherwise.",
        ),
        Field("uri", "uri", "text", "This recording's own URI, relative to the API host."),
        Field("channel", "channel", "integer", "SignalWire: the number of channels again, as text."),
        Field("end_time", "end_time", "timestamp", "SignalWire: when recording ended (RFC 2822)."),
        Field(
            "trim",
            "trim",
            "enum",
            "SignalWire: whether silence was trimmed; unknown values are kept as plain strings.",
            enum="Trim",
        ),
        Field(
            "subresource_uris",
            "subresource_uris",
            "uri-map",
            "SignalWire: related resources by name (transcriptions), as URIs relative to the API host.",
        ),
    ),
    "Siprec": (
        Field("sid", "sid", "text", "The session's identifier (SR...).", required=True),
        Field("account_sid", "account_sid", "text", "The account that owns the session.", required=True),
        Field("call_sid", "call_sid", "text", "The call whose audio is sent."),
        Field("name", "name", "text", "The name given at the start; null if none was."),
        Field(
            "status",
            "status",
            "enum",
            "Whether the session runs; unknown values are kept as plain strings.",
            enum="SiprecStatus",
        ),
        Field("date_updated", "date_updated", "timestamp", "When the session last changed (RFC 2822, GMT)."),
        Field("uri", "uri", "text", "This session's own URI, relative to the API host."),
    ),
    "Stream": (
        Field(
            "sid",
            "sid",
            "text",
            "The stream's identifier (MZ...), also when it was named in the request.",
            required=True,
        ),
        Field("account_sid", "account_sid", "text", "The account that owns the stream.", required=True),
        Field("call_sid", "call_sid", "text", "The call whose audio is streamed."),
        Field("name", "name", "text", "The name given at the start; null if none was."),
        Field(
            "status",
            "status",
            "enum",
            "Whether the stream runs; unknown values are kept as plain strings.",
            enum="StreamStatus",
        ),
        Field("date_updated", "date_updated", "timestamp", "When the stream last changed (RFC 2822, GMT)."),
        Field("uri", "uri", "text", "This stream's own URI, relative to the API host."),
    ),
    "UserDefinedMessage": (
        Field("sid", "sid", "text", "The message's identifier (KX...).", required=True),
        Field("account_sid", "account_sid", "text", "The account that sent the message.", required=True),
        Field("call_sid", "call_sid", "text", "The call leg the message went to."),
        Field("date_created", "date_created", "timestamp", "When the message was created (RFC 2822, GMT)."),
    ),
    "UserDefinedMessageSubscription": (
        Field("sid", "sid", "text", "The subscription's identifier (ZY...).", required=True),
        Field("account_sid", "account_sid", "text", "The account that owns the subscription.", required=True),
        Field("call_sid", "call_sid", "text", "The call leg whose messages are forwarded."),
        Field("date_created", "date_created", "timestamp", "When the subscription was created (RFC 2822, GMT)."),
        Field("uri", "uri", "text", "This subscription's own URI, relative to the API host."),
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


class ListCallRecordingsParams(TypedDict, total=False):
    """Keyword arguments of list_call_recordings: List a call's recordings, one page at a time."""

    created_on: "date | str"
    """Only recordings made on this day (YYYY-MM-DD)."""
    created_before: "date | str"
    """Only recordings made on or before this day (YYYY-MM-DD)."""
    created_after: "date | str"
    """Only recordings made on or after this day (YYYY-MM-DD)."""
    page_size: "int"
    """How many items one page holds (50 when left out)."""


class CreateCallRecordingParams(TypedDict, total=False):
    """Keyword arguments of create_call_recording: Start recording a live call."""

    recording_status_callback_event: "Sequence[RecordingStatusCallbackEvent | str]"
    """Which recording events go to RecordingStatusCallback (`completed` when left out); one form key per event."""
    recording_status_callback: "str"
    """Told about the recording's events (those RecordingStatusCallbackEvent names)."""
    recording_status_callback_method: "HttpMethod | str"
    """How RecordingStatusCallback is requested (POST by default)."""
    trim: "Trim | str"
    """Whether silence at both ends is cut (`do-not-trim` by default here, unlike <Start><Recording>)."""
    recording_channels: "RecordingChannels | str"
    """`mono` (the default) mixes every party into one channel; `dual` gives each of two parties its own."""
    recording_track: "RecordingTrack | str"
    """Which audio is recorded - what the platform receives (`inbound`), what it plays (`outbound`), or `both` (the default)."""


class UpdateCallRecordingParams(TypedDict, total=False):
    """Keyword arguments of update_call_recording: Pause, resume or stop a recording of a live call."""

    status: Required["RecordingUpdateStatus | str"]
    """The state to move the recording to."""
    pause_behavior: "PauseBehavior | str"
    """With Status `paused`: whether the pause is left out of the file (`skip`) or kept as silence (`silence`, the default). Ignored otherwise."""


class UpdateCallRecordingShortcutParams(TypedDict, total=False):
    """Keyword arguments of update_call_recording: Pause, resume or stop a recording of a live call."""

    pause_behavior: "PauseBehavior | str"
    """With Status `paused`: whether the pause is left out of the file (`skip`) or kept as silence (`silence`, the default). Ignored otherwise."""


class CreateCallStreamParams(TypedDict, total=False):
    """Keyword arguments of create_call_stream: Start sending a live call's audio to a WebSocket."""

    url: Required["str"]
    """The WebSocket server the audio goes to, absolute or relative to the call's TwiML URL. Twilio speaks only wss to it; send values through the custom parameters, not a query string."""
    name: "str"
    """A name for the stream, unique on the call, by which it can be stopped."""
    track: "MediaTrack | str"
    """Which audio is streamed (`inbound_track` by default)."""
    status_callback: "str"
    """An absolute URL told when the stream starts, stops or fails."""
    status_callback_method: "HttpMethod | str"
    """How StatusCallback is requested (POST by default)."""
    parameter_1_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_1_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_2_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_2_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_3_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_3_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_4_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_4_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_5_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_5_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_6_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_6_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_7_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_7_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_8_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_8_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_9_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_9_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_10_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_10_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_11_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_11_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_12_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_12_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_13_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_13_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_14_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_14_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_15_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_15_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_16_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_16_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_17_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_17_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_18_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_18_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_19_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_19_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_20_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_20_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_21_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_21_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_22_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_22_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_23_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_23_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_24_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_24_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_25_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_25_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_26_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_26_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_27_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_27_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_28_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_28_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_29_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_29_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_30_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_30_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_31_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_31_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_32_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_32_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_33_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_33_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_34_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_34_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_35_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_35_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_36_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_36_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_37_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_37_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_38_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_38_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_39_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_39_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_40_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_40_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_41_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_41_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_42_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_42_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_43_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_43_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_44_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_44_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_45_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_45_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_46_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_46_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_47_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_47_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_48_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_48_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_49_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_49_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_50_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_50_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_51_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_51_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_52_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_52_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_53_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_53_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_54_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_54_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_55_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_55_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_56_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_56_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_57_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_57_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_58_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_58_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_59_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_59_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_60_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_60_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_61_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_61_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_62_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_62_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_63_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_63_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_64_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_64_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_65_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_65_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_66_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_66_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_67_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_67_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_68_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_68_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_69_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_69_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_70_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_70_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_71_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_71_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_72_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_72_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_73_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_73_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_74_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_74_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_75_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_75_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_76_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_76_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_77_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_77_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_78_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_78_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_79_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_79_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_80_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_80_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_81_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_81_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_82_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_82_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_83_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_83_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_84_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_84_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_85_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_85_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_86_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_86_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_87_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_87_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_88_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_88_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_89_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_89_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_90_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_90_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_91_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_91_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_92_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_92_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_93_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_93_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_94_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_94_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_95_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_95_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_96_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_96_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_97_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_97_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_98_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_98_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_99_name: "str"
    """The name of one custom parameter, handed to the WebSocket server in the stream's start message."""
    parameter_99_value: "str"
    """The value of the custom parameter with the same number."""
    authorization_bearer_token: "str"
    """A token sent to the WebSocket server as `Authorization: Bearer <token>` when the connection opens (SignalWire: requests.tsp CreateCallStreamRequest)."""


class UpdateCallStreamParams(TypedDict, total=False):
    """Keyword arguments of update_call_stream: Stop a media stream."""

    status: Required["StreamUpdateStatus | str"]
    """`stopped` ends the stream."""


class CreateCallSiprecParams(TypedDict, total=False):
    """Keyword arguments of create_call_siprec: Start a SIPREC session on a live call."""

    name: "str"
    """A name for the session, by which it can be stopped."""
    connector_name: "str"
    """The unique name of the SIPREC connector (a Marketplace Add-on configured in the console) that knows the recording server."""
    track: "MediaTrack | str"
    """Which audio is sent (both tracks, two of the call's four media forks, when left out)."""
    status_callback: "str"
    """An absolute URL told about the session's state, such as a failure or an unexpected stop."""
    status_callback_method: "HttpMethod | str"
    """How StatusCallback is requested (POST by default)."""
    parameter_1_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_1_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_2_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_2_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_3_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_3_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_4_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_4_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_5_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_5_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_6_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_6_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_7_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_7_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_8_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_8_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_9_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_9_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_10_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_10_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_11_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_11_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_12_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_12_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_13_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_13_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_14_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_14_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_15_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_15_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_16_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_16_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_17_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_17_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_18_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_18_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_19_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_19_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_20_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_20_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_21_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_21_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_22_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_22_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_23_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_23_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_24_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_24_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_25_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_25_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_26_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_26_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_27_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_27_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_28_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_28_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_29_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_29_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_30_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_30_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_31_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_31_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_32_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_32_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_33_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_33_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_34_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_34_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_35_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_35_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_36_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_36_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_37_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_37_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_38_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_38_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_39_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_39_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_40_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_40_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_41_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_41_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_42_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_42_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_43_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_43_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_44_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_44_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_45_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_45_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_46_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_46_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_47_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_47_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_48_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_48_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_49_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_49_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_50_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_50_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_51_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_51_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_52_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_52_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_53_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_53_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_54_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_54_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_55_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_55_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_56_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_56_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_57_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_57_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_58_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_58_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_59_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_59_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_60_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_60_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_61_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_61_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_62_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_62_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_63_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_63_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_64_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_64_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_65_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_65_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_66_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_66_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_67_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_67_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_68_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_68_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_69_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_69_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_70_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_70_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_71_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_71_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_72_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_72_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_73_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_73_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_74_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_74_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_75_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_75_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_76_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_76_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_77_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_77_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_78_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_78_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_79_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_79_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_80_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_80_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_81_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_81_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_82_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_82_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_83_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_83_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_84_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_84_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_85_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_85_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_86_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_86_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_87_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_87_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_88_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_88_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_89_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_89_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_90_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_90_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_91_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_91_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_92_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_92_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_93_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_93_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_94_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_94_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_95_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_95_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_96_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_96_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_97_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_97_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_98_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_98_value: "str"
    """The value of the custom parameter with the same number."""
    parameter_99_name: "str"
    """The name of one custom parameter, passed on to the recording server with the session."""
    parameter_99_value: "str"
    """The value of the custom parameter with the same number."""


class UpdateCallSiprecParams(TypedDict, total=False):
    """Keyword arguments of update_call_siprec: Stop a SIPREC session."""

    status: "SiprecUpdateStatus | str"
    """`stopped` ends the session."""


class CreateCallTranscriptionParams(TypedDict, total=False):
    """Keyword arguments of create_call_transcription: Start transcribing a live call in real time."""

    name: "str"
    """A name for the transcription, by which it can be stopped."""
    track: "MediaTrack | str"
    """Which audio is transcribed."""
    status_callback_url: "str"
    """An absolute URL that receives the transcription's events, the recognised text among them. (Named StatusCallbackUrl here, not StatusCallback as on streams.)"""
    status_callback_method: "HttpMethod | str"
    """How StatusCallbackUrl is requested."""
    inbound_track_label: "str"
    """A label for the inbound track's speaker in the results."""
    outbound_track_label: "str"
    """A label for the outbound track's speaker in the results."""
    partial_results: "bool"
    """Whether interim results are sent as well as final ones."""
    language_code: "str"
    """The spoken language, as a BCP 47 tag such as `en-US`."""
    transcription_engine: "str"
    """Which speech recognition provider transcribes, e.g. `google`."""
    profanity_filter: "bool"
    """Whether profanities are masked, keeping only their first letter."""
    speech_model: "str"
    """The recognition model of the chosen engine, e.g. `long`."""
    hints: "str"
    """Words and phrases the recogniser should expect."""
    enable_automatic_punctuation: "bool"
    """Whether the engine punctuates the text."""
    intelligence_service: "str"
    """The SID or unique name of a Conversational Intelligence service that keeps the transcript and runs its operators after the call."""
    conversation_configuration: "str"
    """The Conversations configuration applied in the Intelligence service."""
    conversation_id: "str"
    """An existing conversation of the Intelligence service this transcription joins."""
    configuration_id: "str"
    """A stored real-time transcription configuration that sets every non-default option at once. (twilio-python from 9.10.6 sends it as TranscriptionConfigurationId; twilio-oai 2.6.7 names it so.)"""
    enable_provider_data: "bool"
    """Whether the engine's raw data is included in the callbacks."""


class UpdateCallTranscriptionParams(TypedDict, total=False):
    """Keyword arguments of update_call_transcription: Stop a real-time transcription."""

    status: "TranscriptionUpdateStatus | str"
    """`stopped` ends the transcription."""


class CreateCallPaymentParams(TypedDict, total=False):
    """Keyword arguments of create_call_payment: Start a payment session on a live call."""

    idempotency_key: "str"
    """A value unique to this request: a repeat with the same key starts no second session, so a request that timed out can be sent again."""
    status_callback: "str"
    """Told how the session goes; an absolute URL, or one relative to the call's TwiML URL."""
    payment_connector: "str"
    """The unique name of the installed Pay connector that processes the payment (`Default` by default)."""
    payment_method: "PaymentMethod | str"
    """What the caller pays with (`credit-card` by default)."""
    bank_account_type: "BankAccountType | str"
    """For ACH, the kind of account (`consumer-checking` by default)."""
    token_type: "TokenType | str"
    """The token to make when nothing is charged (`reusable` by default); a ChargeAmount charges instead."""
    valid_card_types: "str"
    """The card brands accepted, separated by spaces (`visa mastercard amex` by default; others such as maestro, discover, jcb, diners-club exist)."""
    currency: "str"
    """The ISO 4217 code ChargeAmount is in (`USD` by default); the connector decides which it takes."""
    charge_amount: "Decimal | int | str"
    """The amount to charge, positive and below 1,000,000, in Currency. Zero or left out makes a token instead of a charge."""
    description: "str"
    """A note about the payment, passed to the connector with the transaction."""
    input_: "PaymentInput | str"
    """How the caller enters the data (keypad tones, the only way)."""
    min_postal_code_length: "int"
    """The fewest digits a postal code may have."""
    parameter: "str"
    """Extra settings for the connector, as the text of a flat JSON object (required by the connectors for ACH); which keys it takes depends on the connector."""
    postal_code: "bool"
    """Whether the caller must give the card's postal code (true by default)."""
    security_code: "bool"
    """Whether the caller must give the card's security code (true by default)."""
    timeout: "int"
    """Seconds to wait for the caller's next digit before checking what was entered (5 by default)."""
    require_matching_inputs: "str"
    """The data the caller must enter twice, identically, separated by commas; any of payment-card-number, expiration-date, security-code and postal-code."""
    confirmation: "PaymentConfirmation | bool | str"
    """Whether the caller confirms the data before it is submitted (`false` by default)."""


class UpdateCallPaymentParams(TypedDict, total=False):
    """Keyword arguments of update_call_payment: Ask for one piece of payment data, or complete or cancel the session."""

    idempotency_key: "str"
    """A value unique to this update, so a repeat with the same key changes nothing more."""
    status_callback: "str"
    """Told the outcome of this update; an absolute URL, or one relative to the call's TwiML URL."""
    capture: "PaymentCapture | str"
    """The piece of payment data to ask the caller for now."""
    status: "PaymentUpdateStatus | str"
    """Ends the session - sends the data to the connector, or cancels."""


class CreateUserDefinedMessageParams(TypedDict, total=False):
    """Keyword arguments of create_user_defined_message: Send a message to the Voice SDK client on a call."""

    content: "str"
    """The message, as the text of a JSON value (the form encoding escapes it)."""
    idempotency_key: "str"
    """A value unique to this request, so a repeat with the same key is delivered once."""


class CreateUserDefinedMessageSubscriptionParams(TypedDict, total=False):
    """Keyword arguments of create_user_defined_message_subscription: Forward a Voice SDK client's messages on a call to a URL."""

    callback: "str"
    """Receives each message the Voice SDK client sends, as a JSON body; its host name must be valid (no underscores)."""
    method: "HttpMethod | str"
    """How Callback is requested (POST by default)."""
    idempotency_key: "str"
    """A value unique to this request, so a repeat with the same key makes one subscription."""


class ListCallEventsParams(TypedDict, total=False):
    """Keyword arguments of list_call_events: List the requests made for a call, one page at a time."""

    page_size: "int"
    """How many items one page holds (50 when left out)."""


class ListCallNotificationsParams(TypedDict, total=False):
    """Keyword arguments of list_call_notifications: List the errors and warnings logged for a call, one page at a time."""

    log: "int"
    """Only errors (0) or only warnings (1); both when left out."""
    logged_on: "date | str"
    """Only notifications logged on this day (YYYY-MM-DD)."""
    logged_before: "date | str"
    """Only notifications logged on or before this day (YYYY-MM-DD)."""
    logged_after: "date | str"
    """Only notifications logged on or after this day (YYYY-MM-DD)."""
    page_size: "int"
    """How many items one page holds (50 when left out)."""


class CallFields:
    """The typed attributes of a Call; the client installs a reader for each of FIELDS['Call']."""

    __slots__ = ()

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it, unknown fields included."""
        raise NotImplementedError  # the client's classes (Call, Resource) read it

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


class EventFields:
    """The typed attributes of a Event; the client installs a reader for each of FIELDS['Event']."""

    __slots__ = ()

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it, unknown fields included."""
        raise NotImplementedError  # the client's classes (Call, Resource) read it

    request: "dict[str, Any] | None"
    """The request as sent."""
    response: "dict[str, Any] | None"
    """The answer as received."""


class NotificationFields:
    """The typed attributes of a Notification; the client installs a reader for each of FIELDS['Notification']."""

    __slots__ = ()

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it, unknown fields included."""
        raise NotImplementedError  # the client's classes (Call, Resource) read it

    sid: "str"
    """The notification's identifier (NO...)."""
    account_sid: "str"
    """The account that owns the notification."""
    call_sid: "str | None"
    """The call it is about."""
    api_version: "str | None"
    """The API version in use when it was logged."""
    date_created: "datetime | None"
    """When the record was created (RFC 2822, GMT)."""
    date_updated: "datetime | None"
    """When the record last changed (RFC 2822, GMT)."""
    error_code: "int | None"
    """The error or warning code, as text (e.g. "15003")."""
    log: "int | None"
    """0 for an error, 1 for a warning, as text."""
    message_date: "datetime | None"
    """When the problem happened (RFC 2822, GMT)."""
    message_text: "str | None"
    """What happened, as URL-encoded key=value pairs."""
    more_info: "str | None"
    """A page explaining the code."""
    request_method: "HttpMethod | str | None"
    """How the failing request was made, if there was one; unknown values are kept as plain strings."""
    request_url: "str | None"
    """The URL of the failing request; may be empty."""
    request_variables: "str | None"
    """What the failing request carried (fetch only)."""
    response_body: "str | None"
    """The body your server answered with (fetch only)."""
    response_headers: "str | None"
    """The headers your server answered with (fetch only)."""
    uri: "str | None"
    """This notification's own URI, relative to the API host."""


class PaymentFields:
    """The typed attributes of a Payment; the client installs a reader for each of FIELDS['Payment']."""

    __slots__ = ()

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it, unknown fields included."""
        raise NotImplementedError  # the client's classes (Call, Resource) read it

    sid: "str"
    """The session's identifier (PK...)."""
    account_sid: "str"
    """The account that owns the session."""
    call_sid: "str | None"
    """The call the caller pays on."""
    date_created: "datetime | None"
    """When the session was opened (RFC 2822, GMT)."""
    date_updated: "datetime | None"
    """When the session last changed (RFC 2822, GMT)."""
    uri: "str | None"
    """This session's own URI, relative to the API host."""


class RealtimeTranscriptionFields:
    """The typed attributes of a RealtimeTranscription; the client installs a reader for each of FIELDS['RealtimeTranscription']."""

    __slots__ = ()

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it, unknown fields included."""
        raise NotImplementedError  # the client's classes (Call, Resource) read it

    sid: "str"
    """The transcription's identifier (GT...)."""
    account_sid: "str"
    """The account that owns the transcription."""
    call_sid: "str | None"
    """The call being transcribed."""
    name: "str | None"
    """The name given at the start; null if none was."""
    status: "TranscriptionStatus | str | None"
    """Whether the transcription runs; unknown values are kept as plain strings."""
    date_updated: "datetime | None"
    """When the transcription last changed (RFC 2822, GMT)."""
    uri: "str | None"
    """This transcription's own URI, relative to the API host."""


class RecordingFields:
    """The typed attributes of a Recording; the client installs a reader for each of FIELDS['Recording']."""

    __slots__ = ()

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it, unknown fields included."""
        raise NotImplementedError  # the client's classes (Call, Resource) read it

    sid: "str"
    """The recording's identifier (RE...)."""
    account_sid: "str"
    """The account that owns the recording."""
    call_sid: "str | None"
    """The call that was recorded."""
    conference_sid: "str | None"
    """The conference that was recorded, if it was one."""
    api_version: "str | None"
    """The API version that made the recording."""
    date_created: "datetime | None"
    """When the record was created (RFC 2822, GMT)."""
    date_updated: "datetime | None"
    """When the record last changed (RFC 2822, GMT)."""
    start_time: "datetime | None"
    """When recording began (RFC 2822, GMT)."""
    duration: "int | None"
    """Seconds recorded, as text; null while recording."""
    price: "Decimal | None"
    """What the recording cost (negative is a charge); null until known."""
    price_unit: "str | None"
    """Currency of price (ISO 4217)."""
    status: "RecordingStatus | str | None"
    """The recording's state; a state this document does not list is kept as a plain string."""
    channels: "int | None"
    """How many audio channels the file has (1 or 2)."""
    source: "RecordingSource | str | None"
    """What started the recording; unknown values are kept as plain strings."""
    error_code: "int | None"
    """Why the recording is absent (e.g. 16101 too short); null otherwise."""
    track: "RecordingTrack | str | None"
    """Which audio was recorded; unknown values are kept as plain strings."""
    encryption_details: "dict[str, Any] | None"
    """For an encrypted recording, what is needed to decrypt it (the public key's SID, the encrypted content key and the IV); null otherwise."""
    uri: "str | None"
    """This recording's own URI, relative to the API host."""
    channel: "int | None"
    """SignalWire: the number of channels again, as text."""
    end_time: "datetime | None"
    """SignalWire: when recording ended (RFC 2822)."""
    trim: "Trim | str | None"
    """SignalWire: whether silence was trimmed; unknown values are kept as plain strings."""
    subresource_uris: "dict[str, str] | None"
    """SignalWire: related resources by name (transcriptions), as URIs relative to the API host."""


class SiprecFields:
    """The typed attributes of a Siprec; the client installs a reader for each of FIELDS['Siprec']."""

    __slots__ = ()

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it, unknown fields included."""
        raise NotImplementedError  # the client's classes (Call, Resource) read it

    sid: "str"
    """The session's identifier (SR...)."""
    account_sid: "str"
    """The account that owns the session."""
    call_sid: "str | None"
    """The call whose audio is sent."""
    name: "str | None"
    """The name given at the start; null if none was."""
    status: "SiprecStatus | str | None"
    """Whether the session runs; unknown values are kept as plain strings."""
    date_updated: "datetime | None"
    """When the session last changed (RFC 2822, GMT)."""
    uri: "str | None"
    """This session's own URI, relative to the API host."""


class StreamFields:
    """The typed attributes of a Stream; the client installs a reader for each of FIELDS['Stream']."""

    __slots__ = ()

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it, unknown fields included."""
        raise NotImplementedError  # the client's classes (Call, Resource) read it

    sid: "str"
    """The stream's identifier (MZ...), also when it was named in the request."""
    account_sid: "str"
    """The account that owns the stream."""
    call_sid: "str | None"
    """The call whose audio is streamed."""
    name: "str | None"
    """The name given at the start; null if none was."""
    status: "StreamStatus | str | None"
    """Whether the stream runs; unknown values are kept as plain strings."""
    date_updated: "datetime | None"
    """When the stream last changed (RFC 2822, GMT)."""
    uri: "str | None"
    """This stream's own URI, relative to the API host."""


class UserDefinedMessageFields:
    """The typed attributes of a UserDefinedMessage; the client installs a reader for each of FIELDS['UserDefinedMessage']."""

    __slots__ = ()

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it, unknown fields included."""
        raise NotImplementedError  # the client's classes (Call, Resource) read it

    sid: "str"
    """The message's identifier (KX...)."""
    account_sid: "str"
    """The account that sent the message."""
    call_sid: "str | None"
    """The call leg the message went to."""
    date_created: "datetime | None"
    """When the message was created (RFC 2822, GMT)."""


class UserDefinedMessageSubscriptionFields:
    """The typed attributes of a UserDefinedMessageSubscription; the client installs a reader for each of FIELDS['UserDefinedMessageSubscription']."""

    __slots__ = ()

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it, unknown fields included."""
        raise NotImplementedError  # the client's classes (Call, Resource) read it

    sid: "str"
    """The subscription's identifier (ZY...)."""
    account_sid: "str"
    """The account that owns the subscription."""
    call_sid: "str | None"
    """The call leg whose messages are forwarded."""
    date_created: "datetime | None"
    """When the subscription was created (RFC 2822, GMT)."""
    uri: "str | None"
    """This subscription's own URI, relative to the API host."""
